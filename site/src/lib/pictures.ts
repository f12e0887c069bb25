/** The build's one cache of picture variants over astro:assets (see picture-variants.ts for why). */
import { getImage } from 'astro:assets';
import { createPictureVariantCache } from './picture-variants';

/**
 * The srcsets of a CMS picture in the given widths and formats, computed once per build.
 *
 * @throws {Error} when the picture has no width/height, or astro:assets cannot use its URL.
 */
export const pictureVariants = createPictureVariantCache((options) => getImage(options));
export type { ModernFormat, PictureVariants } from './picture-variants';
