import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/main/documents/engine';
import type { ErrorCode } from '../../src/shared/errors';
import { canonicalJson, type Envelope } from '../../src/shared/documents/payload';
import { MAX_IMPORT_BYTES } from '../../src/shared/contract-documents';
import { bolig, kandidat } from '../support/fixtures';
import { openTestApp, setUpAs, type TestApp } from '../support/test-app';
import { base64, make, profileCrossed, readBack, routineUntil, twoDistricts } from './support';

const open: { close(): void }[] = [];
afterEach(() => {
  for (const o of open.splice(0)) o.close();
});

function track<T extends { close(): void }>(o: T): T {
  open.push(o);
  return o;
}

/** "Nothing written": the rows of every table a document import could touch. */
function counts(app: TestApp) {
  return { exchanges: app.count('exchanges'), events: app.count('events'), documents: app.count('documents'), audit: app.count('audit_log') };
}

/** Both channels refuse the file with `code`, and nothing is written. */
async function expectRefused(app: TestApp, bytes: Uint8Array, code: ErrorCode): Promise<string> {
  const before = counts(app);
  const preview = await app.dispatch('documents.previewImport', { base64: base64(bytes) });
  const result = await app.dispatch('documents.import', { base64: base64(bytes) });
  expect(preview).toMatchObject({ ok: false, error: { code } });
  expect(result).toMatchObject({ ok: false, error: { code } });
  expect(counts(app)).toEqual(before);
  return (result as { error: { message: string } }).error.message;
}

/** A PDF carrying `json` where our payload goes. */
function pdfWith(json: string): Promise<Buffer> {
  return renderPdf({ lang: 'nb-NO', title: 'Brukerprofil', meta: [], sections: [] }, { attachment: { name: 'bytteordning.json', json } });
}

async function profileEnvelope(): Promise<{ envelope: Envelope; apps: Awaited<ReturnType<typeof twoDistricts>> }> {
  const apps = track(await twoDistricts());
  const created = await apps.stovner.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat: kandidat });
  for (const action of routineUntil('avklaringsmote.holdt')) await apps.stovner.ok('exchanges.act', { id: created.id, action });
  const { bytes } = await make(apps.stovner, created.id, 'brukerprofil');
  return { envelope: (await readBack(bytes)).envelope!, apps };
}

describe('import refusals: a clear sentence, and nothing written', () => {
  it('a PDF without our attachment', async () => {
    const app = track(openTestApp());
    await setUpAs(app, 'grunerlokka');
    const plain = await renderPdf({ lang: 'nb-NO', title: 'Et annet dokument', meta: [], sections: [] });
    const message = await expectRefused(app, plain, 'DOKUMENT_MANGLER_DATA');
    expect(message).toMatch(/ikke laget av Bytteordning/);
    // Someone else's JSON under our attachment's name is not ours either.
    await expectRefused(app, await pdfWith('{"hei":"på deg"}'), 'DOKUMENT_MANGLER_DATA');
  });

  it('a payload whose checksum does not match (changed after it was made)', async () => {
    const { envelope, apps } = await profileEnvelope();
    const payload = envelope.payload as { profil: { aldersgruppe: string } };
    const tampered = { ...envelope, payload: { ...payload, profil: { ...payload.profil, aldersgruppe: '18-25' } } };
    const message = await expectRefused(apps.gruner, await pdfWith(JSON.stringify(tampered)), 'DOKUMENT_ENDRET');
    expect(message).toMatch(/kontrollsummen/);
  });

  it('an unknown format version, or a kind of document this app does not know', async () => {
    const { envelope, apps } = await profileEnvelope();
    expect(await expectRefused(apps.gruner, await pdfWith(JSON.stringify({ ...envelope, version: 2 })), 'DOKUMENT_UKJENT_VERSJON')).toMatch(/Oppdater appen/);
    await expectRefused(apps.gruner, await pdfWith(JSON.stringify({ ...envelope, format: 'no.oslo.bytteordning/sluttrapport' })), 'DOKUMENT_UKJENT_VERSJON');
  });

  it('a payload with a valid checksum but content that breaks the format', async () => {
    const { envelope, apps } = await profileEnvelope();
    const payload = { ...(envelope.payload as object), oldDistrict: 'atlantis' };
    const sha256 = createHash('sha256').update(canonicalJson(payload)).digest('hex');
    await expectRefused(apps.gruner, await pdfWith(JSON.stringify({ ...envelope, payload, sha256 })), 'DOKUMENT_UGYLDIG');
  });

  it('a profile addressed to another district', async () => {
    const { envelope, apps } = await profileEnvelope();
    const alna = track(openTestApp());
    await alna.ok('setup.save', { district: 'alna', coordinatorName: 'Anne Alna', coordinatorContact: 'bolig@bydel-alna.oslo.kommune.no' });
    await alna.ok('pairs.save', { districtA: 'alna', districtB: 'stovner', active: true });
    const file = await pdfWith(JSON.stringify(envelope));
    expect(await expectRefused(alna, file, 'DOKUMENT_FEIL_MOTTAKER')).toMatch(/annen bydel enn din/);
    // The sender itself is not the recipient either.
    await expectRefused(apps.stovner, file, 'DOKUMENT_FEIL_MOTTAKER');
  });

  it('an answer for an exchange this app does not know', async () => {
    const crossed = track(await profileCrossed());
    await crossed.gruner.ok('exchanges.act', { id: crossed.newId, action: { type: 'svar.registrer', svar: { svar: 'ja', dato: '2026-03-15', kommentar: '' } } });
    const { bytes } = await make(crossed.gruner, crossed.newId, 'svar');
    const stranger = track(openTestApp());
    await setUpAs(stranger, 'stovner');
    expect(await expectRefused(stranger, bytes, 'DOKUMENT_UKJENT_BYTTE')).toMatch(/kjenner ikke byttet/);
  });

  it('a file that is not a PDF, is damaged, or is password protected', async () => {
    const app = track(openTestApp());
    await setUpAs(app, 'grunerlokka');
    expect(await expectRefused(app, Buffer.from('Dette er en tekstfil, ikke en PDF.'), 'DOKUMENT_IKKE_PDF')).toMatch(/ikke en PDF/);
    const good = await renderPdf({ lang: 'nb-NO', title: 'Hei', meta: [], sections: [] });
    expect(await expectRefused(app, good.subarray(0, Math.floor(good.length / 2)), 'DOKUMENT_SKADET')).toMatch(/skadet/);
    const locked = await new Promise<Buffer>((resolve) => {
      const doc = new PDFDocument({ userPassword: 'hemmelig', pdfVersion: '1.7' });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.text('Låst');
      doc.end();
    });
    expect(await expectRefused(app, locked, 'DOKUMENT_KRYPTERT')).toMatch(/passordbeskyttet/);
  });

  it('a file too big to be one of ours', async () => {
    const app = track(openTestApp());
    await setUpAs(app, 'grunerlokka');
    await expectRefused(app, Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x20), 'DOKUMENT_FOR_STOR');
  });

  it('a profile from a district that is not an active exchange partner', async () => {
    const { envelope, apps } = await profileEnvelope();
    await apps.gruner.ok('pairs.save', { districtA: 'stovner', districtB: 'grunerlokka', active: false });
    const message = await expectRefused(apps.gruner, await pdfWith(JSON.stringify(envelope)), 'IKKE_AKTIVT_PAR');
    expect(message).toBe('Bydel Stovner er ikke en aktiv byttepartner for dere. Ingenting er importert. Aktiver bytteparet under Innstillinger, og importer brukerprofilen på nytt.');
  });

  it('a document made in training mode, in the real database (and a real one in training mode)', async () => {
    const apps = track(await twoDistricts());
    await apps.stovner.ok('training.set', { active: true });
    const created = await apps.stovner.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat: kandidat });
    for (const action of routineUntil('avklaringsmote.holdt')) await apps.stovner.ok('exchanges.act', { id: created.id, action });
    const fictional = await make(apps.stovner, created.id, 'brukerprofil');
    expect(fictional.made.fileName).toMatch(/^OVING-BYTTE-/);
    expect((await readBack(fictional.bytes)).read.text).toContain('ØVINGSMODUS');
    expect(await expectRefused(apps.gruner, fictional.bytes, 'DOKUMENT_OVINGSMODUS')).toMatch(/øvingsmodus/);

    const real = await profileEnvelope();
    await real.apps.gruner.ok('training.set', { active: true });
    expect(await real.apps.gruner.dispatch('documents.previewImport', { base64: base64(await pdfWith(JSON.stringify(real.envelope))) })).toMatchObject({
      ok: false,
      error: { code: 'DOKUMENT_OVINGSMODUS', message: expect.stringContaining('Avslutt øvingsmodus') },
    });
  });

  it('a delegation the routine does not allow yet (no decision in the old district)', async () => {
    const crossed = track(await profileCrossed());
    const { gruner, stovner, newId, oldId } = crossed;
    await gruner.ok('exchanges.act', { id: newId, action: { type: 'svar.registrer', svar: { svar: 'ja', dato: '2026-03-15', kommentar: '' } } });
    await gruner.ok('exchanges.act', { id: newId, action: { type: 'tildeling.soknad', dato: '2026-03-22' } });
    await gruner.ok('exchanges.act', { id: newId, action: { type: 'tildeling.vedtak', vedtak: { dato: '2026-04-01', referanse: '2026/1234', resultat: 'innvilget' } } });
    await gruner.ok('exchanges.act', { id: newId, action: { type: 'tildeling.bolig', bolig: bolig('BB-100200') } });
    await stovner.ok('documents.import', { base64: base64((await make(gruner, newId, 'svar')).bytes) });
    expect((await stovner.ok('exchanges.get', { id: oldId })).statuses.svar).toBe('done');
    const message = await expectRefused(stovner, (await make(gruner, newId, 'delegering')).bytes, 'STEG_IKKE_KLART');
    expect(message).toMatch(/vedtak om kommunal bolig/);
  });
});

describe('import: the round trip between two districts', () => {
  it('a profile creates the incoming exchange; a second import changes nothing and says so', async () => {
    const apps = track(await twoDistricts());
    const { stovner, gruner } = apps;
    const created = await stovner.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat: kandidat });
    for (const action of routineUntil('avklaringsmote.holdt')) await stovner.ok('exchanges.act', { id: created.id, action });
    const file = base64((await make(stovner, created.id, 'brukerprofil')).bytes);

    const preview = await gruner.ok('documents.previewImport', { base64: file });
    expect(preview).toMatchObject({
      kind: 'brukerprofil',
      reference: created.state.reference,
      oldDistrict: 'stovner',
      newDistrict: 'grunerlokka',
      sender: { coordinatorName: 'Kari Koordinator' },
      outcome: 'opprettes',
      exchangeId: null,
      message: 'Et nytt innkommende bytte fra bydel Stovner opprettes med brukerprofilen.',
      changes: ['Innkommende bytte opprettet: brukerprofilen bydel Stovner sendte 05.03.2026, er importert.'],
    });
    expect(preview.sections.map((s) => s.heading)).toContain('Boligbehov');
    expect(gruner.count('exchanges')).toBe(0);

    const result = await gruner.ok('documents.import', { base64: file });
    expect(result).toMatchObject({ outcome: 'opprettet', reference: created.state.reference });
    const incoming = await gruner.ok('exchanges.get', { id: result.exchangeId });
    expect(incoming.state).toMatchObject({
      reference: created.state.reference,
      direction: 'innkommende',
      oldDistrict: 'stovner',
      newDistrict: 'grunerlokka',
      kandidat: { malgruppe: ['rus', 'psykisk_helse'] },
      brukerprofil: { sendtDato: '2026-03-05', avvisteFunn: [], avsender: { coordinatorName: 'Kari Koordinator' } },
    });
    expect(incoming.state.kandidat.grunner).toBe('Registrert av gammel bydel.');
    expect(incoming.statuses.brukerprofil).toBe('done');
    expect(incoming.currentStep).toBe('avklaringsmote');
    expect(await gruner.ok('exchanges.history', { id: result.exchangeId })).toEqual([
      expect.objectContaining({ action: 'opprettet', step: 'brukerprofil', actor: 'Per Koordinator, bydel Grünerløkka' }),
    ]);

    const before = counts(gruner);
    expect(await gruner.ok('documents.previewImport', { base64: file })).toMatchObject({ outcome: 'uendret', exchangeId: result.exchangeId, changes: [] });
    expect(await gruner.ok('documents.import', { base64: file })).toMatchObject({ outcome: 'uendret', message: 'Dokumentet er allerede importert. Ingenting er endret.' });
    expect(counts(gruner)).toEqual(before);
  });

  it('a profile fills an incoming exchange registered by hand from a message', async () => {
    const { envelope, apps } = await profileEnvelope();
    const payload = envelope.payload as { reference: string };
    const manual = await apps.gruner.ok('exchanges.registerIncoming', { partnerDistrict: 'stovner', reference: payload.reference, malgruppe: ['rus'] });
    const file = base64(await pdfWith(JSON.stringify(envelope)));
    expect(await apps.gruner.ok('documents.previewImport', { base64: file })).toMatchObject({ outcome: 'oppdateres', exchangeId: manual.id });
    expect(await apps.gruner.ok('documents.import', { base64: file })).toMatchObject({ outcome: 'oppdatert', exchangeId: manual.id });
    const after = await apps.gruner.ok('exchanges.get', { id: manual.id });
    expect(after.state.kandidat.malgruppe).toEqual(['rus', 'psykisk_helse']);
    expect(after.statuses.brukerprofil).toBe('done');
    expect(apps.gruner.count('exchanges')).toBe(1);
  });

  it('an answer moves the old district past svar, skipping an unregistered clarification meeting, each change in the history', async () => {
    const crossed = track(await profileCrossed());
    const { gruner, stovner, newId, oldId, reference } = crossed;
    await gruner.ok('exchanges.act', { id: newId, action: { type: 'svar.registrer', svar: { svar: 'ja', dato: '2026-03-15', kommentar: 'Velkommen.' } } });
    const file = base64((await make(gruner, newId, 'svar')).bytes);
    const eventsBefore = stovner.count('events');

    const preview = await stovner.ok('documents.previewImport', { base64: file });
    expect(preview).toMatchObject({
      kind: 'svar',
      outcome: 'oppdateres',
      exchangeId: oldId,
      message: `Svaret registreres i byttet ${reference}.`,
      sections: [{ heading: 'Svar fra ny bydel', rows: [['Svar', 'Ja, bydelen sier ja til byttet'], ['Dato for svaret', '15.03.2026'], ['Kommentar', 'Velkommen.']] }],
      changes: [
        'Avklaringsmøte hoppet over 15.03.2026. Begrunnelse er registrert. Importert fra dokument fra bydel Grünerløkka.',
        'Ny bydel svarte ja 15.03.2026. Importert fra dokument fra bydel Grünerløkka.',
      ],
    });
    expect(await stovner.ok('documents.import', { base64: file })).toMatchObject({ outcome: 'oppdatert', exchangeId: oldId });
    const after = await stovner.ok('exchanges.get', { id: oldId });
    expect(after.state.svar).toEqual({ svar: 'ja', dato: '2026-03-15', kommentar: 'Velkommen.' });
    expect(after.state.avklaringsmote?.hoppetOver?.grunn).toBe('Ikke registrert hos oss før svaret fra ny bydel ble importert.');
    expect(after.statuses).toMatchObject({ avklaringsmote: 'skipped', svar: 'done', tildeling: 'current' });
    expect(after.nextAction.code).toBe('soknad_kommunal_bolig');
    expect(stovner.count('events')).toBe(eventsBefore + 2);
    const history = await stovner.ok('exchanges.history', { id: oldId });
    expect(history.slice(0, 2).map((e) => e.action)).toEqual(['svar.registrer', 'steg.hopp_over']);

    const before = counts(stovner);
    expect(await stovner.ok('documents.import', { base64: file })).toMatchObject({ outcome: 'uendret' });
    expect(counts(stovner)).toEqual(before);
  });

  it('a delegation registers the dwelling in the old district; importing it again, even after the dwelling was declined, changes nothing', async () => {
    const crossed = track(await profileCrossed());
    const { gruner, stovner, newId, oldId } = crossed;
    const svar = { type: 'svar.registrer', svar: { svar: 'ja', dato: '2026-03-15', kommentar: '' } } as const;
    await gruner.ok('exchanges.act', { id: newId, action: svar });
    await stovner.ok('documents.import', { base64: base64((await make(gruner, newId, 'svar')).bytes) });
    for (const app of [gruner, stovner]) {
      const id = app === gruner ? newId : oldId;
      await app.ok('exchanges.act', { id, action: { type: 'tildeling.soknad', dato: '2026-03-22' } });
      await app.ok('exchanges.act', { id, action: { type: 'tildeling.vedtak', vedtak: { dato: '2026-04-01', referanse: '2026/1234', resultat: 'innvilget' } } });
    }
    await gruner.ok('exchanges.act', { id: newId, action: { type: 'tildeling.bolig', bolig: bolig('BB-100200') } });
    const file = base64((await make(gruner, newId, 'delegering')).bytes);

    expect(await stovner.ok('documents.previewImport', { base64: file })).toMatchObject({
      kind: 'delegering',
      outcome: 'oppdateres',
      changes: ['Bolig BB-100200 (Ordinær bolig, 2 rom) funnet; tildelingsmyndighet delegert 11.04.2026. Importert fra dokument fra bydel Grünerløkka.'],
    });
    await stovner.ok('documents.import', { base64: file });
    const after = await stovner.ok('exchanges.get', { id: oldId });
    expect(after.state.tildeling?.bolig).toEqual(bolig('BB-100200'));
    expect(after.nextAction.code).toBe('tildel_bolig');

    // The person declines the dwelling at the viewing: the same delegation must not bring it back.
    for (const action of [
      { type: 'tildeling.tildelt', dato: '2026-04-12' },
      { type: 'visning.planlegg', plan: { tidspunkt: '2026-04-15T12:00', sted: 'Ved inngangen', gammelBydelDeltar: true, nyBydelDeltar: true, kontaktperson: '' } },
      { type: 'visning.utfall', utfall: 'avslatt', grunnKode: 'standard', grunn: 'For mørk.', dato: '2026-04-15' },
    ] as const) {
      await stovner.ok('exchanges.act', { id: oldId, action });
    }
    const before = counts(stovner);
    expect(await stovner.ok('documents.import', { base64: file })).toMatchObject({ outcome: 'uendret' });
    expect(counts(stovner)).toEqual(before);
    expect((await stovner.ok('exchanges.get', { id: oldId })).state.tildeling?.bolig).toBeUndefined();
  });
});
