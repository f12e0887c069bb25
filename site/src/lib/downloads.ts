/**
 * Files journalists and citizens download (media-kit originals, press-release attachments, agreement
 * documents) are copied into the build under `/uploads/`, so the static site does not depend on the CMS
 * being public.
 */
import { getCollection } from 'astro:content';
import type { Media } from '@glasnik/cms/contract';

/** Path on the site of a CMS upload (same file name as on the CMS). */
export function downloadPath(file: Pick<Media, 'url'>): string {
  const name = new URL(file.url).pathname.split('/').pop() ?? 'file';
  return `/uploads/${name}`;
}

// One formatter per language for the whole build: creating one per file size showed in the profile.
const sizeFormats = {
  bg: new Intl.NumberFormat('bg-BG', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/** Human size, e.g. "2.4 MB"; Strapi gives sizes in kB. */
export function formatSize(kilobytes: number, locale: string): string {
  const format = (n: number) => (locale === 'bg' ? sizeFormats.bg : sizeFormats.en).format(n);
  return kilobytes >= 1024 ? `${format(kilobytes / 1024)} MB` : `${format(kilobytes)} kB`;
}

/** Every downloadable file referenced by published content, keyed by its site path. */
export async function allDownloads(): Promise<Map<string, Media>> {
  const files = new Map<string, Media>();
  const add = (file: Media) => files.set(downloadPath(file), file);
  for (const entry of await getCollection('mediaAssets')) add(entry.data.file);
  for (const entry of await getCollection('pressReleases')) {
    entry.data.attachments.forEach(add);
    entry.data.mediaAssets.forEach((asset) => add(asset.file));
  }
  for (const entry of await getCollection('agreements')) entry.data.documents.forEach((doc) => add(doc.file));
  // Feed enclosures point at the original cover images.
  for (const entry of await getCollection('newsArticles')) if (entry.data.cover) add(entry.data.cover);
  for (const entry of await getCollection('events')) if (entry.data.image) add(entry.data.image);
  return files;
}

/** Is the media-kit asset shown: in the kit and its rights not expired on `today` (YYYY-MM-DD)? */
export function inMediaKit(
  asset: { inMediaKit: boolean; rightsExpireOn?: string | null | undefined },
  today: string,
): boolean {
  return asset.inMediaKit && (!asset.rightsExpireOn || asset.rightsExpireOn >= today);
}
