/**
 * Which channels are configured, read from the environment. A channel is on when its required
 * variables are all set, off when none is set, and a half-configured channel is an error naming what
 * is missing (better than silently never posting).
 */
import { z } from 'zod';
import { blueskyChannel } from './bluesky.ts';
import { facebookChannel } from './facebook.ts';
import { mastodonChannel } from './mastodon.ts';
import { telegramChannel } from './telegram.ts';
import type { ChannelName, SyndicationChannel } from './types.ts';

const url = z.string().refine((value) => URL.canParse(value), { message: 'is not a URL' });

/** Per channel: the variables that switch it on, and how to build it. */
const CHANNEL_ENV = {
  mastodon: {
    required: ['MASTODON_URL', 'MASTODON_ACCESS_TOKEN'],
    build: (env: NodeJS.ProcessEnv) =>
      mastodonChannel({ instanceUrl: url.parse(env.MASTODON_URL), accessToken: env.MASTODON_ACCESS_TOKEN! }),
  },
  bluesky: {
    required: ['BLUESKY_IDENTIFIER', 'BLUESKY_APP_PASSWORD'],
    build: (env: NodeJS.ProcessEnv) =>
      blueskyChannel({
        serviceUrl: url.parse(env.BLUESKY_SERVICE_URL || 'https://bsky.social'),
        identifier: env.BLUESKY_IDENTIFIER!,
        appPassword: env.BLUESKY_APP_PASSWORD!,
      }),
  },
  facebook: {
    required: ['FACEBOOK_PAGE_ID', 'FACEBOOK_PAGE_ACCESS_TOKEN'],
    build: (env: NodeJS.ProcessEnv) =>
      facebookChannel({
        graphUrl: url.parse(env.FACEBOOK_GRAPH_URL || 'https://graph.facebook.com/v23.0'),
        pageId: env.FACEBOOK_PAGE_ID!,
        pageAccessToken: env.FACEBOOK_PAGE_ACCESS_TOKEN!,
      }),
  },
  telegram: {
    required: ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_CHAT_ID'],
    build: (env: NodeJS.ProcessEnv) =>
      telegramChannel({
        apiUrl: url.parse(env.TELEGRAM_API_URL || 'https://api.telegram.org'),
        botToken: env.TELEGRAM_BOT_TOKEN!,
        chatId: env.TELEGRAM_CHAT_ID!,
      }),
  },
} as const satisfies Record<
  ChannelName,
  { required: readonly string[]; build: (env: NodeJS.ProcessEnv) => SyndicationChannel }
>;

/**
 * The configured channels; none configured gives an empty map (syndication off).
 * @throws {Error} naming the channel and the missing variable when a channel is half configured, or a
 *   URL variable that is not a URL.
 */
export function channelsFromEnv(env: NodeJS.ProcessEnv = process.env): Map<ChannelName, SyndicationChannel> {
  const channels = new Map<ChannelName, SyndicationChannel>();
  for (const [name, spec] of Object.entries(CHANNEL_ENV) as [
    ChannelName,
    (typeof CHANNEL_ENV)[ChannelName],
  ][]) {
    const present = spec.required.filter((variable) => env[variable]);
    if (present.length === 0) continue;
    const missing = spec.required.filter((variable) => !env[variable]);
    if (missing.length)
      throw new Error(
        `Syndication to ${name} is half configured: ${present.join(', ')} set but ${missing.join(', ')} missing. Set it too, or unset ${present.join(', ')} to switch ${name} off.`,
      );
    try {
      channels.set(name, spec.build(env));
    } catch (error) {
      throw new Error(
        `Syndication to ${name}: a URL variable is not a valid URL (${error instanceof Error ? error.message : String(error)}).`,
        { cause: error },
      );
    }
  }
  return channels;
}
