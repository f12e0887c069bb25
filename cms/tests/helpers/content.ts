import type { TestCms } from './cms';

type Data = Record<string, unknown>;

/** Creates an entry through the Document Service as trusted code (like the seed), optionally published. */
export async function createEntry(
  cms: TestCms,
  uid: string,
  data: Data,
  options: { locale?: string; publish?: boolean } = {},
): Promise<{ documentId: string }> {
  const documents = cms.strapi.documents(uid as never) as unknown as {
    create: (params: Data) => Promise<{ documentId: string }>;
    publish: (params: Data) => Promise<unknown>;
  };
  const created = await documents.create({ data, locale: options.locale ?? 'bg' });
  if (options.publish)
    await documents.publish({ documentId: created.documentId, locale: options.locale ?? 'bg' });
  return created;
}

let sequence = 0;
/** A news article with the required fields and a unique title. */
export function newsData(extra: Data = {}): Data {
  sequence += 1;
  return { title: `Новина ${sequence} от Русе`, summary: 'Кратко резюме на новината.', ...extra };
}

export function pressReleaseData(extra: Data = {}): Data {
  sequence += 1;
  return {
    title: `Съобщение ${sequence}`,
    summary: 'Резюме на съобщението.',
    releaseDate: '2026-03-10T09:00:00.000Z',
    ...extra,
  };
}

/** Titles of what an anonymous reader gets from a public list endpoint. */
export async function publicTitles(cms: TestCms, path: string): Promise<string[]> {
  const response = await cms.http.get(path);
  if (response.status !== 200)
    throw new Error(`GET ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
  return (response.body as { data: Array<{ title?: string; name?: string }> }).data.map(
    (item) => item.title ?? item.name ?? '',
  );
}
