/** Press contacts with generated initials portraits. */
import { PRESS_CONTACTS } from '../data/contacts';
import type { SeedContext } from '../context';
import { ensureLocalizedDocument } from '../documents';
import { renderAvatar } from '../images';
import { ensureUpload } from '../uploads';

/** @returns press-contact documentIds by data key. */
export async function seedContacts(ctx: SeedContext): Promise<Map<string, string>> {
  const contacts = new Map<string, string>();
  for (const contact of PRESS_CONTACTS) {
    const photo = await ensureUpload(ctx, {
      name: `dunavets-demo-contact-${contact.key}.jpg`,
      mime: 'image/jpeg',
      alternativeText: `Инициали на ${contact.name.bg} (демонстрационен портрет)`,
      render: () => renderAvatar(contact.name.en, contact.colour),
    });
    const shared = { phone: contact.phone, email: contact.email, photo };
    const { documentId } = await ensureLocalizedDocument(ctx, {
      uid: 'api::press-contact.press-contact',
      label: 'press-contact',
      key: { email: contact.email },
      bg: { ...shared, name: contact.name.bg, role: contact.role.bg },
      en: { ...shared, name: contact.name.en, role: contact.role.en },
      publish: true,
    });
    contacts.set(contact.key, documentId);
  }
  return contacts;
}
