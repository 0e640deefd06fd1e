import { ENGLISH_LEAKS } from '../../src/shared/i18n/glossary';

/** Words of zod's English messages and of its type names: none may reach a coordinator. */
export const ZOD_ENGLISH = /\b(expected|received|invalid|too (big|small)|unrecognized|must|string|number|array|object|input|option|key|items?|characters?)\b/i;

const LEAKS = new RegExp(`\\b(${ENGLISH_LEAKS.join('|')})\\b`, 'i');

/** Short words of Norwegian validation sentences; a sentence without any of them is suspect. */
const NORWEGIAN_WORDS = new Set(
  'og i på til av for er ikke som med en et har kan skal må om fra eller minst høyst nøyaktig feltet feltene teksten listen skriv velg svar mangler usynlige'.split(' '),
);

/** Why `s` is not a Norwegian sentence free of English, or undefined when it is one. */
export function notNorwegianSentence(s: string): string | undefined {
  if (ZOD_ENGLISH.test(s) || LEAKS.test(s)) return `English in «${s}»`;
  if (!/^[A-ZÆØÅ]/.test(s)) return `does not start with a capital letter: «${s}»`;
  if (!/[.!?]$/.test(s)) return `does not end a sentence: «${s}»`;
  const words = s.toLowerCase().split(/[^\p{L}]+/u);
  if (!words.some((w) => NORWEGIAN_WORDS.has(w))) return `no Norwegian word in «${s}»`;
  return undefined;
}
