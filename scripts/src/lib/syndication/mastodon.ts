/**
 * Mastodon: POST /api/v1/statuses with a bearer token (scope write:statuses). The link in the text
 * makes Mastodon fetch the page's Open Graph card (title, summary, image) itself. An Idempotency-Key
 * derived from the page URL makes a retried request return the first status instead of a second one.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { channelFetch, fit, permanent } from './http.ts';
import {
  PermanentChannelError,
  type ChannelReceipt,
  type SyndicationChannel,
  type SyndicationPost,
} from './types.ts';

export interface MastodonConfig {
  /** Base URL of the instance, e.g. https://mastodon.social */
  instanceUrl: string;
  accessToken: string;
}

/** Mastodon counts 500 characters per status; a link always counts as 23. */
const STATUS_LIMIT = 500;
const LINK_WEIGHT = 23;

const statusSchema = z.object({
  id: z.string(),
  url: z.string().nullable().optional(),
  uri: z.string().optional(),
});

/** The status text: title, summary (shortened to fit), link. */
export function mastodonStatusText(post: SyndicationPost): string {
  const room = STATUS_LIMIT - LINK_WEIGHT - [...post.title].length - 4;
  return `${post.title}\n\n${fit(post.summary, Math.max(room, 0))}\n\n${post.url}`;
}

export function mastodonChannel(config: MastodonConfig): SyndicationChannel {
  const base = config.instanceUrl.replace(/\/+$/, '');
  return {
    name: 'mastodon',
    async post(post: SyndicationPost): Promise<ChannelReceipt> {
      const response = await channelFetch('Mastodon', `${base}/api/v1/statuses`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${config.accessToken}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': createHash('sha256').update(`glasnik:${post.url}`).digest('hex'),
        },
        body: JSON.stringify({
          status: mastodonStatusText(post),
          visibility: 'public',
          language: post.locale,
        }),
      });
      if (response.status === 401 || response.status === 403)
        throw permanent(
          'Mastodon',
          response,
          'the access token was refused; create a new one with the write:statuses scope and set MASTODON_ACCESS_TOKEN',
        );
      if (response.status !== 200) throw permanent('Mastodon', response, 'the status was not accepted');
      const status = statusSchema.safeParse(response.body);
      if (!status.success)
        throw new PermanentChannelError(
          `Mastodon: unexpected answer to POST /api/v1/statuses (${status.error.issues[0]?.message ?? 'no id'}).`,
        );
      return { remoteUrl: status.data.url ?? status.data.uri ?? null };
    },
  };
}
