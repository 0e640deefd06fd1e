import type { z } from 'zod';

/**
 * The Norwegian sentence for every kind of zod issue: what a coordinator reads when a field
 * fails a check that carries no message of its own. zod's own texts are English and speak of
 * types («Too big: expected array to have <=100 items»), so none of them may reach a screen.
 *
 * Installed once as zod's global error map, in src/shared/exchange/primitives.ts, which every
 * schema of the contract is built on; main's dispatcher and the renderer's forms therefore
 * answer from this one catalogue. A schema's own message still wins (zod asks the schema's
 * map first), so the contract's field-specific sentences stay as written.
 */

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const integer = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 10 });

function num(n: number | bigint): string {
  return typeof n === 'bigint' || Number.isInteger(n) ? integer.format(n) : decimal.format(n);
}

/** «én oppføring», «3 oppføringer». */
function entries(n: number | bigint): string {
  return Number(n) === 1 ? 'én oppføring' : `${num(n)} oppføringer`;
}

export const VALIDATION_MESSAGES = {
  missing: 'Feltet må fylles ut.',
  notText: 'Skriv inn tekst.',
  notNumber: 'Skriv inn et tall.',
  notInteger: 'Skriv inn et helt tall.',
  notYesNo: 'Svar ja eller nei.',
  notDate: 'Skriv inn en gyldig dato.',
  notDateTime: 'Skriv inn dato og klokkeslett.',
  notTime: 'Skriv inn et gyldig klokkeslett.',
  notList: 'Feltet skal inneholde en liste.',
  notAllowed: 'Feltet skal ikke fylles ut.',
  wrongKind: 'Feltet har feil slags verdi.',
  textTooLong: (max: number | bigint) => `Teksten er for lang: høyst ${num(max)} tegn.`,
  textTooShort: (min: number | bigint) => `Teksten er for kort: minst ${num(min)} tegn.`,
  textExactLength: (n: number | bigint) => `Teksten skal ha nøyaktig ${num(n)} tegn.`,
  numberAtMost: (max: number | bigint) => `Skriv et tall som er høyst ${num(max)}.`,
  numberBelow: (max: number | bigint) => `Skriv et tall som er mindre enn ${num(max)}.`,
  numberAtLeast: (min: number | bigint) => `Skriv et tall som er minst ${num(min)}.`,
  numberAbove: (min: number | bigint) => `Skriv et tall som er større enn ${num(min)}.`,
  numberStep: (step: number) => `Skriv et tall som går opp i ${num(step)}.`,
  listTooLong: (max: number | bigint) => `Listen er for lang: høyst ${entries(max)}.`,
  listTooShort: (min: number | bigint) => `Listen må ha minst ${entries(min)}.`,
  listExactLength: (n: number | bigint) => `Listen skal ha nøyaktig ${entries(n)}.`,
  fileTooLarge: 'Filen er for stor.',
  fileEmpty: 'Filen er tom.',
  dateTooLate: 'Velg en tidligere dato.',
  dateTooEarly: 'Velg en senere dato.',
  tooLarge: 'Verdien er for stor.',
  tooSmall: 'Verdien er for liten.',
  badFormat: 'Teksten har feil form. Sjekk det du har skrevet.',
  badEmail: 'Skriv inn en gyldig e-postadresse.',
  badUrl: 'Skriv inn en gyldig nettadresse.',
  unknownValue: 'Feltet har en verdi appen ikke kjenner.',
  ambiguousValue: 'Feltet kan forstås på flere måter. Sjekk det du har valgt.',
  unknownField: 'Skjemaet har et felt appen ikke kjenner.',
  unknownFields: 'Skjemaet har felt appen ikke kjenner.',
  unknownListEntry: 'Listen har en oppføring appen ikke kjenner.',
  invalid: 'Feltet har en ugyldig verdi.',
} as const;

const messages = VALIDATION_MESSAGES;

function invalidType(issue: Extract<Issue, { code: 'invalid_type' }>, absent: boolean): string {
  if (absent) return messages.missing;
  switch (issue.expected) {
    case 'string':
      return messages.notText;
    case 'number':
    case 'nan':
    case 'bigint':
      return messages.notNumber;
    case 'int':
      return messages.notInteger;
    case 'boolean':
      return messages.notYesNo;
    case 'date':
      return messages.notDate;
    case 'array':
    case 'tuple':
    case 'set':
      return messages.notList;
    case 'undefined':
    case 'void':
    case 'never':
      return messages.notAllowed;
    default:
      return messages.wrongKind;
  }
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const { maximum: max, inclusive, exact } = issue;
  switch (issue.origin) {
    case 'string':
      if (exact) return messages.textExactLength(max);
      return messages.textTooLong(inclusive === false ? Number(max) - 1 : max);
    case 'number':
    case 'int':
    case 'bigint':
      return inclusive === false ? messages.numberBelow(max) : messages.numberAtMost(max);
    case 'array':
    case 'set':
      if (exact) return messages.listExactLength(max);
      return messages.listTooLong(inclusive === false ? Number(max) - 1 : max);
    case 'file':
      return messages.fileTooLarge;
    case 'date':
      return messages.dateTooLate;
    default:
      return messages.tooLarge;
  }
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const { minimum: min, inclusive, exact } = issue;
  switch (issue.origin) {
    case 'string':
      if (exact) return messages.textExactLength(min);
      if (inclusive === false ? Number(min) < 1 : Number(min) <= 1) return messages.missing;
      return messages.textTooShort(inclusive === false ? Number(min) + 1 : min);
    case 'number':
    case 'int':
    case 'bigint':
      return inclusive === false ? messages.numberAbove(min) : messages.numberAtLeast(min);
    case 'array':
    case 'set':
      if (exact) return messages.listExactLength(min);
      return messages.listTooShort(inclusive === false ? Number(min) + 1 : min);
    case 'file':
      return messages.fileEmpty;
    case 'date':
      return messages.dateTooEarly;
    default:
      return messages.tooSmall;
  }
}

function invalidFormat(issue: Extract<Issue, { code: 'invalid_format' }>): string {
  switch (issue.format) {
    case 'email':
      return messages.badEmail;
    case 'url':
      return messages.badUrl;
    case 'date':
      return messages.notDate;
    case 'datetime':
      return messages.notDateTime;
    case 'time':
      return messages.notTime;
    default:
      return messages.badFormat;
  }
}

/** zod's global error map: always a Norwegian sentence, never undefined (so zod's English is never reached). */
export const validationMessage = (issue: Issue): string => {
  // A choice left out (an enum, a literal, a union) is as missing as a text left out.
  const absent = issue.input === undefined || issue.input === null;
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(issue, absent);
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_format':
      return invalidFormat(issue);
    case 'not_multiple_of':
      return messages.numberStep(issue.divisor);
    case 'unrecognized_keys':
      return issue.keys.length > 1 ? messages.unknownFields : messages.unknownField;
    case 'invalid_union':
      if (absent) return messages.missing;
      return issue.inclusive === false ? messages.ambiguousValue : messages.unknownValue;
    case 'invalid_key':
    case 'invalid_element':
      return messages.unknownListEntry;
    case 'invalid_value':
      return absent ? messages.missing : messages.unknownValue;
    default:
      return messages.invalid;
  }
};
