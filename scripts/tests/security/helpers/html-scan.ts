/**
 * A small HTML start-tag scanner for the hostile-content checks: it reads tags the way a browser's
 * tokenizer does as far as these checks need (quoted attribute values are skipped whole, so markup
 * inside `content="<img …>"` is text, not a tag; script and style bodies are raw text; comments are
 * skipped). It answers which elements and attributes a page really has.
 */

export interface ScannedTag {
  name: string;
  attributes: Array<[name: string, value: string]>;
  /** Raw text of a script or style element. */
  body?: string;
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/** Decodes the character references an attacker could use to hide `javascript:` in an attribute. */
export function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every start tag of a document, in order. */
export function scanHtml(html: string): ScannedTag[] {
  const tags: ScannedTag[] = [];
  let at = 0;
  while ((at = html.indexOf('<', at)) !== -1) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end === -1) break;
      at = end + 3;
      continue;
    }
    TAG.lastIndex = at;
    const match = TAG.exec(html);
    if (!match) {
      at += 1;
      continue;
    }
    const name = (match[1] ?? '').toLowerCase();
    const attributes: ScannedTag['attributes'] = [];
    for (const [, attribute = '', raw = ''] of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      const unquoted = /^["']/.test(raw) ? raw.slice(1, -1) : raw;
      attributes.push([attribute.toLowerCase(), decodeEntities(unquoted)]);
    }
    at = TAG.lastIndex;
    const tag: ScannedTag = { name, attributes };
    if (name === 'script' || name === 'style') {
      const end = html.toLowerCase().indexOf(`</${name}`, at);
      tag.body = html.slice(at, end === -1 ? html.length : end);
      at = end === -1 ? html.length : end;
    }
    tags.push(tag);
  }
  return tags;
}

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'srcset',
  'data',
]);

/**
 * What in a page could run script: event-handler attributes, script-bearing URLs, inline scripts other
 * than JSON-LD, and JSON-LD whose text could close its element. Empty when the page is inert.
 */
export function activeContent(html: string): string[] {
  const problems: string[] = [];
  for (const tag of scanHtml(html)) {
    for (const [name, value] of tag.attributes) {
      if (name.startsWith('on')) problems.push(`<${tag.name} ${name}="${value.slice(0, 80)}">`);
      // Browsers ignore control characters and spaces before and inside the scheme.
      const scheme = [...value]
        .filter((char) => char.charCodeAt(0) > 0x20)
        .join('')
        .toLowerCase();
      if (URL_ATTRIBUTES.has(name) && /^(javascript|vbscript|data:text\/html)/.test(scheme))
        problems.push(`<${tag.name} ${name}="${value.slice(0, 80)}">`);
    }
    if (tag.name === 'script') {
      const type = tag.attributes.find(([name]) => name === 'type')?.[1];
      const src = tag.attributes.find(([name]) => name === 'src')?.[1];
      if (type === 'application/ld+json') {
        if (/<\/?script/i.test(tag.body ?? '')) problems.push('JSON-LD that can close its <script>');
      } else if (!src && (tag.body ?? '').trim() !== '') {
        problems.push(`inline <script>: ${(tag.body ?? '').slice(0, 80)}`);
      } else if (src && !src.startsWith('/')) {
        problems.push(`<script src="${src}"> from elsewhere`);
      }
    }
  }
  return problems;
}
