/**
 * The CMS ↔ site contract (`@glasnik/cms/contract`): what the public read API returns, the locales, the
 * public URLs and text helpers. Plain TypeScript with no Node-only APIs: imported by the Astro site
 * (Vite), the scripts (tsx) and the CMS (CommonJS tsc).
 *
 * Re-exports are named, not `export *`: the CMS package is CommonJS, and when an ES module imports it
 * through tsx, Node finds the names by scanning the compiled file, which does not see through `export *`.
 * A name added to a module must be added here too (tests/unit/contract-exports.test.ts in site/ checks).
 */
export { isLocale, otherLocale, locales, defaultLocale, localeTags } from './locales';
export type { Locale } from './locales';
export {
  list,
  optionalText,
  dateTime,
  calendarDate,
  mediaFormatSchema,
  mediaSchema,
  documentBaseSchema,
  localizedDocumentSchema,
  paginationSchema,
  collectionEnvelopeSchema,
  singleEnvelopeSchema,
  relationRefSchema,
} from './common';
export type { MediaFormat, Media, Pagination } from './common';
export {
  textNodeSchema,
  linkNodeSchema,
  inlineNodeSchema,
  listItemNodeSchema,
  listNodeSchema,
  imageBlockSchema,
  blockSchema,
  blocksSchema,
} from './blocks';
export type { TextNode, LinkNode, InlineNode, ListNode, Block } from './blocks';
export { blocksToPlainText } from './blocks-text';
export {
  seoSchema,
  categorySchema,
  tagSchema,
  pressContactSchema,
  editorialBaseSchema,
  newsArticleSchema,
  pressReleaseSchema,
  campaignGoalSchema,
  sponsorTiers,
  campaignSponsorSchema,
  campaignStatuses,
  campaignSchema,
  eventKinds,
  eventStatuses,
  venueSchema,
  eventSchema,
  licences,
  mediaAssetSchema,
  agreementKinds,
  agreementStatuses,
  agreementDocumentSchema,
  agreementSchema,
  pageKinds,
  pageSchema,
  socialNetworks,
  siteSettingsSchema,
  pressRoomSchema,
} from './content-types';
export type {
  Seo,
  Category,
  Tag,
  PressContact,
  NewsArticle,
  PressRelease,
  CampaignGoal,
  CampaignSponsor,
  Campaign,
  EventKind,
  EventStatus,
  Venue,
  Event,
  Licence,
  MediaAsset,
  AgreementKind,
  AgreementStatus,
  AgreementDocument,
  Agreement,
  Page,
  SiteSettings,
  PressRoom,
} from './content-types';
export { publicTypes } from './public-types';
export type { PublicTypeName, PublicTypeItem } from './public-types';
export {
  documentUrl,
  absoluteUrl,
  homeUrl,
  newsListUrl,
  newsUrl,
  categoryUrl,
  tagUrl,
  archiveSegment,
  archivePath,
  pressUrl,
  pressReleasesUrl,
  pressReleaseUrl,
  mediaKitUrl,
  campaignsUrl,
  campaignUrl,
  eventsUrl,
  eventUrl,
  eventIcsUrl,
  calendarIcsUrl,
  agreementsUrl,
  agreementUrl,
  agreementsCsvUrl,
  agreementsJsonUrl,
  searchUrl,
  pageUrl,
  feedUrl,
  reservedPageSlugs,
} from './urls';
export type { FeedName } from './urls';
export { transliterate, slugify, isSlug, MAX_SLUG_LENGTH } from './transliterate';
