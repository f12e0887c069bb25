/**
 * The media kit: 30 generated pictures uploaded with alternative text, each wrapped in a media-asset
 * entry carrying credit, licence, consent and rights expiry.
 */
import { MEDIA_ASSETS } from '../data/media';
import type { SeedContext } from '../context';
import { ensureLocalizedDocument } from '../documents';
import { renderPicture } from '../images';
import { ensureUpload } from '../uploads';

export interface SeededMedia {
  /** media-asset documentId by data key. */
  assets: Map<string, string>;
  /** Upload file id of each asset's picture by data key (for covers, galleries, attachments). */
  files: Map<string, number>;
}

export async function seedMedia(ctx: SeedContext): Promise<SeededMedia> {
  const assets = new Map<string, string>();
  const files = new Map<string, number>();
  for (const [index, asset] of MEDIA_ASSETS.entries()) {
    const [width, height] = asset.size;
    const fileId = await ensureUpload(ctx, {
      name: `dunavets-demo-${String(index + 1).padStart(2, '0')}-${asset.key}.jpg`,
      mime: 'image/jpeg',
      // The media library holds one alternative text per file: the default language's.
      alternativeText: asset.alt.bg,
      caption: asset.caption.bg,
      render: () =>
        renderPicture({ seed: 1000 + index, width, height, scene: asset.scene, label: asset.takenAt.bg }),
    });
    files.set(asset.key, fileId);
    const shared = {
      file: fileId,
      credit: asset.credit,
      licence: asset.licence,
      consentRecorded: asset.consentRecorded ?? false,
      takenOn: ctx.clock.day(-asset.takenDaysAgo),
      rightsExpireOn: asset.rightsExpireInDays === undefined ? null : ctx.clock.day(asset.rightsExpireInDays),
      inMediaKit: asset.inMediaKit ?? true,
      reviewStage: 'approved',
    };
    const { documentId } = await ensureLocalizedDocument(ctx, {
      uid: 'api::media-asset.media-asset',
      label: 'media-asset',
      key: { title: asset.title.bg },
      bg: {
        ...shared,
        title: asset.title.bg,
        caption: asset.caption.bg,
        altText: asset.alt.bg,
        takenAt: asset.takenAt.bg,
        collection: asset.collection.bg,
      },
      en: {
        ...shared,
        title: asset.title.en,
        caption: asset.caption.en,
        altText: asset.alt.en,
        takenAt: asset.takenAt.en,
        collection: asset.collection.en,
      },
      publish: true,
    });
    assets.set(asset.key, documentId);
  }
  return { assets, files };
}
