/**
 * Telegram channel: Bot API sendPhoto (multipart, the cover uploaded with an HTML caption) or
 * sendMessage when there is no image. Every answer is { ok, result | error_code, description };
 * 429 carries parameters.retry_after in seconds.
 */
import { z } from 'zod';
import { channelFetch, describeBody, fetchImage, fit, type ChannelResponse } from './http.ts';
import {
  PermanentChannelError,
  RetryableChannelError,
  type ChannelReceipt,
  type SyndicationChannel,
  type SyndicationPost,
} from './types.ts';

export interface TelegramConfig {
  /** Bot API base (default https://api.telegram.org). */
  apiUrl: string;
  botToken: string;
  /** Channel username with @ (e.g. @dunavets) or numeric chat id; the bot must be an admin there. */
  chatId: string;
}

const CAPTION_LIMIT = 1024;
const MESSAGE_LIMIT = 4096;

const answerSchema = z.object({
  ok: z.boolean(),
  result: z
    .object({ message_id: z.number(), chat: z.object({ username: z.string().optional() }).optional() })
    .optional(),
  error_code: z.number().optional(),
  description: z.string().optional(),
  parameters: z.object({ retry_after: z.number().optional() }).optional(),
});

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** HTML text: bold title, summary, link; the summary is shortened so the whole fits `limit`. */
export function telegramText(post: SyndicationPost, limit: number): string {
  const head = `<b>${escapeHtml(post.title)}</b>\n\n`;
  const tail = `\n\n<a href="${escapeHtml(post.url)}">${escapeHtml(post.url)}</a>`;
  const room = limit - [...head].length - [...tail].length;
  return `${head}${escapeHtml(fit(post.summary, Math.max(room - 20, 0)))}${tail}`;
}

function check(response: ChannelResponse): { messageId: number; username?: string } {
  const answer = answerSchema.safeParse(response.body);
  if (!answer.success)
    throw new PermanentChannelError(
      `Telegram: unexpected answer (HTTP ${response.status}: ${describeBody(response.body)}).`,
    );
  const { data } = answer;
  if (data.ok && data.result)
    return { messageId: data.result.message_id, username: data.result.chat?.username };
  if (data.error_code === 429) {
    const seconds = data.parameters?.retry_after;
    throw new RetryableChannelError(
      `Telegram: rate limited (${data.description ?? 'Too Many Requests'}).`,
      seconds === undefined ? undefined : seconds * 1000,
    );
  }
  const hint =
    data.error_code === 401
      ? ' Check TELEGRAM_BOT_TOKEN.'
      : data.error_code === 400 || data.error_code === 403
        ? ' Check TELEGRAM_CHAT_ID and that the bot is an administrator of the channel.'
        : '';
  throw new PermanentChannelError(
    `Telegram: ${data.description ?? 'request refused'} (error ${data.error_code ?? response.status}).${hint}`,
  );
}

export function telegramChannel(config: TelegramConfig): SyndicationChannel {
  const method = (name: string) => `${config.apiUrl.replace(/\/+$/, '')}/bot${config.botToken}/${name}`;
  return {
    name: 'telegram',
    async post(post: SyndicationPost): Promise<ChannelReceipt> {
      const image = post.imageUrl ? await fetchImage(post.imageUrl) : null;
      let response: ChannelResponse;
      if (image) {
        const form = new FormData();
        form.set('chat_id', config.chatId);
        form.set('caption', telegramText(post, CAPTION_LIMIT));
        form.set('parse_mode', 'HTML');
        form.set(
          'photo',
          new Blob([image.bytes], { type: image.mime }),
          `cover.${image.mime.split('/')[1] ?? 'jpg'}`,
        );
        response = await channelFetch('Telegram', method('sendPhoto'), { method: 'POST', body: form });
      } else {
        response = await channelFetch('Telegram', method('sendMessage'), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            chat_id: config.chatId,
            text: telegramText(post, MESSAGE_LIMIT),
            parse_mode: 'HTML',
          }),
        });
      }
      const sent = check(response);
      const username = sent.username ?? (config.chatId.startsWith('@') ? config.chatId.slice(1) : undefined);
      return { remoteUrl: username ? `https://t.me/${username}/${sent.messageId}` : null };
    },
  };
}
