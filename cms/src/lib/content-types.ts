/**
 * Which content types exist and what Glasnik does with each: one place, so bootstrap permissions, the
 * public read path, validation and the embargo release agree.
 */

export const NEWS_ARTICLE = 'api::news-article.news-article';
export const PRESS_RELEASE = 'api::press-release.press-release';
export const CAMPAIGN = 'api::campaign.campaign';
export const EVENT = 'api::event.event';
export const MEDIA_ASSET = 'api::media-asset.media-asset';
export const AGREEMENT = 'api::agreement.agreement';
export const CATEGORY = 'api::category.category';
export const TAG = 'api::tag.tag';
export const PRESS_CONTACT = 'api::press-contact.press-contact';
export const PAGE = 'api::page.page';
export const SITE_SETTING = 'api::site-setting.site-setting';
export const PRESS_ROOM = 'api::press-room.press-room';
export const REVISION = 'api::revision.revision';

/** Types anyone may read through the REST API (published and not embargoed only). */
export const PUBLIC_COLLECTION_TYPES = [
  NEWS_ARTICLE,
  PRESS_RELEASE,
  CAMPAIGN,
  EVENT,
  MEDIA_ASSET,
  AGREEMENT,
  CATEGORY,
  TAG,
  PRESS_CONTACT,
  PAGE,
] as const;
export const PUBLIC_SINGLE_TYPES = [SITE_SETTING, PRESS_ROOM] as const;
export const PUBLIC_TYPES = [...PUBLIC_COLLECTION_TYPES, ...PUBLIC_SINGLE_TYPES] as const;
export type PublicTypeUid = (typeof PUBLIC_TYPES)[number];

/** Types editors work on (everything public); the revision log is written by Glasnik only. */
export const CONTENT_TYPES = PUBLIC_TYPES;
export type ContentTypeUid = PublicTypeUid;

/** Types with an embargo time that holds back publication. */
export const EMBARGOED_TYPES = [NEWS_ARTICLE, PRESS_RELEASE] as const;
export type EmbargoedTypeUid = (typeof EMBARGOED_TYPES)[number];

/** Types that go through Glasnik's review stages (they have a `reviewStage` field). */
export const REVIEWED_TYPES = [
  NEWS_ARTICLE,
  PRESS_RELEASE,
  CAMPAIGN,
  EVENT,
  MEDIA_ASSET,
  AGREEMENT,
  PAGE,
] as const;

/** Admin role codes. Author and Editor reuse the roles Strapi creates on first start. */
export const ROLE = {
  superAdmin: 'strapi-super-admin',
  editor: 'strapi-editor',
  author: 'strapi-author',
  pressOfficer: 'glasnik-press-officer',
  registerKeeper: 'glasnik-register-keeper',
} as const;
export type RoleCode = (typeof ROLE)[keyof typeof ROLE];

/** Types each role may create, edit and publish (Author: create and edit own drafts only). */
export const ROLE_TYPES = {
  [ROLE.editor]: CONTENT_TYPES,
  [ROLE.author]: [NEWS_ARTICLE, EVENT, CAMPAIGN, PAGE, MEDIA_ASSET],
  [ROLE.pressOfficer]: [PRESS_RELEASE, MEDIA_ASSET, PRESS_CONTACT, PRESS_ROOM, EVENT],
  [ROLE.registerKeeper]: [AGREEMENT],
} as const satisfies Record<string, readonly ContentTypeUid[]>;

/** Roles whose members may approve and publish entries of a type (the super admin always may). */
export function approverRolesFor(uid: string): RoleCode[] {
  const roles: RoleCode[] = [ROLE.superAdmin, ROLE.editor];
  if ((ROLE_TYPES[ROLE.pressOfficer] as readonly string[]).includes(uid)) roles.push(ROLE.pressOfficer);
  if ((ROLE_TYPES[ROLE.registerKeeper] as readonly string[]).includes(uid)) roles.push(ROLE.registerKeeper);
  return roles;
}

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
