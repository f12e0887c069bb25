// The news archive (issue 9): fixed pages counted from the oldest article, read without JavaScript.
import { expect, test, type Page } from '@playwright/test';

/** Article links of the list on the current page, in the order shown. */
async function articleLinks(page: Page): Promise<string[]> {
  return page
    .locator('main .card h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** The dates (`<time datetime>`) of the cards on the current page, in the order shown. */
async function cardDates(page: Page): Promise<string[]> {
  return page
    .locator('main .card time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
}

test.describe('a citizen reading older news', () => {
  test.use({ javaScriptEnabled: false });

  test('walks from the newest news to the oldest and back, seeing every article once, newest first', async ({
    page,
  }) => {
    await page.goto('/bg/news/');
    const seen = await articleLinks(page);
    const dates = await cardDates(page);
    const pages = page.getByRole('navigation', { name: 'Страници' });

    let archivePages = 0;
    for (;;) {
      const older = pages.getByRole('link', { name: 'По-стари', exact: true });
      if ((await older.count()) === 0) break;
      await expect(older).toHaveAttribute('rel', 'next');
      await older.click();
      archivePages += 1;
      await expect(page).toHaveURL(/\/bg\/news\/archive\/\d+\/$/);
      // Named by the dates it covers, which later publishing cannot make wrong.
      await expect(page.locator('h1')).toHaveText(
        /^Новини, \d{1,2} \S+ \d{4} г\.( – \d{1,2} \S+ \d{4} г\.)?$/,
      );
      await expect(page).toHaveTitle(/^Новини, \d/);
      await expect(pages.getByRole('link', { name: 'По-нови', exact: true })).toHaveAttribute('rel', 'prev');
      seen.push(...(await articleLinks(page)));
      dates.push(...(await cardDates(page)));
    }

    expect(archivePages, 'the demo news fill at least one archive page').toBeGreaterThan(0);
    expect(new Set(seen).size, 'an article shown on two list pages').toBe(seen.length);
    expect(dates, 'news not newest first across the pages').toEqual(dates.toSorted().toReversed());
    // The oldest page: nothing older, a way back to the newest news.
    await pages.getByRole('link', { name: archivePages > 1 ? 'Най-новите' : 'По-нови', exact: true }).click();
    await expect(page).toHaveURL(/\/bg\/news\/$/);
  });

  test('finds the English archive linked the same way', async ({ page }) => {
    await page.goto('/en/news/');
    await page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: 'Older', exact: true })
      .click();
    await expect(page).toHaveURL(/\/en\/news\/archive\/\d+\/$/);
    await expect(page.locator('h1')).toHaveText(/^News, \d{1,2} [A-Z][a-z]+ \d{4}/);
    await expect(page.locator('main .card')).toHaveCount(12);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // The Bulgarian archive page of the same number holds other news: no hreflang pairing in the head,
    // while the front page keeps its pair and the language switcher still leads to the other list.
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
    await page.goto('/en/news/');
    await expect(page.locator('link[rel="alternate"][hreflang="bg"]')).toHaveAttribute(
      'href',
      /\/bg\/news\/$/,
    );
  });
});
