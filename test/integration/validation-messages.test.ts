import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { type Channel, CHANNELS, contract, type Result } from '../../src/shared/contract';
import { ERROR_MESSAGES } from '../../src/shared/errors';
import { kandidat, mote, profil } from '../support/fixtures';
import { notNorwegianSentence } from '../support/norwegian-text';
import { rowCounts } from '../support/db-dump';
import { openTestApp, setUpAs, type TestApp } from '../support/test-app';

let app: TestApp;
let exchangeId: number;

beforeAll(async () => {
  app = openTestApp();
  await setUpAs(app);
  exchangeId = (await app.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat })).id;
});
afterAll(() => app.close());

/** Every sentence of a refusal that is not Norwegian, with where it stood. */
function english(r: Result<unknown>): string[] {
  if (r.ok) return [];
  const problems = [notNorwegianSentence(r.error.message)];
  for (const f of r.error.fields ?? []) problems.push(notNorwegianSentence(f.message) && `${f.path}: ${notNorwegianSentence(f.message)}`);
  return problems.filter((p): p is string => p !== undefined);
}

/** Dispatches input main must refuse; returns the field messages by path, having checked that nothing was written. */
async function refused(channel: string, input: unknown): Promise<Record<string, string>> {
  const before = rowCounts(app.db);
  const r = await app.dispatch(channel, input);
  expect(rowCounts(app.db)).toEqual(before);
  if (r.ok) throw new Error(`${channel} accepted ${JSON.stringify(input).slice(0, 200)}`);
  expect(r.error.code).toBe('UGYLDIG_INNDATA');
  expect(r.error.message).toBe(ERROR_MESSAGES.UGYLDIG_INNDATA);
  expect(english(r)).toEqual([]);
  return Object.fromEntries((r.error.fields ?? []).map((f) => [f.path, f.message]));
}

const act = (action: unknown) => ({ id: exchangeId, action });

describe('every validation message main answers with is Norwegian', () => {
  it('too long text', async () => {
    expect(await refused('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat: { ...kandidat, grunner: 'x'.repeat(2001) } })).toEqual({
      'kandidat.grunner': 'Teksten kan være på høyst 2000 tegn.',
    });
    expect(await refused('exchanges.list', { search: 'Grünerløkka '.repeat(6) })).toEqual({ search: 'Teksten kan være på høyst 60 tegn.' });
    // A file has its own message: it is not a text the coordinator typed.
    expect(await refused('documents.previewImport', { base64: 'A'.repeat(4 * 1024 * 1024 + 1) })).toEqual({
      base64: 'Filen er for stor til å være fra Bytteordning. Ingenting er lest. Velg filen du fikk fra partnerbydelen.',
    });
  });

  it('too many items', async () => {
    const funn = { felt: 'annet', tekst: 'Kari', grunn: 'Ikke et navn her.' };
    expect(await refused('exchanges.act', act({ type: 'brukerprofil.lagre', profil, avvisteFunn: Array(101).fill(funn) }))).toEqual({
      'action.avvisteFunn': 'Listen er for lang: høyst 100 oppføringer.',
    });
    const plan = { ...mote('2026-03-12T10:00'), deltakere: Array(41).fill(mote('2026-03-12T10:00').deltakere[0]) };
    expect(await refused('exchanges.act', act({ type: 'mote.planlegg', steg: 'avklaringsmote', plan: { tidspunkt: plan.tidspunkt, sted: plan.sted, deltakere: plan.deltakere } }))).toEqual({
      'action.plan.deltakere': 'Listen er for lang: høyst 40 oppføringer.',
    });
  });

  it('unknown key', async () => {
    expect(await refused('setup.get', { hemmelig: true })).toEqual({ '': 'Skjemaet har et felt appen ikke kjenner.' });
    expect(await refused('retention.run', { alle: true, straks: true })).toEqual({ '': 'Skjemaet har felt appen ikke kjenner.' });
    expect(await refused('exchanges.act', act({ type: 'ansvar_gammel.lagre', ansvar: { punkter: { nokkel_levert: { status: 'apen' } } } }))).toEqual({
      'action.ansvar.punkter': 'Skjemaet har et felt appen ikke kjenner.',
    });
  });

  it('wrong type', async () => {
    expect(await refused('exchanges.list', { limit: 'mange', overdueOnly: 'ja', offset: 1.5 })).toEqual({
      limit: 'Skriv inn et tall.',
      overdueOnly: 'Svar ja eller nei.',
      offset: 'Skriv inn et helt tall.',
    });
    expect(await refused('setup.save', { district: 'stovner', coordinatorName: 42, coordinatorContact: ['x'] })).toEqual({
      coordinatorName: 'Skriv inn tekst.',
      coordinatorContact: 'Skriv inn tekst.',
    });
    expect(await refused('exchanges.act', act({ type: 'brukerprofil.lagre', profil: { ...profil, tjenester: 'alle' }, avvisteFunn: {} }))).toEqual({
      'action.profil.tjenester': 'Feltet skal inneholde en liste.',
      'action.avvisteFunn': 'Feltet skal inneholde en liste.',
    });
    expect(await refused('exchanges.act', { id: exchangeId, action: 'lagre' })).toEqual({ action: 'Feltet har feil slags verdi.' });
  });

  it('invalid enum', async () => {
    expect(await refused('exchanges.list', { sort: 'tilfeldig', status: 'slettet' })).toEqual({
      sort: 'Feltet har en verdi appen ikke kjenner.',
      status: 'Feltet har en verdi appen ikke kjenner.',
    });
    expect(await refused('exchanges.act', act({ type: 'brukerprofil.slett' }))).toEqual({ 'action.type': 'Feltet har en verdi appen ikke kjenner.' });
    expect(await refused('exchanges.act', act({ type: 'brukerprofil.lagre', profil: { ...profil, kjonn: 'ukjent' }, avvisteFunn: [] }))).toEqual({
      'action.profil.kjonn': 'Feltet har en verdi appen ikke kjenner.',
    });
  });

  it('invalid date', async () => {
    expect(await refused('exchanges.list', { createdFrom: '2026-02-30', createdTo: 'i morgen' })).toEqual({
      createdFrom: 'Skriv inn en gyldig dato.',
      createdTo: 'Skriv inn en gyldig dato.',
    });
    expect(await refused('stats.pilot', { from: '2026-13-01', to: 20260301 })).toEqual({ from: 'Skriv inn en gyldig dato.', to: 'Skriv inn en dato.' });
  });

  it('missing required', async () => {
    expect(await refused('setup.save', {})).toEqual({
      district: 'Velg en bydel fra listen.',
      coordinatorName: 'Navn må fylles ut.',
      coordinatorContact: 'Kontaktinformasjon må fylles ut.',
    });
    expect(await refused('exchanges.act', act({ type: 'tildeling.vedtak', vedtak: { dato: '2026-04-01' } }))).toEqual({
      'action.vedtak.referanse': 'Vedtaksreferansen må fylles ut.',
      'action.vedtak.resultat': 'Feltet må fylles ut.',
    });
  });

  it('zero-width-only required text', async () => {
    expect(await refused('setup.save', { district: 'stovner', coordinatorName: '\u200B\u200C\u200D', coordinatorContact: '\u2060\uFEFF \u00A0' })).toEqual({
      coordinatorName: 'Navn må fylles ut.',
      coordinatorContact: 'Kontaktinformasjon må fylles ut.',
    });
    expect(await refused('exchanges.act', act({ type: 'steg.hopp_over', steg: 'avklaringsmote', grunn: '\u200B\n\u200B\t', dato: '2026-03-03' }))).toEqual({
      'action.grunn': 'Begrunnelsen må fylles ut.',
    });
  });

  it('control characters: removed from text, refused in a path', async () => {
    await app.ok('setup.save', { district: 'stovner', coordinatorName: 'Kari\u0000 Koordinator\u0007', coordinatorContact: 'bolig@bydel-stovner.oslo.kommune.no\u202E' });
    expect(await app.ok('setup.get', {})).toMatchObject({ coordinatorName: 'Kari Koordinator', coordinatorContact: 'bolig@bydel-stovner.oslo.kommune.no' });
    expect(await refused('backup.saveSettings', { folder: '/home/kari/kopier\u202Ekjapmok', keep: 5 })).toEqual({
      folder: 'Stien har usynlige tegn eller kontrolltegn. Skriv den inn på nytt.',
    });
  });

  it('numbers out of range', async () => {
    expect(await refused('exchanges.list', { limit: 0, offset: -1 })).toEqual({ limit: 'Skriv et tall som er minst 1.', offset: 'Skriv et tall som er minst 0.' });
    expect(await refused('exchanges.list', { limit: 201 })).toEqual({ limit: 'Skriv et tall som er høyst 200.' });
  });
});

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The fields of an object schema, through wrappers. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const def = defOf(schema);
  if (def.type === 'object') return def.shape as Record<string, z.ZodType>;
  for (const key of ['innerType', 'in']) if (def[key]) return shapeOf(def[key] as z.ZodType);
  return {};
}

const WRONG = [null, '', '\u200B', 'x', 'x'.repeat(5000), -1, 1.5, 1e12, true, [], Array(300).fill('x'), {}, { x: 1 }];

describe('a sweep of every channel and every action with values of every wrong kind', () => {
  it('answers every refusal, and every field of it, in Norwegian', async () => {
    const problems: string[] = [];
    let refusals = 0;
    const probe = async (channel: Channel, input: unknown) => {
      // Valid input might write; only what the contract refuses is sent (null becomes {} in the dispatcher).
      if (contract[channel].input.safeParse(input ?? {}).success) return;
      const r = await app.dispatch(channel, input);
      expect(r.ok).toBe(false);
      refusals++;
      problems.push(...english(r).map((p) => `${channel} ${JSON.stringify(input).slice(0, 80)}: ${p}`));
    };
    for (const channel of CHANNELS) {
      for (const whole of ['x', 5, [], { ukjent: 1 }]) await probe(channel, whole);
      for (const key of Object.keys(shapeOf(contract[channel].input))) {
        for (const value of WRONG) await probe(channel, { [key]: value });
      }
    }
    const actions = defOf(shapeOf(contract['exchanges.act'].input).action!).options as z.ZodType[];
    for (const option of actions) {
      const { type, ...fields } = shapeOf(option);
      const name = defOf(type!).values as string[];
      for (const key of Object.keys(fields)) {
        for (const value of WRONG) await probe('exchanges.act', act({ type: name[0], [key]: value }));
      }
    }
    for (const key of Object.keys(profil)) {
      for (const value of WRONG) await probe('exchanges.act', act({ type: 'brukerprofil.lagre', profil: { ...profil, [key]: value }, avvisteFunn: [] }));
    }
    expect(refusals).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });
});
