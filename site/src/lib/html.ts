/**
 * Escaping for the few parts of every page the site writes as strings (header, footer, rich text): the
 * same rules as Astro's templates, so the HTML is the same as when they were components.
 */

const TEXT_SPECIALS = /[&<>'"]/g;
const TEXT_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
  '"': '&quot;',
};

/** Text content: `&`, `<`, `>`, `'` and `"` as entities (Astro's escapeHTML). */
export function escapeText(value: string): string {
  return value.replace(TEXT_SPECIALS, (char) => TEXT_ENTITIES[char]!);
}

/** A value inside double quotes: `&` and `"` as entities (Astro's toAttributeString). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * ` name="value"` for each attribute with a value, in the given order; null and undefined leave the
 * attribute out, as in an Astro template. An empty string is written as the bare name (`alt`), as Astro does.
 */
export function attributes(values: Record<string, string | number | null | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    out += value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
}
