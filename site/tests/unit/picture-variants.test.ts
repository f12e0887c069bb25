import { describe, expect, it } from 'vitest';
import { createPictureVariantCache, pictureHtml, type VariantOptions } from '../../src/lib/picture-variants';

/** A getImage double with astro:assets' URL shape: one URL per (src, width, format). */
function fakeGetImage() {
  const calls: VariantOptions[] = [];
  const getImage = async (options: VariantOptions) => {
    calls.push(options);
    const url = (w: number) => `/_astro/${options.src.split('/').pop()}_${w}.${options.format}`;
    return {
      src: url(options.width),
      srcSet: { values: options.widths, attribute: options.widths.map((w) => `${url(w)} ${w}w`).join(', ') },
    };
  };
  return { calls, getImage };
}

const picture = { url: 'http://cms/uploads/a.jpg', width: 800, height: 533 };

describe('picture variants', () => {
  it('offers one source per modern format and a JPEG fallback, widths capped at the original', async () => {
    const { getImage } = fakeGetImage();
    const variants = createPictureVariantCache(getImage);
    expect(await variants(picture, [480, 960, 1440], ['avif', 'webp'])).toEqual({
      sources: [
        { srcset: '/_astro/a.jpg_480.avif 480w, /_astro/a.jpg_800.avif 800w', type: 'image/avif' },
        { srcset: '/_astro/a.jpg_480.webp 480w, /_astro/a.jpg_800.webp 800w', type: 'image/webp' },
      ],
      fallback: {
        src: '/_astro/a.jpg_800.jpg',
        srcset: '/_astro/a.jpg_480.jpg 480w, /_astro/a.jpg_800.jpg 800w',
        width: 800,
        height: 533,
      },
    });
  });

  it('asks astro:assets once per picture, widths and formats, however many pages show it', async () => {
    const { calls, getImage } = fakeGetImage();
    const variants = createPictureVariantCache(getImage);
    for (let page = 0; page < 6; page++) await variants(picture, [400, 800], ['webp']);
    expect(calls).toHaveLength(2); // webp + jpg
    await variants(picture, [480, 960], ['avif', 'webp']);
    expect(calls).toHaveLength(5);
  });

  it('asks again after a failure instead of keeping the error', async () => {
    let fail = true;
    const { getImage } = fakeGetImage();
    const variants = createPictureVariantCache(async (options) => {
      if (fail) throw new Error('host not allowed');
      return getImage(options);
    });
    await expect(variants(picture, [400], ['webp'])).rejects.toThrow('host not allowed');
    fail = false;
    await expect(variants(picture, [400], ['webp'])).resolves.toMatchObject({ fallback: { width: 800 } });
  });

  it('names the picture that has no size', () => {
    const variants = createPictureVariantCache(fakeGetImage().getImage);
    expect(() =>
      variants({ url: 'http://cms/uploads/b.jpg', width: null, height: 10 }, [400], ['webp']),
    ).toThrow('http://cms/uploads/b.jpg');
  });
});

describe('picture markup', () => {
  it('writes the <picture> Astro wrote: sources with sizes, a sized JPEG img, bare alt when decorative', async () => {
    const variants = await createPictureVariantCache(fakeGetImage().getImage)(picture, [400, 800], ['webp']);
    expect(pictureHtml(variants, { alt: '', sizes: '100vw', eager: true })).toBe(
      '<picture><source srcset="/_astro/a.jpg_400.webp 400w, /_astro/a.jpg_800.webp 800w" type="image/webp" sizes="100vw">' +
        '<img src="/_astro/a.jpg_800.jpg" srcset="/_astro/a.jpg_400.jpg 400w, /_astro/a.jpg_800.jpg 800w" alt sizes="100vw" ' +
        'loading="eager" fetchpriority="high" decoding="async" width="800" height="533"></picture>',
    );
    expect(pictureHtml(variants, { alt: 'A "river" & a bridge', sizes: '100vw', eager: false })).toContain(
      'alt="A &quot;river&quot; &amp; a bridge" sizes="100vw" loading="lazy" fetchpriority="auto"',
    );
  });
});
