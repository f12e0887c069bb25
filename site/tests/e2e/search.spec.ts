/**
 * The search page as a reader uses it. With search configured at build time (MEILI_URL or
 * MEILI_PUBLIC_URL, and MEILI_SEARCH_KEY, pointing at indexes built by `npm run search:reindex` from the
 * same CMS), typing finds and opens a result; without it, or when Meilisearch does not answer, the page
 * says so and links to the lists instead of showing nothing.
 */
import { expect, test } from '@playwright/test';

const configured = Boolean(
  (process.env['MEILI_PUBLIC_URL'] || process.env['MEILI_URL']) && process.env['MEILI_SEARCH_KEY'],
);
/** A word the demo content contains (the register of agreements); override for other content. */
const query = process.env['E2E_SEARCH_QUERY'] ?? 'споразумение';

test.describe('search page', () => {
  test('types a query, sees highlighted results with a count, and opens one', async ({ page }) => {
    test.skip(
      !configured,
      'search is not configured for this build (set MEILI_URL and MEILI_SEARCH_KEY when building the site)',
    );
    await page.goto('/bg/search/');
    const box = page.getByRole('searchbox');
    await box.fill(query.slice(0, -1)); // one letter short: results come as you type, prefixes match
    const status = page.getByRole('status');
    await expect(status).toContainText(/\d+ резултат/);
    await expect(page.locator('.search-results mark').first()).toBeVisible();
    // The URL carries the query, so the search can be shared.
    await expect(page).toHaveURL(/[?&]q=/);
    // Keyboard: arrow down from the box moves to the first result, Enter opens it.
    const first = page.locator('.search-results a.search-hit-title').first();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/bg\//);
    await box.press('ArrowDown');
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(
      new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/#.*$/, '')}`),
    );
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('a shared ?q= link shows its results, and hostile parameters do not break the page', async ({
    page,
  }) => {
    test.skip(!configured, 'search is not configured for this build');
    await page.goto(
      `/bg/search/?q=${encodeURIComponent(query)}&type=${encodeURIComponent('agreement" OR 1=1')}&year=abc`,
    );
    await expect(page.getByRole('searchbox')).toHaveValue(query);
    await expect(page.getByRole('status')).toContainText(/резултат/);
    await page.goto(`/bg/search/?q=${encodeURIComponent('!!!...???'.repeat(120))}`);
    await expect(page.getByRole('status')).toContainText(/Въведете дума/);
  });

  test('when Meilisearch does not answer, the page says so and links to the lists', async ({ page }) => {
    test.skip(!configured, 'search is not configured for this build');
    await page.route('**/indexes/**', (route) => route.abort('connectionrefused'));
    await page.goto('/en/search/?q=mayor');
    await expect(page.getByText(/Search is not working right now/)).toBeVisible();
    // The lists offered in its place, inside the search area (the site menu has a "News" link too).
    await expect(page.locator('[data-search]').getByRole('link', { name: 'News' })).toBeVisible();
  });

  test('without search configured or without JavaScript, the page is never blank: it links to the lists', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/bg/search/');
    await expect(page.getByText(/Търсенето работи с JavaScript/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Споразумение' })).toHaveAttribute('href', '/bg/agreements/');
    await context.close();
  });
});
