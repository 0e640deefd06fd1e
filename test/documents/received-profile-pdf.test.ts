import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPdfA } from '../../src/main/documents/engine/pdfa-check';
import { profil } from '../support/fixtures';
import { base64, flat, keep, make, profileCrossed, readBack } from './support';

describe('Brukerprofil (mottatt): the received profile as a PDF to print, at the new district', () => {
  let crossed: Awaited<ReturnType<typeof profileCrossed>>;

  beforeAll(async () => {
    crossed = await profileCrossed();
  });
  afterAll(() => crossed?.close());

  it('shows the stored profile, marked as received from the old district on its date, and carries no update', async () => {
    const { gruner, newId, reference } = crossed;
    const detail = await gruner.ok('exchanges.get', { id: newId });
    const received = detail.state.mottatt?.brukerprofil?.dato ?? detail.state.brukerprofil?.sendtDato;
    expect(received).toBeDefined();
    const { bytes, made } = await make(gruner, newId, 'brukerprofil_mottatt');
    keep('brukerprofil-mottatt.pdf', bytes);
    expect(made.fileName).toBe(`${reference}-brukerprofil-mottatt.pdf`);
    expect(made.document).toMatchObject({ kind: 'brukerprofil_mottatt', version: 1 });
    const { read, signed } = await readBack(bytes);
    expect(signed).toBeUndefined();
    expect(read.attachments).toEqual({});
    const text = flat(read.text);
    const [y, m, d] = received!.split('-');
    for (const expected of [
      'Anonym brukerprofil',
      reference,
      `Mottatt fra bydel Stovner ${d}.${m}.${y}`,
      'Kari Koordinator',
      profil.flyttegrunnerKommentar!,
      profil.annet!,
      'LAR (legemiddelassistert rehabilitering)',
      'det har ikke vedlegg og kan ikke importeres',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Endringer i oppdatering');
    expect(text).not.toContain('kan importere dokumentet');
    expect(checkPdfA(bytes).problems).toEqual([]);
  });

  it('takes no unsent change with it: the next document that crosses still carries them', async () => {
    const { gruner, newId, reference } = crossed;
    await make(gruner, newId, 'brukerprofil_mottatt');
    const svar = await gruner.dispatch('documents.make', { id: newId, kind: 'svar' });
    // No answer registered yet, so nothing else is there to take; the update count is unchanged.
    expect(svar).toMatchObject({ ok: false, error: { code: 'DOKUMENT_IKKE_TILGJENGELIG' } });
    await gruner.ok('exchanges.act', { id: newId, action: { type: 'svar.registrer', svar: { svar: 'ja', dato: '2026-03-15', kommentar: '' } } });
    const answer = await make(gruner, newId, 'svar');
    expect(answer.made.fileName).toBe(`${reference}-nr1-svar.pdf`);
    expect((await readBack(answer.bytes)).update!.changes.map((c) => c.action.type)).toEqual(['steg.hopp_over', 'svar.registrer']);
  });

  it('is the new district’s only: the old district is refused, and the copy cannot be imported', async () => {
    const { stovner, oldId, gruner, newId } = crossed;
    expect(await stovner.dispatch('documents.make', { id: oldId, kind: 'brukerprofil_mottatt' })).toMatchObject({
      ok: false,
      error: { code: 'DOKUMENT_IKKE_TILGJENGELIG' },
    });
    const { bytes } = await make(gruner, newId, 'brukerprofil_mottatt');
    expect(await stovner.dispatch('documents.previewImport', { base64: base64(bytes) })).toMatchObject({ ok: false });
  });
});
