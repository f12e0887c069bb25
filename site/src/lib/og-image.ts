/** The 1200×630 picture for Open Graph and Twitter cards, cropped from the item's image by sharp. */
import { getImage } from 'astro:assets';
import defaultOgImage from '../assets/og-default.jpg';
import type { PictureSource } from './picture-source';

export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** Crops `source` (a CMS image URL) or the site's default picture to 1200×630 JPEG. */
export async function shareImage(source: PictureSource | null | undefined, alt: string): Promise<ShareImage> {
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
  return { url: image.src, width: 1200, height: 630, alt };
}
