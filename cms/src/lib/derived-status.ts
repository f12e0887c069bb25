/**
 * Statuses Glasnik derives from dates, so lists and calendars never show a finished campaign as
 * running. Pure functions of the entry and "today"/"now"; the cron task re-applies them daily.
 */

/** Date part (YYYY-MM-DD) of a date or datetime value, or undefined. */
function day(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

export type CampaignStatus = 'upcoming' | 'active' | 'closed';
export function campaignStatus(
  entry: { startDate?: unknown; endDate?: unknown },
  today: string,
): CampaignStatus {
  const start = day(entry.startDate);
  const end = day(entry.endDate);
  if (start && today < start) return 'upcoming';
  if (end && today > end) return 'closed';
  return 'active';
}

const EDITOR_EVENT_STATUSES = ['cancelled', 'postponed', 'moved_online'] as const;
export type EventStatus = 'scheduled' | 'past' | (typeof EDITOR_EVENT_STATUSES)[number];
/** Cancelled, postponed and moved online are an editor's word and stay; otherwise the dates decide. */
export function eventStatus(
  entry: { start?: unknown; end?: unknown; eventStatus?: unknown },
  at: Date,
): EventStatus {
  const chosen = entry.eventStatus;
  if (typeof chosen === 'string' && (EDITOR_EVENT_STATUSES as readonly string[]).includes(chosen))
    return chosen as EventStatus;
  const endValue = entry.end ?? entry.start;
  const end =
    endValue instanceof Date ? endValue.getTime() : typeof endValue === 'string' ? Date.parse(endValue) : NaN;
  return !Number.isNaN(end) && end < at.getTime() ? 'past' : 'scheduled';
}

export type AgreementStatus = 'in_preparation' | 'in_force' | 'expired' | 'terminated';
/** Terminated is an editor's word and stays; otherwise in force from entry into force/valid from/signature. */
export function agreementStatus(
  entry: {
    agreementStatus?: unknown;
    signedOn?: unknown;
    validFrom?: unknown;
    validUntil?: unknown;
    entryIntoForce?: unknown;
  },
  today: string,
): AgreementStatus {
  if (entry.agreementStatus === 'terminated') return 'terminated';
  const until = day(entry.validUntil);
  if (until && today > until) return 'expired';
  const from = day(entry.entryIntoForce) ?? day(entry.validFrom) ?? day(entry.signedOn);
  return from && today >= from ? 'in_force' : 'in_preparation';
}
