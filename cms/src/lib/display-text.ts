/**
 * Cleaning of short texts that are shown to readers as typed by someone else: the display name, alt
 * text and caption of an uploaded file (press-release attachment links show the name). A right-to-left
 * override turns "report‮fdp.exe" into "reportexe.pdf" on screen; control characters and NUL break
 * links, logs and PostgreSQL; zero-width characters make two names that look the same differ.
 */

/**
 * Bidirectional controls (U+061C, U+200E/U+200F, U+202A–U+202E, U+2066–U+2069) and invisible
 * characters that only serve to disguise text (zero-width space U+200B, word joiner and invisible
 * operators U+2060–U+2064, byte-order mark U+FEFF). ZWJ/ZWNJ (U+200C/U+200D) stay: some scripts and
 * emoji need them.
 */
const INVISIBLE_FORMATTING = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Tab, line feed, vertical tab, form feed, carriage return: white space a one-line text cannot hold. */
const LINE_BREAKS = /[\t\n\v\f\r]+/g;
/** Every other C0 control (NUL included), DEL and the C1 controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F]/g;
/** A UTF-16 surrogate without its pair (not valid Unicode; PostgreSQL refuses it). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * One line of text without bidi controls, invisible formatting or control characters; line breaks
 * become spaces, the ends are trimmed. Letters, accents and emoji are kept.
 */
export function cleanDisplayText(value: string): string {
  return value
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(INVISIBLE_FORMATTING, '')
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROL_CHARACTERS, '')
    .trim();
}

/**
 * A file's display name cleaned like {@link cleanDisplayText}, and with compatibility look-alikes
 * folded (NFKC: full-width "ｅｘｅ" → "exe", ligatures → letters) so the name reads as what it is.
 */
export function cleanFileName(value: string): string {
  return cleanDisplayText(value.normalize('NFKC'));
}
