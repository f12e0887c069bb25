/** The build's one cache of picture variants over astro:assets (see picture-variants.ts for why). */
import { getImage } from 'astro:assets';
import type { PictureSource } from './picture-source';
import { createPictureVariantCache, pictureHtml, type ModernFormat } from './picture-variants';

/**
 * The srcsets of a CMS picture in the given widths and formats, computed once per build.
 *
 * @throws {Error} when the picture has no width/height, or astro:assets cannot use its URL.
 */
export const pictureVariants = createPictureVariantCache((options) => getImage(options));
export type { ModernFormat, PictureUse, PictureVariants } from './picture-variants';

/** How a page shows a CMS picture (ResponsiveImage's props). */
export interface ResponsivePictureOptions {
  /** Alt text; defaults to the CMS's alternative text. Pass "" for a decorative image. */
  alt?: string | null | undefined;
  /** Rendered widths in CSS pixels to offer (capped at the original's width). */
  widths: readonly number[];
  formats: readonly ModernFormat[];
  sizes: string;
  eager: boolean;
  className?: string | undefined;
  /** Names the item in the build log if the image cannot be used. */
  label: string;
}

/**
 * A CMS picture as `<picture>` HTML: modern formats in a few widths and a JPEG fallback, width/height set
 * so nothing shifts. A picture without width/height is left out ("" returned) and, like one without
 * alternative text, reported in the build log naming the item.
 *
 * @throws {Error} when astro:assets cannot use the picture's URL (e.g. a host not allowed in astro.config.ts).
 */
export async function responsivePictureHtml(
  image: PictureSource,
  options: ResponsivePictureOptions,
): Promise<string> {
  const usable = Boolean(image.width && image.height);
  if (!usable)
    console.warn(
      `[glasnik] ${options.label}: image ${image.url} has no width/height from the CMS; left out.`,
    );
  if (options.alt === undefined && !image.alternativeText)
    console.warn(`[glasnik] ${options.label}: image ${image.url} has no alternative text in the CMS.`);
  if (!usable) return '';
  const variants = await pictureVariants(image, options.widths, options.formats);
  return pictureHtml(variants, {
    alt: options.alt ?? image.alternativeText ?? '',
    sizes: options.sizes,
    eager: options.eager,
    className: options.className,
  });
}
