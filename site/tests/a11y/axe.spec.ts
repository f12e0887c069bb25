// One page of every kind through axe (WCAG 2.0/2.1 A and AA): no violations allowed.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The first link on a list page that matches `pattern`: a detail page of that kind. */
async function firstLink(page: Page, list: string, pattern: RegExp): Promise<string | null> {
  await page.goto(list);
  for (const href of await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
    if (pattern.test(href)) return href;
  }
  return null;
}

const fixed = [
  '/bg/',
  '/en/',
  '/bg/news/',
  '/bg/press/',
  '/en/press/',
  '/bg/press/releases/',
  '/bg/press/media/',
  '/bg/campaigns/',
  '/bg/events/',
  '/bg/agreements/',
  '/en/agreements/',
  '/bg/search/',
  '/404.html',
];

const detail: Array<[string, string, RegExp]> = [
  ['news article', '/bg/news/', /^\/bg\/news\/(?!archive\/|category\/|tag\/)[^/]+\/$/],
  ['English news (own or fallback)', '/en/news/', /^\/en\/news\/(?!archive\/|category\/|tag\/)[^/]+\/$/],
  ['category list', '/bg/news/category/', /^\/bg\/news\/category\/[^/]+\/$/],
  // The front page links to its newest archive page ("older"): stable chunks dated by what they hold.
  ['news archive page', '/bg/news/', /^\/bg\/news\/archive\/\d+\/$/],
  ['press release', '/bg/press/releases/', /^\/bg\/press\/releases\/(?!archive\/)[^/]+\/$/],
  ['campaign', '/bg/campaigns/', /^\/bg\/campaigns\/[^/]+\/$/],
  ['event', '/bg/events/', /^\/bg\/events\/[^/]+\/$/],
  ['agreement', '/bg/agreements/', /^\/bg\/agreements\/[^/]+\/$/],
  // Pages (accessibility statement, …) are linked from the footer.
  ['page', '/bg/', /^\/bg\/(?!news\/|press\/|events\/|campaigns\/|agreements\/|search\/)[^/]+\/$/],
];

async function expectNoViolations(page: Page, url: string) {
  await page.goto(url);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
  expect(summary, `axe violations on ${url}`).toEqual([]);
}

for (const url of fixed) {
  test(`axe: ${url}`, async ({ page }) => expectNoViolations(page, url));
}

for (const [kind, list, pattern] of detail) {
  test(`axe: a ${kind}`, async ({ page }) => {
    // Categories are linked from articles, not from the list.
    const from = list === '/bg/news/category/' ? await firstLink(page, '/bg/news/', detail[0]![2]) : list;
    const url = await firstLink(page, from ?? list, pattern);
    expect(url, `no ${kind} linked from ${list}`).not.toBeNull();
    await expectNoViolations(page, url!);
  });
}
