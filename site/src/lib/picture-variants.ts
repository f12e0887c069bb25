/**
 * The image variants (srcset per format) of one CMS picture, worked out once per build.
 *
 * The same picture appears on its detail page, on up to five list pages and in feeds; Astro's <Picture>
 * calls getImage once per format on every one of them, and each call hashes every variant's options
 * (astro:assets' hashTransform): ~18 % of the render CPU at 10,000 items. The URLs only depend on the
 * picture and the variant options, so they are computed once and shared. Astro registers a variant for
 * generation the first time its URL is read, which still happens here: the set of optimised images a
 * build writes is the same.
 *
 * Astro's `experimental.incrementalBuild` records the images per page while it renders; with it a page
 * rendered after the first one using a picture would record none. The site does not use it (it has its
 * own "render only changed routes" mode), and a full build registers every variant once either way.
 */
import { attributes } from './html';
import { oncePerKey } from './once-per-key';
import type { PictureSource } from './picture-source';

/** The formats a <picture> offers, best first; the fallback is always JPEG. */
export type ModernFormat = 'avif' | 'webp';

/** What a <picture> of one image needs: one <source> per modern format and the JPEG <img>. */
export interface PictureVariants {
  sources: Array<{ srcset: string; type: string }>;
  fallback: { src: string; srcset: string | undefined; width: number; height: number };
}

/** The part of astro:assets' getImage result this module reads. */
export interface ImageResult {
  readonly src: string;
  srcSet: { values: readonly unknown[]; attribute: string };
}

/** What is passed to getImage: a remote image of known size in one format and several widths. */
export interface VariantOptions {
  src: string;
  width: number;
  height: number;
  widths: number[];
  format: ModernFormat | 'jpg';
}

/** astro:assets' getImage, narrowed to this module's use (injected so tests need no Astro build). */
export type GetImage = (options: VariantOptions) => Promise<ImageResult>;

const MIME_TYPES: Record<ModernFormat, string> = { avif: 'image/avif', webp: 'image/webp' };

/**
 * A per-build cache of picture variants over `getImage`.
 *
 * @returns `variants(image, widths, formats)`: the same promise for the same picture, widths and formats.
 *   Widths above the original's width are capped at it (Astro never upscales); `image` must have a width
 *   and height (callers leave out pictures without them).
 * @throws {Error} from `variants` when `image` has no width or height (what to fix is named), and
 *   whatever getImage throws (e.g. a remote host not allowed in astro.config.ts).
 */
export function createPictureVariantCache(getImage: GetImage) {
  const once = oncePerKey<PictureVariants>();

  async function compute(
    image: { url: string; width: number; height: number },
    widths: number[],
    formats: readonly ModernFormat[],
  ): Promise<PictureVariants> {
    const base = { src: image.url, width: image.width, height: image.height, widths };
    const [fallback, ...modern] = await Promise.all([
      getImage({ ...base, format: 'jpg' }),
      ...formats.map((format) => getImage({ ...base, format })),
    ]);
    if (!fallback) throw new Error(`getImage returned nothing for ${image.url} (jpg).`);
    return {
      // Same markup as Astro's <Picture> with `widths`: a source lists only its srcset, never its base src.
      sources: modern.map((result, index) => ({
        srcset: result.srcSet.attribute,
        type: MIME_TYPES[formats[index]!],
      })),
      fallback: {
        src: fallback.src,
        srcset: fallback.srcSet.values.length > 0 ? fallback.srcSet.attribute : undefined,
        width: image.width,
        height: image.height,
      },
    };
  }

  return function variants(
    image: PictureSource,
    widths: readonly number[],
    formats: readonly ModernFormat[],
  ): Promise<PictureVariants> {
    const { url, width, height } = image;
    if (!width || !height)
      throw new Error(`Image ${url} has no width/height from the CMS: it cannot be offered in sizes.`);
    const offered = [...new Set(widths.map((w) => Math.min(w, width)))];
    const key = `${url} ${width}x${height} ${offered.join(',')} ${formats.join(',')}`;
    return once(key, () => compute({ url, width, height }, offered, formats));
  };
}

/** How one use of a picture differs from another: its text alternative, layout sizes and loading. */
export interface PictureUse {
  /** "" for a decorative picture (written as a bare `alt`). */
  alt: string;
  sizes: string;
  /** The first picture in view loads at once with high priority; every other one lazily. */
  eager: boolean;
  className?: string | undefined;
}

/**
 * The `<picture>` element Astro's <Picture> wrote for these variants (same elements, attributes and
 * order), as a string: one component instance less per picture on every page.
 */
export function pictureHtml(variants: PictureVariants, use: PictureUse): string {
  const sources = variants.sources
    .map((source) => `<source${attributes({ srcset: source.srcset, type: source.type, sizes: use.sizes })}>`)
    .join('');
  const img = attributes({
    src: variants.fallback.src,
    srcset: variants.fallback.srcset,
    alt: use.alt,
    sizes: use.sizes,
    loading: use.eager ? 'eager' : 'lazy',
    fetchpriority: use.eager ? 'high' : 'auto',
    decoding: 'async',
    width: variants.fallback.width,
    height: variants.fallback.height,
    class: use.className,
  });
  return `<picture>${sources}<img${img}></picture>`;
}
