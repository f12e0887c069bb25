/**
 * Which social channels are switched on, from the same variables the publisher reads
 * (scripts/src/lib/syndication/channels.ts): the CMS only needs to know their names, to queue one
 * outbox row per channel. None set → nothing is queued.
 */
export const SYNDICATION_OUTBOX = 'api::syndication-post.syndication-post';

export const CHANNEL_SWITCHES = {
  mastodon: 'MASTODON_ACCESS_TOKEN',
  bluesky: 'BLUESKY_APP_PASSWORD',
  facebook: 'FACEBOOK_PAGE_ACCESS_TOKEN',
  telegram: 'TELEGRAM_BOT_TOKEN',
} as const;
export type ChannelName = keyof typeof CHANNEL_SWITCHES;

export function configuredChannels(env: NodeJS.ProcessEnv = process.env): ChannelName[] {
  return (Object.keys(CHANNEL_SWITCHES) as ChannelName[]).filter((name) =>
    Boolean(env[CHANNEL_SWITCHES[name]]),
  );
}

export function outboxKey(uid: string, documentId: string, locale: string, channel: string): string {
  return `${uid}|${documentId}|${locale}|${channel}`;
}
