/**
 * Facebook Page: Graph API POST /{page-id}/feed with `message` and `link` and a Page access token
 * (pages_manage_posts). Facebook scrapes the link's Open Graph tags for the card and image. Graph errors
 * come as { error: { message, type, code } }; codes 4, 17, 32 and 613 are throttling (retry later),
 * 190 and 200-299 are token/permission problems (fix the configuration).
 */
import { z } from 'zod';
import { channelFetch, permanent } from './http.ts';
import {
  PermanentChannelError,
  RetryableChannelError,
  type ChannelReceipt,
  type SyndicationChannel,
  type SyndicationPost,
} from './types.ts';

export interface FacebookConfig {
  /** Graph API base with version, e.g. https://graph.facebook.com/v23.0 */
  graphUrl: string;
  pageId: string;
  pageAccessToken: string;
}

const THROTTLING_CODES = new Set([4, 17, 32, 613]);
const graphErrorSchema = z.object({
  error: z.object({ message: z.string(), code: z.number().optional(), type: z.string().optional() }),
});
const postSchema = z.object({ id: z.string() });

export function facebookMessage(post: SyndicationPost): string {
  return `${post.title}\n\n${post.summary}`;
}

export function facebookChannel(config: FacebookConfig): SyndicationChannel {
  const base = config.graphUrl.replace(/\/+$/, '');
  return {
    name: 'facebook',
    async post(post: SyndicationPost): Promise<ChannelReceipt> {
      const form = new URLSearchParams({
        message: facebookMessage(post),
        link: post.url,
        access_token: config.pageAccessToken,
      });
      const response = await channelFetch('Facebook', `${base}/${encodeURIComponent(config.pageId)}/feed`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      });
      if (response.status !== 200) {
        const graph = graphErrorSchema.safeParse(response.body);
        if (
          graph.success &&
          graph.data.error.code !== undefined &&
          THROTTLING_CODES.has(graph.data.error.code)
        ) {
          throw new RetryableChannelError(
            `Facebook: throttled (code ${graph.data.error.code}: ${graph.data.error.message}).`,
          );
        }
        throw permanent(
          'Facebook',
          response,
          graph.success && graph.data.error.code === 190
            ? 'the Page access token is invalid or expired; set a new FACEBOOK_PAGE_ACCESS_TOKEN'
            : 'the post was not accepted',
        );
      }
      const created = postSchema.safeParse(response.body);
      if (!created.success) throw new PermanentChannelError('Facebook: /feed answered without a post id.');
      // Page post ids are "<page-id>_<post-id>"; facebook.com resolves that form directly.
      return { remoteUrl: `https://www.facebook.com/${created.data.id}` };
    },
  };
}
