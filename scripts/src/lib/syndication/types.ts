/**
 * What a syndication channel receives and how it reports back. Adapters throw one of the two error
 * classes below so the outbox worker knows whether to retry (and when) or to give up at once.
 */

/** One post, already localized: the text is in the entry's language and the link points at its page. */
export interface SyndicationPost {
  /** `bg` or `en`. */
  locale: string;
  title: string;
  summary: string;
  /** Absolute URL of the live page. */
  url: string;
  /** Absolute URL of the cover image, if any; adapters that upload it fetch it from here. */
  imageUrl?: string | null;
  imageAlt?: string | null;
}

/** What a channel answered when the post was accepted. */
export interface ChannelReceipt {
  /** Public address of the post on the channel, when the channel has one. */
  remoteUrl: string | null;
}

export interface SyndicationChannel {
  readonly name: ChannelName;
  /** @throws {PermanentChannelError | RetryableChannelError} */
  post(post: SyndicationPost): Promise<ChannelReceipt>;
}

export const CHANNEL_NAMES = ['mastodon', 'bluesky', 'facebook', 'telegram'] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** The channel refused for a reason retrying cannot fix (wrong credentials, invalid request). */
export class PermanentChannelError extends Error {
  override name = 'PermanentChannelError';
}

/** The channel is busy, rate-limiting or unreachable; try again later (after `retryAfterMs` if known). */
export class RetryableChannelError extends Error {
  override name = 'RetryableChannelError';
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
