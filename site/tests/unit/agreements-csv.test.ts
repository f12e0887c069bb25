import { describe, expect, it } from 'vitest';
import { agreementsCsv, csvField } from '../../src/lib/agreements';

describe('agreements CSV', () => {
  it('starts with a UTF-8 byte-order mark so Excel reads Cyrillic, and uses CRLF rows', () => {
    const csv = agreementsCsv(
      [['МД-2019-003', 'Споразумение', true]],
      ['registerNumber', 'title', 'autoRenewal'],
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('registerNumber,title,autoRenewal\r\nМД-2019-003,Споразумение,true\r\n');
  });

  it('quotes fields with commas, quotes or line breaks and joins lists', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(['култура', 'спорт'])).toBe('"култура; спорт"');
    expect(csvField(null)).toBe('');
  });

  it('keeps spreadsheets from running a cell as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});
