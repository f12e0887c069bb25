import { useEffect, useState } from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';

interface Revision {
  id: number;
  action: 'publish' | 'unpublish' | 'update' | 'review' | 'schedule';
  stage: string | null;
  changeNote: string | null;
  userName: string | null;
  targetLocale: string | null;
  at: string;
}

interface Version {
  locale: string | null;
  publishedAt: string | null;
  reviewStage?: string | null;
  embargoUntil?: string | null;
  releaseScheduled?: boolean | null;
}

interface PanelProps {
  model: string;
  documentId?: string;
}

const ACTION_LABELS: Record<Revision['action'], string> = {
  publish: 'Published',
  unpublish: 'Unpublished',
  update: 'Updated',
  review: 'Review stage',
  schedule: 'Scheduled for the end of the embargo',
};

const formatTime = (value: string): string =>
  new Date(value).toLocaleString('bg-BG', { timeZone: 'Europe/Sofia' });

function scheduleLine(versions: Version[]): string | null {
  const draft = versions.find((version) => !version.publishedAt && version.embargoUntil);
  if (!draft?.embargoUntil) return null;
  const until = formatTime(draft.embargoUntil);
  if (draft.releaseScheduled) return `Scheduled: will be published automatically at ${until} (Europe/Sofia).`;
  return new Date(draft.embargoUntil).getTime() > Date.now()
    ? `Embargo until ${until}: pressing Publish schedules it for then.`
    : null;
}

/**
 * Side panel of the edit view: Glasnik's review stage, embargo/schedule state and revision log of the
 * entry, read from GET /glasnik/revisions (src/admin-api/revisions.ts).
 */
export function RevisionPanel({ model, documentId }: PanelProps) {
  const { get } = useFetchClient();
  const [state, setState] = useState<
    { revisions: Revision[]; versions: Version[] } | { error: string } | null
  >(null);
  const isGlasnikEntry = Boolean(documentId) && model.startsWith('api::');

  useEffect(() => {
    if (!isGlasnikEntry || !documentId) return;
    let cancelled = false;
    get<{ data: { revisions: Revision[]; versions: Version[] } }>(
      `/glasnik/revisions?uid=${encodeURIComponent(model)}&documentId=${encodeURIComponent(documentId)}`,
    )
      .then((response) => !cancelled && setState(response.data.data))
      .catch(
        (error: unknown) =>
          !cancelled &&
          setState({ error: error instanceof Error ? error.message : 'Could not load the revision log.' }),
      );
    return () => {
      cancelled = true;
    };
  }, [get, model, documentId, isGlasnikEntry]);

  if (!isGlasnikEntry) return null;
  const content =
    state === null ? (
      <Typography variant="pi">Loading the revision log…</Typography>
    ) : 'error' in state ? (
      <Typography variant="pi" textColor="danger600">
        {state.error}
      </Typography>
    ) : (
      <Flex direction="column" alignItems="stretch" gap={2}>
        {state.versions[0]?.reviewStage ? (
          <Typography variant="pi" fontWeight="bold">
            Review stage: {state.versions[0].reviewStage.replace('_', ' ')}
          </Typography>
        ) : null}
        {scheduleLine(state.versions) ? (
          <Typography variant="pi" textColor="warning600">
            {scheduleLine(state.versions)}
          </Typography>
        ) : null}
        {state.revisions.length === 0 ? (
          <Typography variant="pi">No publications or review changes yet.</Typography>
        ) : null}
        {state.revisions.slice(0, 20).map((revision) => (
          <Flex key={revision.id} direction="column" alignItems="flex-start" gap={0}>
            <Typography variant="pi" fontWeight="semiBold">
              {ACTION_LABELS[revision.action]}
              {revision.action === 'review' && revision.stage ? `: ${revision.stage.replace('_', ' ')}` : ''}
              {revision.targetLocale ? ` (${revision.targetLocale})` : ''}
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {formatTime(revision.at)} · {revision.userName ?? 'system'}
            </Typography>
            {revision.changeNote ? <Typography variant="pi">“{revision.changeNote}”</Typography> : null}
          </Flex>
        ))}
      </Flex>
    );
  return { title: 'Review & history', content };
}
