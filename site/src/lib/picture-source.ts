/**
 * What image components need from a CMS image: the contract's media objects, rich-text image blocks and
 * the site's own fallback pictures all fit it. Optional fields allow `undefined` explicitly because the
 * site compiles with `exactOptionalPropertyTypes` and zod's optional fields produce it.
 */
export interface PictureSource {
  url: string;
  width?: number | null | undefined;
  height?: number | null | undefined;
  alternativeText?: string | null | undefined;
}
