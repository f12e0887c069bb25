/**
 * The plain-Astro baseline: a minimal Astro project (one layout-free template, no images, no
 * integrations) written into a folder, rendering the same content as the site, one page per item and
 * locale, padded with list pages of 20 links until it has exactly as many pages as the real build.
 * Built with the same astro binary, it shows what rendering that many pages costs by itself.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PlainItem } from './read-api.ts';

const LIST_SIZE = 20;

const ITEM_PAGE = `---
import items from '../../../../items.json';
export function getStaticPaths() {
  return items.map((item) => ({ params: { locale: item.locale, type: item.type, slug: item.slug }, props: { item } }));
}
const { item } = Astro.props;
---
<html lang={item.locale}>
  <head><meta charset="utf-8" /><title>{item.title}</title><meta name="description" content={item.summary} /></head>
  <body>
    <main>
      <h1>{item.title}</h1>
      <p>{item.summary}</p>
      {item.paragraphs.map((text) => <p>{text}</p>)}
    </main>
  </body>
</html>
`;

const LIST_PAGE = `---
import items from '../../../items.json';
import lists from '../../../lists.json';
export function getStaticPaths() {
  return lists.map((start, index) => ({ params: { n: String(index + 1) }, props: { start } }));
}
const { start } = Astro.props;
const shown = items.slice(start, start + ${LIST_SIZE});
---
<html lang="bg">
  <head><meta charset="utf-8" /><title>Списък {start}</title></head>
  <body><main><ul>{shown.map((item) => <li><a href={\`/\${item.locale}/\${item.type}/\${item.slug}/\`}>{item.title}</a></li>)}</ul></main></body>
</html>
`;

/**
 * Writes the baseline project into `dir` (emptied first).
 * @returns how many pages it will render.
 */
export function writePlainAstroProject(
  dir: string,
  items: readonly PlainItem[],
  targetPages: number,
): number {
  rmSync(dir, { recursive: true, force: true });
  // Duplicate slugs (same slug in two types is fine, same type and locale is not) would make one page.
  const seen = new Set<string>();
  const unique = items.filter((item) => {
    const key = `${item.locale}/${item.type}/${item.slug}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const listCount = Math.max(0, targetPages - unique.length);
  const lists = Array.from(
    { length: listCount },
    (_, index) => (index * LIST_SIZE) % Math.max(1, unique.length),
  );
  mkdirSync(path.join(dir, 'src', 'pages', '[locale]', '[type]'), { recursive: true });
  mkdirSync(path.join(dir, 'src', 'pages', 'list'), { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'glasnik-plain-astro-baseline', private: true, type: 'module' }),
  );
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "export default { output: 'static', build: { format: 'directory' }, devToolbar: { enabled: false } };\n",
  );
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { resolveJsonModule: true } }),
  );
  writeFileSync(path.join(dir, 'items.json'), JSON.stringify(unique));
  writeFileSync(path.join(dir, 'lists.json'), JSON.stringify(lists));
  writeFileSync(path.join(dir, 'src', 'pages', '[locale]', '[type]', '[slug].astro'), ITEM_PAGE);
  writeFileSync(path.join(dir, 'src', 'pages', 'list', '[n].astro'), LIST_PAGE);
  return unique.length + listCount;
}
