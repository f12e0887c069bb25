/**
 * A tiny dependency-free PDF writer: one A4 page of plain text in the standard Helvetica fonts.
 * Enough for the demo agreements' "signed documents"; real documents are scanned originals.
 * The standard fonts only cover Latin-1, so text is reduced to ASCII (Cyrillic transliterated).
 */
import { toAscii } from './translit';

export interface PdfLine {
  text: string;
  /** Font size in points; default 11. */
  size?: number;
  bold?: boolean;
  /** Extra space before the line, in points. */
  spaceBefore?: number;
}

export interface PdfDocument {
  title: string;
  lines: readonly PdfLine[];
}

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 64;

/** Escapes a string for a PDF literal string `( … )`. */
function pdfString(value: string): string {
  return `(${toAscii(value).replace(/[\\()]/g, (char) => `\\${char}`)})`;
}

/** Breaks text into lines that fit the page width (Helvetica averages ~0.5 em per character). */
function wrap(text: string, size: number): string[] {
  const maxChars = Math.floor((PAGE_WIDTH - 2 * MARGIN) / (size * 0.5));
  const words = toAscii(text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current && current.length + 1 + word.length > maxChars) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  return lines.length > 0 ? lines : [''];
}

/** The page's content stream: text lines top-down, clipped at the bottom margin. */
function contentStream(lines: readonly PdfLine[]): string {
  const ops: string[] = ['BT'];
  let y = PAGE_HEIGHT - MARGIN;
  for (const line of lines) {
    const size = line.size ?? 11;
    y -= line.spaceBefore ?? 0;
    for (const piece of wrap(line.text, size)) {
      y -= size * 1.35;
      if (y < MARGIN) break;
      ops.push(
        `/${line.bold ? 'F2' : 'F1'} ${size} Tf`,
        `1 0 0 1 ${MARGIN} ${y.toFixed(1)} Tm`,
        `${pdfString(piece)} Tj`,
      );
    }
  }
  ops.push('ET');
  return ops.join('\n');
}

/**
 * Renders a one-page PDF 1.4 file with a correct cross-reference table.
 * @returns the file bytes, starting with `%PDF-1.4`.
 */
export function renderPdf(document: PdfDocument): Buffer {
  const stream = contentStream(document.lines);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    `<< /Title ${pdfString(document.title)} /Producer (Glasnik demo seed) >>`,
  ];
  // The binary comment line tells tools the file is binary, as the PDF spec recommends.
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * Checks the structure a PDF reader needs first: the header, an xref table whose offsets point at
 * the objects, and the trailer's startxref.
 * @throws {Error} naming what is wrong with the file.
 */
export function assertValidPdf(bytes: Buffer, name: string): void {
  const content = bytes.toString('latin1');
  if (!content.startsWith('%PDF-')) throw new Error(`${name}: does not start with %PDF-.`);
  const startxref = /startxref\n(\d+)\n%%EOF\n?$/.exec(content);
  if (!startxref) throw new Error(`${name}: no startxref/%%EOF trailer at the end.`);
  const xrefAt = Number(startxref[1]);
  if (!content.startsWith('xref\n', xrefAt))
    throw new Error(`${name}: startxref ${xrefAt} does not point at "xref".`);
  const header = /^xref\n0 (\d+)\n/.exec(content.slice(xrefAt));
  if (!header) throw new Error(`${name}: malformed xref header.`);
  const count = Number(header[1]);
  const entries = content
    .slice(xrefAt + header[0].length)
    .split('\n')
    .slice(0, count);
  entries.slice(1).forEach((entry, index) => {
    const offset = Number(entry.slice(0, 10));
    if (!content.startsWith(`${index + 1} 0 obj`, offset)) {
      throw new Error(
        `${name}: xref entry ${index + 1} points at byte ${offset}, which is not "${index + 1} 0 obj".`,
      );
    }
  });
}
