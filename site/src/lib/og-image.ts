/** The 1200×630 picture for Open Graph and Twitter cards, cropped from the item's image by sharp. */
import { getImage } from 'astro:assets';
import defaultOgImage from '../assets/og-default.jpg';
import type { PictureSource } from './picture-source';
import { oncePerKey } from './once-per-key';

export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

// A picture is the share image of its detail page and of every list page in the site's default card;
// its crop's URL depends only on the picture, so getImage (and its option hashing) runs once per build.
const cropUrl = oncePerKey<string>();
const DEFAULT_KEY = '\0default';

async function crop(source: PictureSource | null | undefined): Promise<string> {
  const image =
    source && source.width && source.height
      ? await getImage({
          src: source.url,
          width: 1200,
          height: 630,
          fit: 'cover',
          format: 'jpeg',
          inferSize: false,
        })
      : await getImage({ src: defaultOgImage, width: 1200, height: 630, fit: 'cover', format: 'jpeg' });
  return image.src;
}

/**
 * Crops `source` (a CMS image URL) or the site's default picture to 1200×630 JPEG, once per build.
 *
 * @throws {Error} whatever astro:assets throws for an image it cannot use (e.g. a host not allowed).
 */
export async function shareImage(source: PictureSource | null | undefined, alt: string): Promise<ShareImage> {
  const key = source && source.width && source.height ? source.url : DEFAULT_KEY;
  return { url: await cropUrl(key, () => crop(source)), width: 1200, height: 630, alt };
}
