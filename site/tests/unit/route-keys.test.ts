import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { codeDigestOf } from '../../integrations/route-keys/code-digest';
import {
  changedPaths,
  installRouteKeys,
  routeOutput,
  type RouteKeysRegistry,
} from '../../src/lib/route-keys';

const PAGES = fileURLToPath(new URL('../../src/pages/', import.meta.url));

function registry(previous: Record<string, string> | null): RouteKeysRegistry {
  const installed: RouteKeysRegistry = {
    previous: previous ? new Map(Object.entries(previous)) : null,
    next: new Map(),
    unchanged: new Set(),
    pages: new Set(),
  };
  installRouteKeys(installed);
  return installed;
}

afterEach(() => installRouteKeys(undefined));

describe('where a path of a route is written', () => {
  it('puts pages in folders and endpoints at their own name', () => {
    expect(routeOutput('[lang]/news/[slug].astro', { lang: 'bg', slug: 'nov-park' })).toEqual({
      file: 'bg/news/nov-park/index.html',
      page: 'bg/news/nov-park/',
    });
    expect(routeOutput('[lang]/events/[slug].ics.ts', { lang: 'en', slug: 'fair' })).toEqual({
      file: 'en/events/fair.ics',
      page: null,
    });
    expect(routeOutput('uploads/[...file].ts', { file: 'plan_1a2b.pdf' })).toEqual({
      file: 'uploads/plan_1a2b.pdf',
      page: null,
    });
  });

  it('puts a list front page (empty rest parameter) at the list folder and archive pages below it', () => {
    expect(routeOutput('[lang]/news/[...page].astro', { lang: 'bg', page: undefined }).file).toBe(
      'bg/news/index.html',
    );
    expect(routeOutput('[lang]/news/[...page].astro', { lang: 'bg', page: 'archive/3' }).file).toBe(
      'bg/news/archive/3/index.html',
    );
    expect(routeOutput('[lang]/index.astro', { lang: 'en' })).toEqual({ file: 'en/index.html', page: 'en/' });
  });

  it('names the route and the parameter when a path lacks one', () => {
    expect(() => routeOutput('[lang]/news/[slug].astro', { lang: 'bg' })).toThrow(
      /\[lang\]\/news\/\[slug\]\.astro needs a value for \[slug\]/,
    );
  });
});

describe('render only what changed', () => {
  const paths = [
    { params: { lang: 'bg', slug: 'a' }, cacheKey: 'k-a' },
    { params: { lang: 'bg', slug: 'b' }, cacheKey: 'k-b2' },
    { params: { lang: 'bg', slug: 'c' }, cacheKey: 'k-c' },
  ];

  it('returns every path outside a build with the integration (astro dev, astro check)', () => {
    expect(changedPaths('[lang]/news/[slug].astro', paths)).toHaveLength(3);
  });

  it('returns every path, and records them all, when the folder does not hold the previous build', () => {
    const keys = registry(null);
    expect(changedPaths('[lang]/news/[slug].astro', paths)).toHaveLength(3);
    expect([...keys.next.keys()]).toEqual([
      'bg/news/a/index.html',
      'bg/news/b/index.html',
      'bg/news/c/index.html',
    ]);
    expect(keys.unchanged.size).toBe(0);
  });

  it('returns only new and changed paths, and still records the unchanged ones for the next build', () => {
    const keys = registry({ 'bg/news/a/index.html': 'k-a', 'bg/news/b/index.html': 'k-b1' });
    const rendered = changedPaths('[lang]/news/[slug].astro', paths);
    expect(rendered.map((path) => path.params.slug)).toEqual(['b', 'c']);
    expect(keys.next.get('bg/news/a/index.html')).toBe('k-a');
    expect(keys.next.get('bg/news/b/index.html')).toBe('k-b2');
    expect([...keys.unchanged]).toEqual(['bg/news/a/index.html']);
    // The sitemap lists pages left in place too.
    expect([...keys.pages].sort()).toEqual(['bg/news/a/', 'bg/news/b/', 'bg/news/c/']);
  });
});

describe('keyed routes', () => {
  const routeFiles = readdirSync(PAGES, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.(astro|ts)$/.test(file),
  );

  it('pass their paths through changedPaths under their own file name', () => {
    const keyed = routeFiles.filter((file) =>
      /cacheKey|pathsForEveryLocale|withListCacheKeys|taxonomyPaths/.test(
        readFileSync(path.join(PAGES, file), 'utf8'),
      ),
    );
    expect(keyed.length).toBeGreaterThanOrEqual(11);
    for (const file of keyed) {
      const source = readFileSync(path.join(PAGES, file), 'utf8');
      const named = [...source.matchAll(/changedPaths\(\s*'([^']+)'/g)].map((match) => match[1]);
      expect(named, file).toEqual([file.split(path.sep).join('/')]);
    }
  });
});

describe('code digest', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('changes with a template, a public file or the settings, and not otherwise', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'glasnik-digest-'));
    mkdirSync(path.join(root, 'src', 'components'), { recursive: true });
    mkdirSync(path.join(root, 'public'));
    writeFileSync(path.join(root, 'src', 'components', 'Card.astro'), '<p>card</p>');
    writeFileSync(path.join(root, 'public', 'favicon.svg'), '<svg/>');
    writeFileSync(path.join(root, 'astro.config.ts'), 'export default {}');
    const first = await codeDigestOf(root, '{"site":"https://a.bg"}');
    expect(await codeDigestOf(root, '{"site":"https://a.bg"}')).toBe(first);
    expect(await codeDigestOf(root, '{"site":"https://b.bg"}')).not.toBe(first);
    writeFileSync(path.join(root, 'src', 'components', 'Card.astro'), '<p>card!</p>');
    const edited = await codeDigestOf(root, '{"site":"https://a.bg"}');
    expect(edited).not.toBe(first);
    writeFileSync(path.join(root, 'public', 'favicon.svg'), '<svg></svg>');
    expect(await codeDigestOf(root, '{"site":"https://a.bg"}')).not.toBe(edited);
  });
});
