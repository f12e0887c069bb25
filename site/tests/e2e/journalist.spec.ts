import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

/** RFC 5545 content lines: CRLF-separated, folded lines joined, TEXT escapes undone. */
function parseIcs(text: string) {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const unescape = (v: string) => v.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');
  const events: Array<Record<string, string>> = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = unescape(line.slice(colon + 1));
    }
  }
  return { lines, events };
}

test.describe('a journalist', () => {
  test('opens the press room and downloads a media-kit original with its credit and licence shown', async ({
    page,
  }) => {
    await page.goto('/bg/press/');
    await expect(page.locator('h1')).toHaveText('Пресцентър');
    await page.locator('a.button', { hasText: 'Медиен пакет' }).click();
    await expect(page).toHaveURL(/\/bg\/press\/media\/$/);
    const card = page.locator('.card').first();
    await expect(card.locator('dt', { hasText: 'Автор' })).toBeVisible();
    await expect(card.locator('dt', { hasText: 'Лиценз' })).toBeVisible();
    await expect(card.locator('dd', { hasText: /\d+ × \d+ px/ })).toBeVisible();

    const original = card.locator('a', { hasText: 'Оригинал' });
    const [download] = await Promise.all([page.waitForEvent('download'), original.click()]);
    const saved = await download.path();
    const bytes = await readFile(saved);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(download.suggestedFilename()).toMatch(/\.(jpe?g|png|webp|tiff?|pdf|mp4)$/i);

    const web = card.locator('a', { hasText: 'За уеб' });
    if (await web.count()) {
      const response = await page.request.get((await web.getAttribute('href'))!);
      expect(response.headers()['content-type']).toBe('image/jpeg');
    }
  });

  test('adds an event to a calendar: the .ics parses and matches the page', async ({ page, request }) => {
    await page.goto('/bg/events/');
    await page.locator('.card h4 a').first().click();
    const title = (await page.locator('h1').textContent())!.trim();
    const href = (await page.locator('a', { hasText: 'Добавяне в календар' }).getAttribute('href'))!;
    expect(href).toMatch(/\/bg\/events\/[^/]+\.ics$/);
    const response = await request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/calendar');
    const text = await response.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const { lines, events } = parseIcs(text);
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('TZID:Europe/Sofia');
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event['SUMMARY']).toBe(title);
    expect(event['UID']).toMatch(/^event-.+@127\.0\.0\.1$/);
    expect(
      Object.keys(event).some((key) => key === 'DTSTART;TZID=Europe/Sofia' || key === 'DTSTART;VALUE=DATE'),
    ).toBe(true);
    expect(['CONFIRMED', 'CANCELLED', 'TENTATIVE']).toContain(event['STATUS']);
  });

  test('subscribes to the whole calendar: cancelled events are STATUS:CANCELLED, UIDs are unique', async ({
    request,
  }) => {
    const { events } = parseIcs(await (await request.get('/bg/events/calendar.ics')).text());
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((e) => e['UID'])).size).toBe(events.length);
    const en = parseIcs(await (await request.get('/en/events/calendar.ics')).text()).events;
    // The same event has the same UID in both languages.
    expect(en.map((e) => e['UID']).sort()).toEqual(events.map((e) => e['UID']).sort());
    const cancelled = events.filter((e) => e['STATUS'] === 'CANCELLED');
    for (const e of cancelled) expect(e['SUMMARY']).toBeTruthy();
  });

  test('filters the agreements register, sorts it and downloads the CSV', async ({ page }) => {
    await page.goto('/bg/agreements/');
    const rows = page.locator('#register tbody tr');
    const total = await rows.count();
    expect(total).toBeGreaterThan(0);
    await expect(page.locator('#register-filters')).toBeVisible();

    const country = page.locator('#filter-country');
    const value = await country.locator('option').nth(1).getAttribute('value');
    await country.selectOption(value!);
    const visible = page.locator('#register tbody tr:visible');
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(total);
    for (const row of await visible.all()) await expect(row).toHaveAttribute('data-country', value!);
    await expect(page.locator('#register-count')).toHaveText(`Показани ${shown} от ${total}`);
    expect(page.url()).toContain(`country=${value}`);

    await page.locator('#register th button').first().click();
    await expect(page.locator('#register th').first()).toHaveAttribute('aria-sort', 'ascending');

    await page.locator('button[type="reset"]').click();
    await expect(page.locator('#register tbody tr:visible')).toHaveCount(total);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a', { hasText: 'CSV' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).startsWith('registerNumber,title,language,')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(total + 1);
  });

  test('reads the full register without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('/bg/agreements/');
    await expect(page.locator('#register-filters')).toBeHidden();
    const json = (await (await page.request.get('/bg/agreements.json')).json()) as {
      items: unknown[];
      columns: Array<{ name: string }>;
    };
    await expect(page.locator('#register tbody tr')).toHaveCount(json.items.length);
    expect(json.columns.map((c) => c.name)).toContain('registerNumber');
    await context.close();
  });

  test('prints a press release without navigation', async ({ page }) => {
    await page.goto('/bg/press/releases/');
    await page.locator('.card h2 a').first().click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('nav.main-nav')).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
  });
});
