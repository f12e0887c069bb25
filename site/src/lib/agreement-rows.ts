/** Agreements of a locale's site with the open-data values of each, shared by the CSV and JSON routes. */
import { absoluteUrl, type Locale } from '@glasnik/cms/contract';
import { localizedItems } from './content';
import { agreementColumns } from './agreements';
import { downloadPath } from './downloads';

export async function agreementRows(lang: Locale, site: URL) {
  const items = (await localizedItems('agreements', lang)).sort((a, b) =>
    a.item.registerNumber.localeCompare(b.item.registerNumber),
  );
  const context = { lang, site, fileUrl: (url: string) => absoluteUrl(site, downloadPath({ url })) };
  return items.map(({ item }) => agreementColumns.map((column) => column.value(item, context)));
}
