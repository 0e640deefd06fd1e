import { z } from 'zod';
import { validationMessage } from '../i18n/validation-messages';
import { PRIMITIVE_MESSAGES, REQUIRED_FIELD_NAMES } from '../i18n/field-messages';

// Every schema of the contract is built on this module, so installing the Norwegian catalogue
// here reaches main's dispatcher and the renderer's forms alike, once per process and bundle.
z.config({ customError: validationMessage });

/** Multi-line texts keep their line breaks and tabs; single-line texts get spaces instead. */
export type TextLines = 'single' | 'multi';

const LINE_BREAK = /\r\n?|[\v\f\u0085\u2028\u2029]/g;
const ANY_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;

/**
 * What a text may not carry: control characters (C0, DEL, C1), format characters (bidi
 * embeddings, overrides, isolates and marks, zero-width space and joiners, word joiner, BOM,
 * soft hyphen, tag characters), the rest of Unicode's default-ignorable characters (Hangul
 * fillers, surplus variation selectors) and lone surrogates. None of them shows on screen or
 * in a PDF, so they can only make a text look filled in when it is empty, reorder what is
 * shown («Trojan Source»), or hide content from the identifier scanner and from a reader.
 *
 * Kept, because they are part of what is shown: a zero-width joiner between two emoji (👩 U+200D
 * 💻 shows as one technologist), the tag sequence of a subdivision flag (🏴 with the tags «gbsct»
 * and U+E007F is Scotland's; at most seven tags, so nothing can be smuggled in one), and one
 * variation selector after a visible character (❤ U+FE0F).
 */
const HIDDEN = new RegExp(
  [
    String.raw`(\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?\u200D(?=\p{Extended_Pictographic}))`,
    String.raw`(\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{2,7}\u{E007F})`,
    String.raw`((?<=[^\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}])[\u{FE00}-\u{FE0F}])`,
    String.raw`[\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}]`,
  ].join('|'),
  'gu',
);

function stripHidden(value: string, lines: TextLines): string {
  const broken = lines === 'multi' ? value.replace(LINE_BREAK, '\n') : value.replace(ANY_BREAKS, ' ');
  return broken.replace(HIDDEN, (c: string, joiner?: string, flag?: string, selector?: string) =>
    joiner ?? flag ?? selector ?? (lines === 'multi' && (c === '\n' || c === '\t') ? c : ''),
  );
}

/**
 * The one rule for text a coordinator types or pastes (the text schemas below apply it before
 * trimming and counting): hidden characters are removed, line breaks made plain \n (or spaces
 * in a single-line text), and the result normalised to NFC so «å» is one character however it
 * was typed. Removed, not refused: pasted text (Word, e-mail, web pages) carries such
 * characters without the coordinator knowing, an error about something invisible cannot be
 * acted on, and removing them changes nothing the coordinator can see. A text that was only
 * hidden characters and spaces becomes empty, so a required field says it is missing.
 */
export function cleanText(value: string, lines: TextLines): string {
  return stripHidden(value, lines).normalize('NFC');
}

/** True when a value carries characters `cleanText` would remove: for values that must be refused rather than changed, such as paths. */
export function hasHiddenCharacters(value: string): boolean {
  return stripHidden(value, 'single') !== value;
}

/**
 * Far above any text a person writes within `max` characters, hidden characters and all, so
 * cleaning never runs over megabytes of junk.
 */
const rawLimit = (max: number) => 2 * max + 100;

/** Every text field of the contract is made here, so none can skip the text rule. */
function textSchema(max: number, lines: TextLines, requiredLabel?: string) {
  const tooLong = PRIMITIVE_MESSAGES.forLang(max);
  const missing = requiredLabel === undefined ? undefined : PRIMITIVE_MESSAGES.maFyllesUt(requiredLabel);
  const cleaned = z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? missing : undefined) })
    .max(rawLimit(max), { error: tooLong, abort: true })
    .overwrite((v) => cleanText(v, lines))
    .trim();
  return (missing === undefined ? cleaned : cleaned.min(1, { error: missing })).max(max, { error: tooLong });
}

/** Free text a coordinator types in a text area. Bounded so one field cannot bloat the database. */
export const text = (max = 2000) => textSchema(max, 'multi');

export const requiredText = (max = 200, label: string = REQUIRED_FIELD_NAMES.feltet) => textSchema(max, 'multi', label);

/** A one-line text: a name, a place, a reference. */
export const shortText = (max = 200) => textSchema(max, 'single');

export const requiredShortText = (max = 200, label: string = REQUIRED_FIELD_NAMES.feltet) => textSchema(max, 'single', label);

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d && y >= 2000 && y <= 2100;
}

/** A calendar date as the coordinator means it in Oslo: YYYY-MM-DD, no time zone. */
export const isoDate = z
  .string({ error: PRIMITIVE_MESSAGES.ingenDato })
  .regex(DATE_RE, { error: PRIMITIVE_MESSAGES.ugyldigDato })
  .refine(isRealDate, { error: PRIMITIVE_MESSAGES.ugyldigDato });

/** A wall-clock time in Oslo: YYYY-MM-DDTHH:mm, no time zone. */
export const isoDateTime = z
  .string({ error: PRIMITIVE_MESSAGES.ingenDatoOgKlokkeslett })
  .regex(DATETIME_RE, { error: PRIMITIVE_MESSAGES.ingenDatoOgKlokkeslett })
  .refine(isRealDate, { error: PRIMITIVE_MESSAGES.ugyldigDato })
  .refine((v) => Number(v.slice(11, 13)) < 24 && Number(v.slice(14, 16)) < 60, {
    error: PRIMITIVE_MESSAGES.ugyldigKlokkeslett,
  });

/** A moment as the app records it: UTC, as Date#toISOString writes it. */
/**
 * A chosen file, as base64. Bounded here only against abuse (the real limit is checked in main);
 * anything but base64's alphabet means it was not read from a file, and is refused.
 */
export const base64File = (maxLength: number) =>
  z
    .string()
    .min(1, { error: PRIMITIVE_MESSAGES.velgFil })
    .max(maxLength, { error: PRIMITIVE_MESSAGES.forStorFil })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: PRIMITIVE_MESSAGES.ulesbarFil });

export const isoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, { error: PRIMITIVE_MESSAGES.ugyldigTidspunkt });

export type IsoDate = z.infer<typeof isoDate>;
export type IsoDateTime = z.infer<typeof isoDateTime>;

/** Adds whole days to an ISO date, in calendar terms (no DST surprises). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d + days));
  return dt.toISOString().slice(0, 10);
}

/** Whole days from a to b (b - a), both ISO dates. */
export function daysBetween(a: string, b: string): number {
  const ms = Date.parse(`${b.slice(0, 10)}T00:00:00Z`) - Date.parse(`${a.slice(0, 10)}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

// Oslo's dates live in shared/time/oslo.ts; exported here too, beside the date schemas they go with.
export { osloDayStart, osloToday } from '../time/oslo';
