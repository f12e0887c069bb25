/**
 * What the Strapi read API (`GET /api/<plural>?locale=…&status=published`) returns for each public type,
 * with the relations and media the read-path populate middleware adds. Field names follow cms/MODEL.md.
 */
import { z } from 'zod';
import { blocksSchema } from './blocks';
import {
  calendarDate,
  dateTime,
  list,
  localizedDocumentSchema,
  mediaSchema,
  optionalText,
  relationRefSchema,
} from './common';

/** A slug as it appears in a URL path segment: no slash, no surrounding space. */
const slug = z
  .string()
  .min(1)
  .regex(/^[^/\s?#]+$/, 'must be one URL path segment (no spaces, "/", "?" or "#")');

/** Component `shared.seo`. */
export const seoSchema = z.object({
  /** Overrides the page title in search results and shares (max 70). */
  metaTitle: optionalText,
  /** Overrides the summary in search results and shares (max 170). */
  metaDescription: optionalText,
  /** Overrides the image in shares (cropped to 1200×630). */
  shareImage: mediaSchema.nullish(),
});
export type Seo = z.infer<typeof seoSchema>;

// ---------------------------------------------------------------- supporting types

export const categorySchema = localizedDocumentSchema.extend({
  name: z.string().min(1),
  slug,
  description: optionalText,
});
export type Category = z.infer<typeof categorySchema>;

export const tagSchema = localizedDocumentSchema.extend({
  name: z.string().min(1),
  slug,
});
export type Tag = z.infer<typeof tagSchema>;

export const pressContactSchema = localizedDocumentSchema.extend({
  name: z.string().min(1),
  role: optionalText,
  phone: optionalText,
  email: z.email().nullish(),
  photo: mediaSchema.nullish(),
});
export type PressContact = z.infer<typeof pressContactSchema>;

/** A populated category or tag inside another document (only what links need). */
const taxonomyRefSchema = relationRefSchema.extend({ name: z.string().min(1), slug });

// ---------------------------------------------------------------- editorial types

/** Fields shared by the editorial types (news, press releases, campaigns, events, pages, agreements). */
export const editorialBaseSchema = localizedDocumentSchema.extend({
  title: z.string().min(1).max(300),
  slug,
});

export const newsArticleSchema = editorialBaseSchema.extend({
  /** Lead paragraph shown in lists, feeds and shares (max 400). */
  summary: z.string().min(1),
  body: blocksSchema,
  cover: mediaSchema.nullish(),
  gallery: list(mediaSchema),
  category: taxonomyRefSchema.nullish(),
  tags: list(taxonomyRefSchema),
  campaign: relationRefSchema.nullish(),
  relatedEvents: list(relationRefSchema),
  /** Set on first publish and kept across re-publishes: the article's date. */
  firstPublishedAt: dateTime.nullish(),
  /** "What changed", shown when an article was significantly updated. */
  changeNote: optionalText,
  syndicate: z.boolean().nullish(),
  /** Hidden everywhere until this moment. */
  embargoUntil: dateTime.nullish(),
  seo: seoSchema.nullish(),
});
export type NewsArticle = z.infer<typeof newsArticleSchema>;

export const pressReleaseSchema = editorialBaseSchema.extend({
  summary: z.string().min(1),
  body: blocksSchema,
  releaseDate: dateTime,
  embargoUntil: dateTime.nullish(),
  /** `PR-YYYY-NNN`, assigned by the CMS. */
  referenceNumber: optionalText,
  contacts: list(pressContactSchema),
  /** PDFs and photos attached to the release. */
  attachments: list(mediaSchema),
  mediaAssets: list(z.lazy(() => mediaAssetSchema)),
  category: taxonomyRefSchema.nullish(),
  firstPublishedAt: dateTime.nullish(),
  changeNote: optionalText,
  syndicate: z.boolean().nullish(),
  seo: seoSchema.nullish(),
});
export type PressRelease = z.infer<typeof pressReleaseSchema>;

export const campaignGoalSchema = z.object({
  label: z.string().min(1),
  target: z.coerce.number().nullish(),
  achieved: z.coerce.number().nullish(),
  /** Unit of target and achieved, e.g. "trees", "лв.". */
  unit: optionalText,
});
export type CampaignGoal = z.infer<typeof campaignGoalSchema>;

export const sponsorTiers = ['patron', 'gold', 'silver', 'bronze', 'partner'] as const;
export const campaignSponsorSchema = z.object({
  name: z.string().min(1),
  logo: mediaSchema.nullish(),
  url: z.url().nullish().catch(null),
  tier: z.enum(sponsorTiers).nullish(),
});
export type CampaignSponsor = z.infer<typeof campaignSponsorSchema>;

export const campaignStatuses = ['upcoming', 'active', 'closed'] as const;
export const campaignSchema = editorialBaseSchema.extend({
  summary: z.string().min(1),
  body: blocksSchema,
  startDate: calendarDate,
  endDate: calendarDate.nullish(),
  /** Derived from the dates by the CMS (`status` is reserved by Strapi 5). */
  campaignStatus: z.enum(campaignStatuses).nullish(),
  hero: mediaSchema.nullish(),
  goals: list(campaignGoalSchema),
  sponsors: list(campaignSponsorSchema),
  news: list(relationRefSchema),
  events: list(relationRefSchema),
  seo: seoSchema.nullish(),
});
export type Campaign = z.infer<typeof campaignSchema>;

export const eventKinds = [
  'press_conference',
  'briefing',
  'exhibition',
  'presentation',
  'official_ceremony',
  'public_consultation',
  'cultural',
  'sport',
  'other',
] as const;
export type EventKind = (typeof eventKinds)[number];
export const eventStatuses = ['scheduled', 'cancelled', 'postponed', 'moved_online', 'past'] as const;
export type EventStatus = (typeof eventStatuses)[number];

export const venueSchema = z.object({
  name: optionalText,
  address: optionalText,
  latitude: z.coerce.number().min(-90).max(90).nullish(),
  longitude: z.coerce.number().min(-180).max(180).nullish(),
});
export type Venue = z.infer<typeof venueSchema>;

export const eventSchema = editorialBaseSchema.extend({
  summary: z.string().min(1),
  description: blocksSchema,
  start: dateTime,
  end: dateTime.nullish(),
  allDay: z.boolean().nullish(),
  /** IANA zone the times are meant in; Glasnik events are in Europe/Sofia. */
  timeZone: z
    .string()
    .nullish()
    .transform((value) => value || 'Europe/Sofia'),
  venue: venueSchema.nullish(),
  kind: z.enum(eventKinds).nullish(),
  isPressEvent: z.boolean().nullish(),
  /** How journalists get accredited. */
  accreditation: optionalText,
  /** scheduled/past derived from the dates unless an editor chose cancelled, postponed or moved_online. */
  eventStatus: z.enum(eventStatuses).nullish(),
  image: mediaSchema.nullish(),
  registrationUrl: z.url().nullish(),
  accessibility: optionalText,
  category: taxonomyRefSchema.nullish(),
  seo: seoSchema.nullish(),
});
export type Event = z.infer<typeof eventSchema>;

export const licences = [
  'cc_by_4_0',
  'cc_by_sa_4_0',
  'editorial_use',
  'public_domain',
  'all_rights_reserved',
] as const;
export type Licence = (typeof licences)[number];

export const mediaAssetSchema = localizedDocumentSchema.extend({
  title: z.string().min(1),
  file: mediaSchema,
  caption: optionalText,
  /** Required by the CMS for images. */
  altText: optionalText,
  credit: z.string().min(1),
  licence: z.enum(licences),
  /** After this date the asset leaves the media kit. */
  rightsExpireOn: calendarDate.nullish(),
  /** Consent of recognisable people recorded (GDPR). */
  consentRecorded: z.boolean().nullish(),
  takenOn: calendarDate.nullish(),
  /** Place where it was taken. */
  takenAt: optionalText,
  inMediaKit: z
    .boolean()
    .nullish()
    .transform((value) => value ?? true),
  collection: optionalText,
});
export type MediaAsset = z.infer<typeof mediaAssetSchema>;

export const agreementKinds = [
  'twinning',
  'cooperation',
  'memorandum',
  'framework',
  'project',
  'other',
] as const;
export type AgreementKind = (typeof agreementKinds)[number];
export const agreementStatuses = ['in_preparation', 'in_force', 'expired', 'terminated'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

export const agreementDocumentSchema = z.object({
  label: optionalText,
  /** Language of the document, e.g. "bg", "it". */
  language: optionalText,
  isTranslation: z.boolean().nullish(),
  file: mediaSchema,
});
export type AgreementDocument = z.infer<typeof agreementDocumentSchema>;

export const agreementSchema = editorialBaseSchema.extend({
  /** Unique register number, e.g. `МД-2019-003`. */
  registerNumber: z.string().min(1),
  /** Partner organisation or city. */
  partnerName: optionalText,
  /** ISO 3166-1 alpha-2, upper case. */
  partnerCountry: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in upper case'),
  kind: z.enum(agreementKinds),
  subject: optionalText,
  signedOn: calendarDate,
  signedBy: optionalText,
  validFrom: calendarDate.nullish(),
  validUntil: calendarDate.nullish(),
  autoRenewal: z.boolean().nullish(),
  /** Derived from the dates unless `terminated`. */
  agreementStatus: z.enum(agreementStatuses),
  entryIntoForce: calendarDate.nullish(),
  /** Areas of cooperation. */
  areas: z
    .array(z.string())
    .nullish()
    .transform((value) => value ?? []),
  councilDecision: z
    .object({ number: optionalText, protocol: optionalText, date: calendarDate.nullish() })
    .nullish(),
  documents: list(agreementDocumentSchema),
  relatedNews: list(relationRefSchema),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const pageKinds = ['accessibility', 'privacy', 'about', 'other'] as const;
export const pageSchema = editorialBaseSchema.extend({
  summary: optionalText,
  body: blocksSchema,
  kind: z.enum(pageKinds).nullish(),
  seo: seoSchema.nullish(),
});
export type Page = z.infer<typeof pageSchema>;

// ---------------------------------------------------------------- single types

export const socialNetworks = [
  'facebook',
  'mastodon',
  'bluesky',
  'telegram',
  'youtube',
  'instagram',
  'x',
] as const;
export const siteSettingsSchema = localizedDocumentSchema.extend({
  siteName: z.string().min(1),
  municipalityName: z.string().min(1),
  address: optionalText,
  phone: optionalText,
  email: z.email().nullish(),
  workingHours: optionalText,
  socialAccounts: list(z.object({ network: z.enum(socialNetworks), url: z.url() })),
  /** Shown in a banner when set (demo installations). */
  demoNotice: optionalText,
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

export const pressRoomSchema = localizedDocumentSchema.extend({
  intro: optionalText,
  /** "About the municipality", appended to press releases. */
  boilerplate: optionalText,
  mediaKitIntro: optionalText,
});
export type PressRoom = z.infer<typeof pressRoomSchema>;
