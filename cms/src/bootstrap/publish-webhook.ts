/**
 * Publishing at bootstrap: makes sure the CMS → publisher webhook exists with the current URL and
 * secret (created or updated by code, no clicks), and starts queueing social posts on first publish.
 * Webhooks read from the database are handed to the webhook runner before user bootstrap, so one
 * created or changed here must be added to (or refreshed in) the runner too, or it would not fire
 * until the next restart.
 */
import type { Core } from '@strapi/strapi';
import { listenForFirstPublish } from '../syndication/enqueue';

export const PUBLISH_WEBHOOK_NAME = 'Glasnik publisher (rebuilds the public site)';
const EVENTS = ['entry.publish', 'entry.unpublish', 'entry.update', 'entry.delete'];
const SECRET_HEADER = 'X-Glasnik-Webhook-Secret';

interface Webhook {
  id: string | number;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}
interface WebhookStore {
  findWebhooks(): Promise<Webhook[]>;
  createWebhook(data: Omit<Webhook, 'id' | 'isEnabled'>): Promise<Webhook>;
  updateWebhook(id: Webhook['id'], data: Omit<Webhook, 'id'>): Promise<Webhook | null>;
}
interface WebhookRunner {
  add(webhook: Webhook): void;
  update(webhook: Webhook): void;
}

/**
 * Creates or updates the publisher webhook; off (and said so) when PUBLISH_WEBHOOK_SECRET is unset.
 * @throws {Error} when PUBLISHER_URL is set but is not an http(s) URL.
 */
export async function ensurePublishWebhook(
  strapi: Core.Strapi,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const secret = env.PUBLISH_WEBHOOK_SECRET;
  if (!secret) {
    strapi.log.warn(
      'Glasnik: PUBLISH_WEBHOOK_SECRET is not set, so publishing does not rebuild the public site (npm start sets it).',
    );
    return;
  }
  const url = env.PUBLISHER_URL || `http://127.0.0.1:${env.PUBLISHER_PORT || 4322}/hooks/cms`;
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
    throw new Error(`PUBLISHER_URL="${url}" is not an http(s) URL (e.g. http://127.0.0.1:4322/hooks/cms).`);
  const store = strapi.get('webhookStore') as WebhookStore;
  const runner = strapi.get('webhookRunner') as WebhookRunner;
  const wanted = { name: PUBLISH_WEBHOOK_NAME, url, headers: { [SECRET_HEADER]: secret }, events: EVENTS };
  const existing = (await store.findWebhooks()).find((webhook) => webhook.name === PUBLISH_WEBHOOK_NAME);
  if (!existing) {
    runner.add(await store.createWebhook(wanted));
    strapi.log.info(`Glasnik: publish webhook created → ${url}`);
    return;
  }
  const same =
    existing.url === url &&
    existing.isEnabled &&
    existing.headers?.[SECRET_HEADER] === secret &&
    EVENTS.every((event) => existing.events.includes(event)) &&
    existing.events.length === EVENTS.length;
  if (same) return;
  const updated = await store.updateWebhook(existing.id, { ...wanted, isEnabled: true });
  if (updated) runner.update(updated);
  strapi.log.info(`Glasnik: publish webhook updated → ${url}`);
}

/** Bootstrap of publishing: the webhook and the syndication queue. */
export async function ensurePublishing(strapi: Core.Strapi): Promise<void> {
  await ensurePublishWebhook(strapi);
  listenForFirstPublish(strapi);
}
