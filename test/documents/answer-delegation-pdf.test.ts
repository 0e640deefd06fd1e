import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPdfA } from '../../src/main/documents/read-pdf';
import { canonicalJson } from '../../src/shared/documents/payload';
import { bolig } from '../support/fixtures';
import { flat, keep, make, profileCrossed, readBack } from './support';

const sha = (payload: unknown) => createHash('sha256').update(canonicalJson(payload)).digest('hex');

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
    expect(made.fileName).toBe(`${crossed.reference}-svar.pdf`);
    const { read, envelope } = await readBack(bytes);
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
    expect(envelope).toMatchObject({ format: 'no.oslo.bytteordning/svar', version: 1 });
    expect(envelope!.sha256).toBe(sha(envelope!.payload));
    expect(envelope!.payload).toEqual({
      reference: crossed.reference,
      oldDistrict: 'stovner',
      newDistrict: 'grunerlokka',
      sender: { coordinatorName: 'Per Koordinator', coordinatorContact: 'bolig@bydel-grunerlokka.oslo.kommune.no' },
      svar: { svar: 'ja', dato: '2026-03-15', kommentar: 'Vi har ledig kapasitet i rus- og psykisk helsetjenesten på Grünerløkka.' },
    });
    expect(checkPdfA(bytes).problems).toEqual([]);
    expect(read.fontsEmbedded).toBe(true);
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
    const { gruner, newId } = crossed;
    await gruner.ok('exchanges.act', { id: newId, action: { type: 'tildeling.soknad', dato: '2026-03-22' } });
    await gruner.ok('exchanges.act', { id: newId, action: { type: 'tildeling.vedtak', vedtak: { dato: '2026-04-01', referanse: '2026/1234', resultat: 'innvilget' } } });
    await gruner.ok('exchanges.act', { id: newId, action: { type: 'tildeling.bolig', bolig: bolig('BB-100200') } });
    const { bytes, made } = await make(gruner, newId, 'delegering');
    keep('delegering.pdf', bytes);
    expect(made.fileName).toBe(`${crossed.reference}-delegering.pdf`);
    const { read, envelope } = await readBack(bytes);
    const text = flat(read.text);
    for (const expected of [
      'Delegering av tildelingsmyndighet',
      'Bydel Grünerløkka delegerer myndigheten til å tildele boligen nedenfor til bydel Stovner',
      'BB-100200',
      'Ordinær bolig',
      'Antall rom 2',
      '11.04.2026',
      '01.04.2026, 2026/1234',
      'Per Koordinator',
      // The old district's coordinator, known from the imported profile.
      'Kari Koordinator',
      'bolig@bydel-stovner.oslo.kommune.no',
    ]) {
      expect(text).toContain(expected);
    }
    expect(envelope).toMatchObject({ format: 'no.oslo.bytteordning/delegering', version: 1 });
    expect(envelope!.sha256).toBe(sha(envelope!.payload));
    expect((envelope!.payload as { bolig: unknown }).bolig).toEqual(bolig('BB-100200'));
    expect(checkPdfA(bytes).problems).toEqual([]);
    expect(read.fontsEmbedded).toBe(true);
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
