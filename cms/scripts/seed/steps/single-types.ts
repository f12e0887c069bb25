/** Site settings (name, address, contacts, demo notice) and the press room texts. */
import { MUNICIPALITY, PRESS_ROOM } from '../data/municipality';
import type { SeedContext } from '../context';
import { count } from '../context';
import { documentsOf, errorText, type Data } from '../documents';
import { z } from 'zod';

const documentRef = z.object({ documentId: z.string().min(1) }).loose();

/**
 * A single type has one document: create it in bg, translate it to en and publish, unless it exists.
 * @throws {Error} naming the single type when Strapi refuses the write.
 */
async function ensureSingle(ctx: SeedContext, uid: string, label: string, bg: Data, en: Data): Promise<void> {
  const service = documentsOf(ctx.strapi, uid);
  const existing = documentRef.safeParse(
    await service.findFirst({ locale: 'bg', status: 'draft', fields: ['documentId'] }),
  );
  if (existing.success) {
    count(ctx, label, false);
    return;
  }
  try {
    const { documentId } = documentRef.parse(await service.create({ locale: 'bg', data: bg }));
    await service.update({ documentId, locale: 'en', data: en });
    await service.publish({ documentId, locale: '*' });
  } catch (error) {
    throw new Error(`Seeding the single type ${label} failed: ${errorText(error)}`, { cause: error });
  }
  count(ctx, label, true);
}

export async function seedSingleTypes(ctx: SeedContext): Promise<void> {
  const settings = (locale: 'bg' | 'en') => ({
    siteName: MUNICIPALITY.siteName[locale],
    municipalityName: MUNICIPALITY.name[locale],
    address: MUNICIPALITY.address[locale],
    phone: MUNICIPALITY.phone,
    email: MUNICIPALITY.email,
    workingHours: MUNICIPALITY.workingHours[locale],
    socialAccounts: MUNICIPALITY.socialAccounts.map((account) => ({ ...account })),
    demoNotice: MUNICIPALITY.demoNotice[locale],
  });
  await ensureSingle(ctx, 'api::site-setting.site-setting', 'site-setting', settings('bg'), settings('en'));
  const pressRoom = (locale: 'bg' | 'en') => ({
    intro: PRESS_ROOM.intro[locale],
    boilerplate: PRESS_ROOM.boilerplate[locale],
    mediaKitIntro: PRESS_ROOM.mediaKitIntro[locale],
  });
  await ensureSingle(ctx, 'api::press-room.press-room', 'press-room', pressRoom('bg'), pressRoom('en'));
}
