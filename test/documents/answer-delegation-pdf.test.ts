import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPdfA } from '../../src/main/documents/engine/pdfa-check';
import { bolig } from '../support/fixtures';
import { base64, flat, fontsOf, keep, make, profileCrossed, readBack } from './support';

describe('Svar fra ny bydel (PDF) and Delegering av tildelingsmyndighet (PDF), made by the new district', () => {
  let crossed: Awaited<ReturnType<typeof profileCrossed>>;

  beforeAll(async () => {
    crossed = await profileCrossed();
    const { gruner, newId } = crossed;
    await gruner.ok('exchanges.act', {
      id: newId,
      action: { type: 'svar.registrer', svar: { svar: 'ja', dato: '2026-03-15', kommentar: 'Vi har ledig kapasitet i rus- og psykisk helsetjenesten på Grünerløkka.' } },
    });
  });
  afterAll(() => crossed?.close());

  it('the answer: yes, date, comment and the new district’s contact, with æøå intact', async () => {
    const { bytes, made } = await make(crossed.gruner, crossed.newId, 'svar');
    keep('svar.pdf', bytes);
    expect(made.fileName).toBe(`${crossed.reference}-nr1-svar.pdf`);
    const { read, update } = await readBack(bytes);
    const text = flat(read.text);
    for (const expected of [
      'Svar på bytte: ja',
      crossed.reference,
      'Fra bydel Grünerløkka til bydel Stovner',
      'Ja, bydelen sier ja til byttet',
      '15.03.2026',
      'Vi har ledig kapasitet i rus- og psykisk helsetjenesten på Grünerløkka.',
      'Per Koordinator',
      'bolig@bydel-grunerlokka.oslo.kommune.no',
      'Hva skjer nå',
      'Personen søker kommunal bolig i gammel bydel',
      'Side 1 av',
    ]) {
      expect(text).toContain(expected);
    }
    // The new district's first update: its skipped clarification meeting, then the answer.
    expect(update).toMatchObject({ reference: crossed.reference, from: 'ny', seq: 1, sender: { coordinatorName: 'Per Koordinator', coordinatorContact: 'bolig@bydel-grunerlokka.oslo.kommune.no' } });
    expect(update!.changes.map((c) => c.action.type)).toEqual(['steg.hopp_over', 'svar.registrer']);
    expect(update!.changes[1]!.action).toEqual({ type: 'svar.registrer', svar: { svar: 'ja', dato: '2026-03-15', kommentar: 'Vi har ledig kapasitet i rus- og psykisk helsetjenesten på Grünerløkka.' } });
    expect(checkPdfA(bytes).problems).toEqual([]);
    expect(fontsOf(bytes).embedded).toBe(true);
  });

  it('a no: the reason as its label, and what happens next', async () => {
    const other = await profileCrossed();
    await other.gruner.ok('exchanges.act', {
      id: other.newId,
      action: { type: 'svar.registrer', svar: { svar: 'nei', dato: '2026-03-16', grunn: 'ingen_egnet_bolig', kommentar: 'Ingen ledige boliger som passer nå.' } },
    });
    const { bytes } = await make(other.gruner, other.newId, 'svar');
    const text = flat((await readBack(bytes)).read.text);
    expect(text).toContain('Svar på bytte: nei');
    expect(text).toContain('Ingen egnet bolig tilgjengelig');
    expect(text).toContain('Byttet avsluttes som avslått.');
    other.close();
  });

  it('the delegation: the dwelling, the date and both coordinators', async () => {
    const { gruner, newId, stovner, oldId } = crossed;
    // The application and the decision are the old district's, and arrive in its update.
    await stovner.ok('documents.import', { base64: base64((await make(gruner, newId, 'svar')).bytes) });
    await stovner.ok('exchanges.act', { id: oldId, action: { type: 'tildeling.soknad', dato: '2026-03-22' } });
    await stovner.ok('exchanges.act', { id: oldId, action: { type: 'tildeling.vedtak', vedtak: { dato: '2026-04-01', referanse: '2026/1234', resultat: 'innvilget' } } });
    await gruner.ok('documents.import', { base64: base64((await make(stovner, oldId, 'oppdatering')).bytes) });
    await gruner.ok('exchanges.act', { id: newId, action: { type: 'tildeling.bolig', bolig: bolig('BB-100200') } });
    const { bytes, made } = await make(gruner, newId, 'delegering');
    keep('delegering.pdf', bytes);
    expect(made.fileName).toBe(`${crossed.reference}-nr2-delegering.pdf`);
    const { read, update } = await readBack(bytes);
    const text = flat(read.text);
    for (const expected of [
      'Delegering av tildelingsmyndighet',
      'Bydel Grünerløkka delegerer myndigheten til å tildele boligen nedenfor til bydel Stovner',
      'BB-100200',
      'Ordinær bolig',
      'Antall rom 2',
      '11.04.2026',
      'Vedtaksdato 01.04.2026 Vedtaksreferanse 2026/1234 Resultat Innvilget',
      'Per Koordinator',
      // The old district's coordinator, known from the imported profile.
      'Kari Koordinator',
      'bolig@bydel-stovner.oslo.kommune.no',
    ]) {
      expect(text).toContain(expected);
    }
    expect(update).toMatchObject({ from: 'ny', seq: 2, changes: [{ action: { type: 'tildeling.bolig', bolig: bolig('BB-100200') } }] });
    expect(checkPdfA(bytes).problems).toEqual([]);
    expect(fontsOf(bytes).embedded).toBe(true);
  });

  it('only the new district makes them, and only once there is something to say', async () => {
    const { stovner, oldId, gruner } = crossed;
    expect(await stovner.dispatch('documents.make', { id: oldId, kind: 'svar' })).toMatchObject({ ok: false, error: { code: 'DOKUMENT_IKKE_TILGJENGELIG' } });
    expect(await stovner.dispatch('documents.make', { id: oldId, kind: 'delegering' })).toMatchObject({ ok: false, error: { code: 'DOKUMENT_IKKE_TILGJENGELIG' } });
    const fresh = await profileCrossed();
    expect(await fresh.gruner.dispatch('documents.make', { id: fresh.newId, kind: 'svar' })).toMatchObject({
      ok: false,
      error: { code: 'DOKUMENT_IKKE_TILGJENGELIG', message: expect.stringContaining('Svar fra ny bydel') },
    });
    expect(await fresh.gruner.dispatch('documents.make', { id: fresh.newId, kind: 'brukerprofil' })).toMatchObject({ ok: false, error: { code: 'DOKUMENT_IKKE_TILGJENGELIG' } });
    expect(fresh.gruner.count('documents')).toBe(0);
    fresh.close();
    expect(gruner.count('documents')).toBeGreaterThan(0);
  });
});
