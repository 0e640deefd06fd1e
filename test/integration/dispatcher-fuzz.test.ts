import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CHANNELS, contract, isChannel } from '../../src/shared/contract';
import { ERROR_MESSAGES } from '../../src/shared/errors';
import { fullRoutine, kandidat } from '../support/fixtures';
import { rowCounts } from '../support/db-dump';
import { openTestApp, setUpAs, type TestApp } from '../support/test-app';

/**
 * Channels that only read. Only these may get a valid input; every other channel (including
 * any added later) gets invalid input only, so a valid write is never generated.
 * 'exchanges.get' logs the opening in the audit trail: its one permitted write.
 */
const READ_ONLY = new Set<string>([
  'setup.get',
  'pairs.list',
  'exchanges.list',
  'exchanges.get',
  'exchanges.history',
  'training.get',
  'audit.verify',
  'audit.forExchange',
  'backup.list',
  'retention.preview',
]);

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; options?: z.ZodType[]; in?: z.ZodType; element?: z.ZodType };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The keys a schema expects at its top level, with the schema of each (through wrappers and unions). */
function fieldsOf(schema: z.ZodType): Record<string, z.ZodType> {
  const def = defOf(schema);
  if (def.type === 'object') return def.shape ?? {};
  if (def.innerType) return fieldsOf(def.innerType);
  if (def.in) return fieldsOf(def.in);
  if (def.options) return Object.assign({}, ...def.options.map(fieldsOf));
  return {};
}

const HUGE = ['x'.repeat(1_000_000), 'ø'.repeat(300_000), '\u0000'.repeat(100_000), '9'.repeat(50_000)];
const huge = fc.constantFrom(...HUGE);
/** Keys that pollute prototypes when code copies them carelessly; JSON.parse makes them own properties. */
const polluting = fc
  .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.jsonValue())
  .map(([k, v]) => JSON.parse(`{"${k}": ${JSON.stringify(k === 'constructor' ? { prototype: { polluted: v ?? 1 } } : { polluted: v ?? 1 })}}`) as unknown);
const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue() },
  { weight: 1, arbitrary: huge },
  { weight: 1, arbitrary: polluting },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, Number.NaN, -0, 1e308, -1, 0, 2 ** 53, '', ' ', '1', 'true') },
);

/** An object with the schema's own keys (nested one level down), holding values of any type. */
function shaped(schema: z.ZodType, depth = 2): fc.Arbitrary<unknown> {
  const fields = fieldsOf(schema);
  const keys = Object.keys(fields);
  if (keys.length === 0 || depth === 0) return junk;
  const model = Object.fromEntries(keys.map((k) => [k, fc.oneof(junk, shaped(fields[k]!, depth - 1))]));
  return fc
    .tuple(fc.record(model, { requiredKeys: [] }), fc.option(polluting, { nil: undefined }))
    .map(([o, extra]) => (extra && typeof extra === 'object' ? { ...(extra as object), ...o } : o));
}

const channelName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CHANNELS) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'exchanges.', 'EXCHANGES.GET', 'exchanges.get ', '../setup.get', 'valueOf') },
);

/** Ids around the three that exist, so reads by id sometimes succeed and sometimes find nothing. */
const nearValid = fc.record({ id: fc.integer({ min: -1, max: 5 }) }, { requiredKeys: [] });

const call = channelName.chain((channel) =>
  fc.tuple(
    fc.constant(channel),
    isChannel(channel)
      ? fc.oneof({ weight: 3, arbitrary: shaped(contract[channel].input) }, { weight: 2, arbitrary: junk }, { weight: 1, arbitrary: nearValid })
      : junk,
  ),
);

let app: TestApp;

beforeAll(async () => {
  app = openTestApp();
  await setUpAs(app);
  for (let i = 0; i < 3; i++) {
    const d = await app.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    for (const action of fullRoutine().slice(0, 3 * i)) await app.ok('exchanges.act', { id: d.id, action });
  }
});
afterAll(() => app.close());

describe('the dispatcher under random and malformed input', () => {
  it('never throws, always answers in the contract\'s shape, and writes nothing', async () => {
    const codes = new Set(Object.keys(ERROR_MESSAGES));
    let answeredOk = 0;
    await fc.assert(
      fc.asyncProperty(call, async ([channel, input]) => {
        const valid = isChannel(channel) && contract[channel].input.safeParse(input ?? {}).success;
        // Valid input only for channels that merely read.
        fc.pre(!valid || READ_ONLY.has(channel));
        const before = rowCounts(app.db);

        const r = await app.dispatch(channel, input);

        expect(Object.keys(r).sort()).toEqual(r.ok ? ['data', 'ok'] : ['error', 'ok']);
        if (r.ok) {
          expect(valid).toBe(true);
          answeredOk++;
        } else {
          expect(codes.has(r.error.code), r.error.code).toBe(true);
          expect(r.error.code).not.toBe('INTERN_FEIL');
          expect(typeof r.error.message).toBe('string');
          expect(r.error.message.length).toBeGreaterThan(0);
        }
        const after = rowCounts(app.db);
        const opened = r.ok && channel === 'exchanges.get' ? 1 : 0;
        expect(after).toEqual({ ...before, audit_log: before.audit_log! + opened });
      }),
      { numRuns: 10_000, seed: Number(process.env.FUZZ_SEED ?? 20260302), endOnFailure: true },
    );
    expect(answeredOk).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await app.ok('training.get', {})).toEqual({ active: false });
  }, 60_000);
});
