import { useEffect, useState } from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';

interface OutboxRow {
  targetLocale: string;
  channel: string;
  state: 'pending' | 'sent' | 'failed';
  remoteUrl: string | null;
  error: string | null;
  attempts: number | null;
  nextAttemptAt: string | null;
}

interface PublisherStatus {
  reachable: boolean;
  error?: string;
  state?: 'idle' | 'waiting' | 'building';
  currentBuild?: string | null;
  lastError?: string | null;
  lastSuccess?: { finishedAt: string; durationMs: number } | null;
}

interface PanelProps {
  model: string;
  documentId?: string;
}

const SYNDICATED = ['api::news-article.news-article', 'api::press-release.press-release'];
const formatTime = (value: string): string =>
  new Date(value).toLocaleString('bg-BG', { timeZone: 'Europe/Sofia' });

function siteLine(status: PublisherStatus): { text: string; tone: string } {
  if (!status.reachable) return { text: status.error ?? 'The publisher does not answer.', tone: 'danger600' };
  if (status.lastError)
    return {
      text: `Last site build failed, the public site was kept as it was: ${status.lastError}`,
      tone: 'danger600',
    };
  if (status.state === 'building' || status.state === 'waiting')
    return { text: 'Public site: updating now…', tone: 'warning600' };
  return {
    text: status.lastSuccess
      ? `Public site: up to date (built ${formatTime(status.lastSuccess.finishedAt)} in ${Math.round(status.lastSuccess.durationMs / 1000)} s).`
      : 'Public site: no build yet.',
    tone: 'success600',
  };
}

function rowLine(row: OutboxRow): string {
  if (row.state === 'sent') return `${row.channel} (${row.targetLocale}): posted`;
  if (row.state === 'failed')
    return `${row.channel} (${row.targetLocale}): failed — ${row.error ?? 'no message'}`;
  return `${row.channel} (${row.targetLocale}): waiting${row.error ? ` (retry ${row.nextAttemptAt ? formatTime(row.nextAttemptAt) : 'soon'}: ${row.error})` : ' for the page to go live'}`;
}

/**
 * Side panel "Publishing": whether the public site is up to date (the publisher's status, through
 * GET /glasnik/publisher-status) and, for news and press releases, the social posts of this entry
 * (GET /glasnik/syndication; src/syndication/routes.ts). Refreshes every 10 s while open.
 */
export function PublishingPanel({ model, documentId }: PanelProps) {
  const { get } = useFetchClient();
  const [status, setStatus] = useState<PublisherStatus | null>(null);
  const [rows, setRows] = useState<OutboxRow[] | null>(null);
  const isGlasnikEntry = Boolean(documentId) && model.startsWith('api::');
  const syndicated = SYNDICATED.includes(model);

  useEffect(() => {
    if (!isGlasnikEntry || !documentId) return;
    let cancelled = false;
    const load = () => {
      get<{ data: PublisherStatus }>('/glasnik/publisher-status')
        .then((response) => !cancelled && setStatus(response.data.data))
        .catch(
          () =>
            !cancelled &&
            setStatus({ reachable: false, error: 'Could not ask the CMS for the publisher status.' }),
        );
      if (syndicated) {
        get<{ data: OutboxRow[] }>(
          `/glasnik/syndication?uid=${encodeURIComponent(model)}&documentId=${encodeURIComponent(documentId)}`,
        )
          .then((response) => !cancelled && setRows(response.data.data))
          .catch(() => !cancelled && setRows([]));
      }
    };
    load();
    const timer = setInterval(load, 10_000);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [get, model, documentId, isGlasnikEntry, syndicated]);

  if (!isGlasnikEntry) return null;
  const site = status ? siteLine(status) : null;
  const content = (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {site ? (
        <Typography variant="pi" textColor={site.tone}>
          {site.text}
        </Typography>
      ) : (
        <Typography variant="pi">Asking the publisher…</Typography>
      )}
      {syndicated && rows && rows.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          Social media: nothing posted (posted on first publish when “syndicate” is on and channels are
          configured).
        </Typography>
      ) : null}
      {syndicated && rows
        ? rows.map((row) =>
            row.remoteUrl ? (
              <a
                key={`${row.channel}-${row.targetLocale}`}
                href={row.remoteUrl}
                target="_blank"
                rel="noreferrer"
              >
                <Typography variant="pi" textColor="success600">
                  {rowLine(row)}
                </Typography>
              </a>
            ) : (
              <Typography
                key={`${row.channel}-${row.targetLocale}`}
                variant="pi"
                textColor={row.state === 'failed' ? 'danger600' : 'neutral800'}
              >
                {rowLine(row)}
              </Typography>
            ),
          )
        : null}
    </Flex>
  );
  return { title: 'Publishing', content };
}
