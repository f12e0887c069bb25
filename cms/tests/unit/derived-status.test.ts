import { describe, expect, it } from 'vitest';
import { agreementStatus, campaignStatus, eventStatus } from '../../src/lib/derived-status';
import { isIsoCountryCode } from '../../src/lib/countries';
import { formatReferenceNumber } from '../../src/document-middlewares/reference-number';

describe('statuses derived from dates', () => {
  it('campaign: upcoming, active, closed', () => {
    const campaign = { startDate: '2026-03-01', endDate: '2026-03-31' };
    expect(campaignStatus(campaign, '2026-02-28')).toBe('upcoming');
    expect(campaignStatus(campaign, '2026-03-31')).toBe('active');
    expect(campaignStatus(campaign, '2026-04-01')).toBe('closed');
    expect(campaignStatus({ startDate: '2026-03-01' }, '2030-01-01')).toBe('active');
  });

  it('event: past after its end; cancelled/postponed/moved online stay', () => {
    const at = new Date('2026-05-10T12:00:00Z');
    expect(eventStatus({ start: '2026-05-10T10:00:00Z', end: '2026-05-10T11:00:00Z' }, at)).toBe('past');
    expect(eventStatus({ start: '2026-05-10T10:00:00Z', end: '2026-05-10T13:00:00Z' }, at)).toBe('scheduled');
    expect(eventStatus({ start: '2026-05-09T10:00:00Z', eventStatus: 'cancelled' }, at)).toBe('cancelled');
    expect(eventStatus({ start: '2026-05-11T10:00:00Z', eventStatus: 'past' }, at)).toBe('scheduled');
  });

  it('agreement: in preparation, in force, expired; terminated is kept', () => {
    const agreement = { signedOn: '2019-05-01', validFrom: '2019-06-01', validUntil: '2024-05-31' };
    expect(agreementStatus(agreement, '2019-05-15')).toBe('in_preparation');
    expect(agreementStatus(agreement, '2020-01-01')).toBe('in_force');
    expect(agreementStatus(agreement, '2024-06-01')).toBe('expired');
    expect(agreementStatus({ ...agreement, agreementStatus: 'terminated' }, '2020-01-01')).toBe('terminated');
  });
});

describe('codes', () => {
  it('accepts ISO 3166-1 alpha-2 codes in capitals only', () => {
    expect(isIsoCountryCode('RO')).toBe(true);
    expect(isIsoCountryCode('BG')).toBe(true);
    expect(isIsoCountryCode('ro')).toBe(false);
    expect(isIsoCountryCode('ROU')).toBe(false);
    expect(isIsoCountryCode('XX')).toBe(false);
  });

  it('formats press-release reference numbers PR-YYYY-NNN', () => {
    expect(formatReferenceNumber(2026, 42)).toBe('PR-2026-042');
    expect(formatReferenceNumber(2026, 1234)).toBe('PR-2026-1234');
  });
});
