/**
 * Escaping for the parts of every page the site writes as strings (head, header, footer, pictures, rich text): the
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
  // Most text has nothing to escape: testing first skips building a new string (~22,000 pages × ~100 values).
  TEXT_SPECIALS.lastIndex = 0;
  if (!TEXT_SPECIALS.test(value)) return value;
  TEXT_SPECIALS.lastIndex = 0;
  return value.replace(TEXT_SPECIALS, (char) => TEXT_ENTITIES[char]!);
}

/** A value inside double quotes: `&` and `"` as entities (Astro's toAttributeString). */
export function escapeAttribute(value: string): string {
  if (!value.includes('&') && !value.includes('"')) return value;
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * ` name="value"` for each attribute with a value, in the given order; null and undefined leave the
 * attribute out, as in an Astro template. An empty string is written as the bare name (`alt`), as Astro does.
 */
export function attributes(values: Record<string, string | number | null | undefined>): string {
  let out = '';
  for (const name in values) {
    const value = values[name];
    if (value === null || value === undefined) continue;
    out += value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
}
