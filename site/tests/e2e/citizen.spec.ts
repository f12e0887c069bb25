import { expect, test } from '@playwright/test';

test.describe('a citizen', () => {
  test('arrives at /, lands on the Bulgarian home page, reads the latest article and switches to English', async ({
    page,
  }) => {
    await page.goto('/');
    await page.waitForURL('**/bg/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'bg');

    const firstArticle = page
      .locator('#latest-news ~ ul .card h3 a, section[aria-labelledby="latest-news"] .card h3 a')
      .first();
    const title = (await firstArticle.textContent())!.trim();
    await firstArticle.click();
    await expect(page).toHaveURL(/\/bg\/news\/[^/]+\/$/);
    await expect(page.locator('h1')).toHaveText(title);

    const switcher = page.locator('a.lang-switch');
    await expect(switcher).toHaveAttribute('hreflang', 'en');
    await switcher.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    if (/\/en\/news\/[^/]+\/$/.test(page.url())) {
      // A translation exists: the English article, linking back to the Bulgarian one.
      await expect(page.locator('a.lang-switch')).toHaveAttribute('href', /^\/bg\/news\/[^/]+\/$/);
      await expect(page.locator('link[rel="alternate"][hreflang="bg"]')).toHaveCount(1);
    } else {
      await expect(page).toHaveURL(/\/en\/$/);
    }
  });

  test('finds untranslated items on the English site, in Bulgarian and marked as such', async ({ page }) => {
    await page.goto('/en/news/');
    const fallbackCards = page.locator('.card[lang="bg"]');
    // The demo content leaves one article untranslated (cms/scripts/seed/data/news.ts `untranslated: true`).
    expect(await fallbackCards.count(), 'an untranslated article listed on /en/news/').toBeGreaterThan(0);
    const card = fallbackCards.first();
    await expect(card).toContainText('Not yet translated');
    await card.locator('h2 a').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('article')).toHaveAttribute('lang', 'bg');
    await expect(page.locator('.notice[lang="en"]')).toContainText('shown in Bulgarian');
    // The duplicate points search engines at the Bulgarian original.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/bg\/news\//);
  });

  test('follows every link of an untranslated article on the English site to a page that exists', async ({
    page,
    request,
  }) => {
    await page.goto('/en/news/');
    const fallbackCard = page.locator('.card[lang="bg"]').first();
    await fallbackCard.locator('h2 a').click();
    await expect(page.locator('article')).toHaveAttribute('lang', 'bg');
    // Its category and tags lead to the English lists (their English slugs), like a translated article's.
    const termLinks = page.locator('article a[href*="/news/category/"], article a[href*="/news/tag/"]');
    expect(await termLinks.count(), 'category and tag links on the article').toBeGreaterThan(0);
    for (const href of await termLinks.evaluateAll((links) =>
      links.map((a) => a.getAttribute('href') ?? ''),
    )) {
      expect(href, 'a term link stays on the English site').toMatch(/^\/en\/news\/(category|tag)\//);
    }
    const internal = await page
      .locator('a[href^="/"]')
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href') ?? ''))]);
    for (const href of internal) {
      const response = await request.get(href);
      expect(response.status(), `link ${href} on ${page.url()}`).toBe(200);
    }
  });

  test('gets the site’s own 404 page for an unknown address', async ({ page }) => {
    const response = await page.goto('/bg/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Страницата не е намерена');
  });

  test('finds feeds, sitemap and robots.txt with absolute URLs', async ({ page, request, baseURL }) => {
    await page.goto('/bg/news/');
    const feed = page.locator('link[rel="alternate"][type="application/rss+xml"]').first();
    const href = (await feed.getAttribute('href'))!;
    expect(href.startsWith(baseURL!)).toBe(true);
    const rss = await request.get(href);
    expect(rss.status()).toBe(200);
    const xml = await rss.text();
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toMatch(new RegExp(`<link>${baseURL}/bg/`));
    expect((await request.get('/sitemap-index.xml')).status()).toBe(200);
    expect(await (await request.get('/robots.txt')).text()).toContain(
      `Sitemap: ${baseURL}/sitemap-index.xml`,
    );
  });

  test('news pages carry canonical, hreflang, Open Graph 1200×630 and NewsArticle JSON-LD', async ({
    page,
    request,
  }) => {
    await page.goto('/bg/news/');
    await page.locator('.card h2 a').first().click();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', page.url());
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
    const ogImage = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
    const image = await request.get(ogImage);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/jpeg');
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').first().textContent())!,
    ) as Record<string, unknown>;
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld['headline']).toBe((await page.locator('h1').textContent())!.trim().slice(0, 110));
  });

  test('sees text from the CMS as text: markup in titles is escaped, never run', async ({ page }) => {
    const pages: string[] = [];
    page.on('dialog', (dialog) => {
      pages.push(page.url());
      void dialog.dismiss();
    });
    for (const list of ['/bg/news/', '/bg/news/archive/1/', '/en/news/']) {
      const response = await page.goto(list);
      if (response?.status() !== 200) continue;
      // A title such as `<script>alert("x")</script>` shows as those characters and adds no element.
      await expect(page.locator('main script, main iframe, main style, main object')).toHaveCount(0);
    }
    expect(pages, 'a title ran as script').toEqual([]);
  });
});
