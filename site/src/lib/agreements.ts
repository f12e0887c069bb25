/**
 * The international agreements register as open data: the columns (documented once, used by the CSV,
 * the JSON and the README), and the CSV writer.
 */
import { absoluteUrl, agreementUrl, type Agreement, type Locale } from '@glasnik/cms/contract';

export interface OpenDataColumn {
  name: string;
  description: string;
  value: (
    agreement: Agreement,
    context: { lang: Locale; site: URL; fileUrl: (url: string) => string },
  ) => string | boolean | string[] | null;
}

/** Columns of `/{lang}/agreements.csv` and the fields of each item of `/{lang}/agreements.json`, in order. */
export const agreementColumns: OpenDataColumn[] = [
  {
    name: 'registerNumber',
    description: 'Unique register number, e.g. МД-2019-003.',
    value: (a) => a.registerNumber,
  },
  {
    name: 'title',
    description: 'Title of the agreement in the language of the file (Bulgarian when not translated).',
    value: (a) => a.title,
  },
  {
    name: 'language',
    description: 'Language of the text fields of this row (bg or en).',
    value: (a) => a.locale,
  },
  { name: 'partnerName', description: 'Partner organisation or city.', value: (a) => a.partnerName },
  {
    name: 'partnerCountry',
    description: 'Partner country, ISO 3166-1 alpha-2 code.',
    value: (a) => a.partnerCountry,
  },
  {
    name: 'kind',
    description: 'twinning | cooperation | memorandum | framework | project | other.',
    value: (a) => a.kind,
  },
  {
    name: 'agreementStatus',
    description: 'in_preparation | in_force | expired | terminated.',
    value: (a) => a.agreementStatus,
  },
  { name: 'signedOn', description: 'Date of signature, YYYY-MM-DD.', value: (a) => a.signedOn },
  { name: 'signedBy', description: 'Who signed for the municipality.', value: (a) => a.signedBy },
  {
    name: 'entryIntoForce',
    description: 'Date of entry into force, YYYY-MM-DD (empty if not known).',
    value: (a) => a.entryIntoForce ?? null,
  },
  { name: 'validFrom', description: 'Start of validity, YYYY-MM-DD.', value: (a) => a.validFrom ?? null },
  {
    name: 'validUntil',
    description: 'End of validity, YYYY-MM-DD (empty: open-ended).',
    value: (a) => a.validUntil ?? null,
  },
  {
    name: 'autoRenewal',
    description: 'true when the agreement renews automatically.',
    value: (a) => Boolean(a.autoRenewal),
  },
  { name: 'areas', description: 'Areas of cooperation (CSV: separated by "; ").', value: (a) => a.areas },
  { name: 'subject', description: 'Subject of the agreement.', value: (a) => a.subject },
  {
    name: 'councilDecisionNumber',
    description: 'Number of the municipal council decision.',
    value: (a) => a.councilDecision?.number ?? null,
  },
  {
    name: 'councilDecisionProtocol',
    description: 'Protocol number of the council meeting.',
    value: (a) => a.councilDecision?.protocol ?? null,
  },
  {
    name: 'councilDecisionDate',
    description: 'Date of the council decision, YYYY-MM-DD.',
    value: (a) => a.councilDecision?.date ?? null,
  },
  {
    name: 'url',
    description: 'Page of the agreement on this site.',
    value: (a, c) => absoluteUrl(c.site, agreementUrl(c.lang, a.slug)),
  },
  {
    name: 'documents',
    description: 'Absolute URLs of the signed documents (CSV: separated by spaces).',
    value: (a, c) => a.documents.map((d) => c.fileUrl(d.file.url)),
  },
];

/** One CSV field: quoted when needed (RFC 4180); a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula. */
export function csvField(value: string | boolean | string[] | null, separator = '; '): string {
  let text = value === null ? '' : Array.isArray(value) ? value.join(separator) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The register as CSV: UTF-8 with a byte-order mark (so Excel reads Cyrillic), comma-separated, CRLF rows,
 * header row of column names.
 */
export function agreementsCsv(
  rows: Array<Array<string | boolean | string[] | null>>,
  header: string[],
): string {
  const lines = [
    header.map((h) => csvField(h)),
    ...rows.map((row) => row.map((cell, i) => csvField(cell, header[i] === 'documents' ? ' ' : '; '))),
  ];
  return `\uFEFF${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}

/** Country name in the site's language, e.g. IT → "Италия" / "Italy". */
export function countryName(code: string, lang: Locale): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
