/**
 * Bluesky (AT protocol): com.atproto.server.createSession with the handle and an app password, then
 * com.atproto.repo.uploadBlob for the card image and com.atproto.repo.createRecord of an
 * app.bsky.feed.post whose embed is an app.bsky.embed.external link card (Bluesky, unlike Mastodon,
 * does not build cards itself). A session is made per post: posts are rare and tokens expire.
 */
import { z } from 'zod';
import { channelFetch, fetchImage, fit, permanent } from './http.ts';
import {
  PermanentChannelError,
  type ChannelReceipt,
  type SyndicationChannel,
  type SyndicationPost,
} from './types.ts';

export interface BlueskyConfig {
  /** PDS address (default https://bsky.social). */
  serviceUrl: string;
  /** Handle or DID, e.g. dunavets.bsky.social */
  identifier: string;
  /** An app password (Settings → App passwords), never the account password. */
  appPassword: string;
}

/** Posts are limited to 300 graphemes; the link lives in the card, so the text is title and summary. */
const TEXT_LIMIT = 300;
/** The card thumbnail must be under 1 MB. */
const THUMB_LIMIT = 1_000_000;

const sessionSchema = z.object({ accessJwt: z.string(), did: z.string(), handle: z.string() });
const blobSchema = z.object({
  blob: z.object({
    $type: z.literal('blob'),
    ref: z.object({ $link: z.string() }),
    mimeType: z.string(),
    size: z.number(),
  }),
});
const recordSchema = z.object({ uri: z.string(), cid: z.string() });

/** The post record as Bluesky documents it (app.bsky.feed.post with an external embed). */
export function blueskyRecord(
  post: SyndicationPost,
  thumb: unknown,
  createdAt: Date = new Date(),
): Record<string, unknown> {
  const text = fit(`${post.title}\n\n${post.summary}`, TEXT_LIMIT);
  return {
    $type: 'app.bsky.feed.post',
    text,
    createdAt: createdAt.toISOString(),
    langs: [post.locale],
    embed: {
      $type: 'app.bsky.embed.external',
      external: { uri: post.url, title: post.title, description: post.summary, ...(thumb ? { thumb } : {}) },
    },
  };
}

export function blueskyChannel(config: BlueskyConfig): SyndicationChannel {
  const xrpc = (method: string) => `${config.serviceUrl.replace(/\/+$/, '')}/xrpc/${method}`;
  return {
    name: 'bluesky',
    async post(post: SyndicationPost): Promise<ChannelReceipt> {
      const login = await channelFetch('Bluesky', xrpc('com.atproto.server.createSession'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ identifier: config.identifier, password: config.appPassword }),
      });
      if (login.status !== 200)
        throw permanent(
          'Bluesky',
          login,
          'could not log in; check BLUESKY_IDENTIFIER and BLUESKY_APP_PASSWORD (an app password)',
        );
      const session = sessionSchema.safeParse(login.body);
      if (!session.success)
        throw new PermanentChannelError('Bluesky: createSession answered without accessJwt/did.');
      const auth = { Authorization: `Bearer ${session.data.accessJwt}` };

      let thumb: unknown = null;
      const image = post.imageUrl ? await fetchImage(post.imageUrl) : null;
      if (image && image.bytes.length <= THUMB_LIMIT) {
        const upload = await channelFetch('Bluesky', xrpc('com.atproto.repo.uploadBlob'), {
          method: 'POST',
          headers: { ...auth, 'Content-Type': image.mime },
          body: image.bytes,
        });
        if (upload.status !== 200) throw permanent('Bluesky', upload, 'the card image was refused');
        const blob = blobSchema.safeParse(upload.body);
        if (!blob.success)
          throw new PermanentChannelError('Bluesky: uploadBlob answered without a blob reference.');
        thumb = blob.data.blob;
      }

      const created = await channelFetch('Bluesky', xrpc('com.atproto.repo.createRecord'), {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          repo: session.data.did,
          collection: 'app.bsky.feed.post',
          record: blueskyRecord(post, thumb),
        }),
      });
      if (created.status !== 200) throw permanent('Bluesky', created, 'the post was not accepted');
      const record = recordSchema.safeParse(created.body);
      if (!record.success) throw new PermanentChannelError('Bluesky: createRecord answered without uri/cid.');
      const recordKey = record.data.uri.split('/').pop();
      return {
        remoteUrl: recordKey ? `https://bsky.app/profile/${session.data.handle}/post/${recordKey}` : null,
      };
    },
  };
}
