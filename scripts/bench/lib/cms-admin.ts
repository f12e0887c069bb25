/**
 * What an editor does in the admin panel, through the same content-manager API: sign in, write a news
 * article in Bulgarian, add its English translation, publish both. Used by benchmarks that measure what
 * one new article costs downstream (the incremental site build).
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const NEWS_UID = 'api::news-article.news-article';
const loginAnswer = z.object({ data: z.object({ token: z.string().min(1) }) });
const documentAnswer = z.object({
  data: z.object({ documentId: z.string().min(1), slug: z.string().nullish() }).loose(),
});

/** A first administrator for a throw-away CMS: a fresh password each run, never a shared default. */
export function benchAdmin(): { email: string; password: string } {
  // Strapi wants upper- and lower-case letters and a digit.
  return { email: 'bench@glasnik.local', password: `Bench-${randomBytes(9).toString('hex')}-A1` };
}

export interface NewArticle {
  documentId: string;
  /** Slug per locale as the CMS stored it (the CMS fills it from the title). */
  slugs: { bg: string; en: string };
  title: { bg: string; en: string };
}

export class CmsAdmin {
  private constructor(
    private readonly cmsUrl: string,
    private readonly token: string,
  ) {}

  /**
   * Signs in to the admin API.
   * @throws {Error} naming the status when the CMS refuses the credentials.
   */
  static async login(cmsUrl: string, credentials: { email: string; password: string }): Promise<CmsAdmin> {
    const response = await fetch(`${cmsUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    if (!response.ok)
      throw new Error(
        `admin login as ${credentials.email} answered ${response.status}: was the CMS started with GLASNIK_ADMIN_EMAIL/PASSWORD on a database without admins?`,
      );
    return new CmsAdmin(cmsUrl, loginAnswer.parse(await response.json()).data.token);
  }

  /** @throws {Error} with the method, path, status and the CMS's message when a call is refused. */
  private async call(method: string, apiPath: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.cmsUrl}${apiPath}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`${method} ${apiPath} answered ${response.status}: ${text.slice(0, 300)}`);
    return text ? (JSON.parse(text) as unknown) : null;
  }

  /**
   * Writes a news article in Bulgarian and English (approved, as an editor would before publishing),
   * then publishes both locales.
   * @throws {Error} when the CMS refuses any step.
   */
  async publishNewsArticle(label: string): Promise<NewArticle> {
    const base = `/content-manager/collection-types/${NEWS_UID}`;
    const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
    const title = { bg: `Нова статия за измерване ${label}`, en: `New benchmark article ${label}` };
    const created = documentAnswer.parse(
      await this.call('POST', `${base}?locale=bg`, {
        title: title.bg,
        summary: 'Общината публикува нова статия; измерваме колко бързо сайтът я показва.',
        body: paragraph('Текст на новата статия, написана от редактор по време на измерването.'),
        reviewStage: 'approved',
      }),
    ).data;
    const { documentId } = created;
    const english = documentAnswer.parse(
      await this.call('PUT', `${base}/${documentId}?locale=en`, {
        title: title.en,
        summary: 'The municipality publishes a new article; we measure how fast the site shows it.',
        body: paragraph('Text of the new article, written by an editor during the benchmark.'),
        reviewStage: 'approved',
      }),
    ).data;
    const published = { bg: '', en: '' };
    for (const locale of ['bg', 'en'] as const) {
      const answer = documentAnswer.parse(
        await this.call('POST', `${base}/${documentId}/actions/publish?locale=${locale}`, {}),
      ).data;
      published[locale] = answer.slug ?? (locale === 'bg' ? created.slug : english.slug) ?? '';
    }
    return { documentId, slugs: published, title };
  }
}
