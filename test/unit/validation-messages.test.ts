import fs from 'node:fs';
import path from 'node:path';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../src/shared/contract';
import { setupSchema } from '../../src/shared/settings';
import { GLOSSARY } from '../../src/shared/i18n/glossary';
import { VALIDATION_MESSAGES, validationMessage } from '../../src/shared/i18n/validation-messages';
import { notNorwegianSentence } from '../support/norwegian-text';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

/** Every sentence of the catalogue, its functions called with a few counts. */
function catalogue(): string[] {
  return Object.values(VALIDATION_MESSAGES).flatMap((v) => (typeof v === 'string' ? [v] : [1, 3, 2000, 10_000_000].map((n) => v(n))));
}

/** One schema per kind of issue zod raises, each without a message of its own. */
const KINDS: [string, z.ZodType, unknown, string][] = [
  ['missing', z.object({ a: z.string() }), {}, 'Feltet må fylles ut.'],
  ['wrong type', z.string(), 5, 'Skriv inn tekst.'],
  ['not a number', z.number(), 'fem', 'Skriv inn et tall.'],
  ['not an integer', z.number().int(), 1.5, 'Skriv inn et helt tall.'],
  ['not a boolean', z.boolean(), 'ja', 'Svar ja eller nei.'],
  ['not a list', z.array(z.string()), {}, 'Feltet skal inneholde en liste.'],
  ['not an object', z.object({}), [], 'Feltet har feil slags verdi.'],
  ['text too long', z.string().max(2000), 'x'.repeat(2001), 'Teksten er for lang: høyst 2\u00A0000 tegn.'],
  ['text too short', z.string().min(3), 'ab', 'Teksten er for kort: minst 3 tegn.'],
  ['empty text', z.string().min(1), '', 'Feltet må fylles ut.'],
  ['number too big', z.number().max(200), 201, 'Skriv et tall som er høyst 200.'],
  ['number too small', z.number().min(1), 0, 'Skriv et tall som er minst 1.'],
  ['not positive', z.number().positive(), 0, 'Skriv et tall som er større enn 0.'],
  ['too many items', z.array(z.number()).max(100), Array(101).fill(1), 'Listen er for lang: høyst 100 oppføringer.'],
  ['too few items', z.array(z.number()).min(1), [], 'Listen må ha minst én oppføring.'],
  ['unrecognized key', z.object({}).strict(), { a: 1 }, 'Skjemaet har et felt appen ikke kjenner.'],
  ['unrecognized keys', z.object({}).strict(), { a: 1, b: 2 }, 'Skjemaet har felt appen ikke kjenner.'],
  ['invalid enum', z.enum(['ja', 'nei']), 'kanskje', 'Feltet har en verdi appen ikke kjenner.'],
  ['enum left out', z.object({ a: z.enum(['ja', 'nei']) }), {}, 'Feltet må fylles ut.'],
  ['union left out', z.object({ a: z.union([z.literal('a'), z.number()]) }), { a: null }, 'Feltet må fylles ut.'],
  ['invalid literal', z.literal(true), false, 'Feltet har en verdi appen ikke kjenner.'],
  ['invalid discriminator', z.discriminatedUnion('t', [z.object({ t: z.literal('a') })]), { t: 'b' }, 'Feltet har en verdi appen ikke kjenner.'],
  ['invalid union', z.union([z.literal('a'), z.number()]), 'b', 'Feltet har en verdi appen ikke kjenner.'],
  ['invalid record key', z.record(z.string().regex(/^a/), z.number()), { b: 1 }, 'Listen har en oppføring appen ikke kjenner.'],
  ['invalid date', z.iso.date(), '2026-02-30', 'Skriv inn en gyldig dato.'],
  ['invalid regex', z.string().regex(/^\d+$/), 'x', 'Teksten har feil form. Sjekk det du har skrevet.'],
  ['invalid e-mail', z.email(), 'x', 'Skriv inn en gyldig e-postadresse.'],
  ['not a multiple', z.number().multipleOf(5), 3, 'Skriv et tall som går opp i 5.'],
  ['date too late', z.date().max(new Date('2026-01-01')), new Date('2027-01-01'), 'Velg en tidligere dato.'],
  ['ambiguous', z.xor([z.string(), z.string().min(1)]), 'a', 'Feltet kan forstås på flere måter. Sjekk det du har valgt.'],
  ['failed refinement', z.string().refine(() => false), 'x', 'Feltet har en ugyldig verdi.'],
];

describe('the Norwegian validation catalogue', () => {
  it('every sentence is Norwegian, free of English, and uses the routine\'s words', () => {
    expect(catalogue().map(notNorwegianSentence).filter(Boolean)).toEqual([]);
    const banned = GLOSSARY.flatMap((g) => g.avoid).filter((bad) => catalogue().some((s) => s.toLowerCase().includes(bad)));
    expect(banned).toEqual([]);
  });

  it.each(KINDS)('%s gets its Norwegian sentence', (_kind, schema, input, message) => {
    const r = schema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toEqual([message]);
  });

  it('a schema\'s own message still wins', () => {
    expect(contract['exchanges.registerIncoming'].input.safeParse({ partnerDistrict: 'stovner', reference: 'x', malgruppe: [] }).error!.issues.map((i) => i.message)).toEqual([
      'Referansen har formen BYTTE-XXXX-XXXX, som i brukerprofilen.',
      'Velg minst én målgruppe.',
    ]);
  });

  it('is installed once, as zod\'s global error map, by the module every contract schema is built on', () => {
    expect(z.config().customError).toBe(validationMessage);
    const installs = sourceFiles('src').filter((f) => /\bz\.config\(/.test(fs.readFileSync(f, 'utf8')));
    expect(installs).toEqual([path.join('src', 'shared', 'exchange', 'primitives.ts')]);
  });
});

/** What react-hook-form's zodResolver, as the renderer's forms use it, makes of the values. */
async function resolve(schema: z.ZodType<FieldValues, FieldValues>, values: FieldValues) {
  const r = await zodResolver(schema)(values, undefined, { fields: {}, shouldUseNativeValidation: false });
  const messages: Record<string, string | undefined> = {};
  const walk = (errors: FieldErrors, prefix: string) => {
    for (const [k, e] of Object.entries(errors)) {
      if (e && typeof e.message === 'string') messages[prefix + k] = e.message;
      else if (e) walk(e as FieldErrors, `${prefix}${k}.`);
    }
  };
  walk(r.errors, '');
  return { values: r.values, messages };
}

describe('the renderer\'s forms (zodResolver) answer from the same catalogue', () => {
  it('the setup form: zero-width name missing, contact too long', async () => {
    const r = await resolve(setupSchema, { district: 'narnia', coordinatorName: '\u200B\u200D', coordinatorContact: 'x'.repeat(201) });
    expect(r.messages).toEqual({
      district: 'Velg en bydel fra listen.',
      coordinatorName: 'Navn må fylles ut.',
      coordinatorContact: 'Teksten kan være på høyst 200 tegn.',
    });
  });

  it('a step\'s form: too many dismissed findings, an unknown choice', async () => {
    const input = contract['exchanges.act'].input;
    const profile = await resolve(input, { id: 1, action: { type: 'brukerprofil.lagre', profil: { kjonn: 'ukjent' }, avvisteFunn: Array(101).fill({ felt: 'annet', tekst: 'x', grunn: 'y' }) } });
    expect(profile.messages).toEqual({
      'action.profil.kjonn': 'Feltet har en verdi appen ikke kjenner.',
      'action.avvisteFunn': 'Listen er for lang: høyst 100 oppføringer.',
    });
  });

  it('the values a form submits are the cleaned ones', async () => {
    const r = await resolve(setupSchema, { district: 'alna', coordinatorName: ' Kari\u202E\u0000 Nordmann ', coordinatorContact: 'a\u200Bb' });
    expect(r.messages).toEqual({});
    expect(r.values).toEqual({ district: 'alna', coordinatorName: 'Kari Nordmann', coordinatorContact: 'ab' });
  });
});
