import PDFDocument from 'pdfkit';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/main/documents/engine';
import { signMessage } from '../../src/main/identity/signing-key';
import { MAX_IMPORT_BYTES } from '../../src/shared/contract-documents';
import { canonicalJson, UNSIGNED_ATTACHMENT_NAME } from '../../src/shared/documents/payload';
import type { ErrorCode } from '../../src/shared/errors';
import { type SignedUpdate, UPDATE_ATTACHMENT_NAME } from '../../src/shared/sync/update';
import { bolig, kandidat } from '../support/fixtures';
import { pair } from '../support/pairing';
import { openTestApp, setUpAs, type TestApp } from '../support/test-app';
import { withAttachmentStreamMissing, withDamagedAttachment, withGarbledAttachmentStream } from './hostile';
import { auditSince, base64, caseCounts, lastAuditId, make, profileCrossed, readBack, routineUntil, twoDistricts } from './support';

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
  return { ...caseCounts(app), updates: app.count('sync_updates'), conflicts: app.count('sync_conflicts') };
}

/** Both channels refuse the file with `code`: no case changes, and each refusal is in the audit trail by its code. */
async function expectRefused(app: TestApp, bytes: Uint8Array, code: ErrorCode): Promise<string> {
  const before = counts(app);
  const lastAudit = lastAuditId(app);
  const preview = await app.dispatch('documents.previewImport', { base64: base64(bytes) });
  const result = await app.dispatch('documents.import', { base64: base64(bytes) });
  expect(preview).toMatchObject({ ok: false, error: { code } });
  expect(result).toMatchObject({ ok: false, error: { code } });
  expect(counts(app)).toEqual(before);
  expect(auditSince(app, lastAudit)).toEqual([
    { action: 'dokument.avvist', detail: code },
    { action: 'dokument.avvist', detail: code },
  ]);
  return (result as { error: { message: string } }).error.message;
}

/** A PDF carrying `json` as the attachment `name` (where a signed update goes, unless told). */
function pdfWith(json: string, name: string = UPDATE_ATTACHMENT_NAME): Promise<Buffer> {
  return renderPdf({ lang: 'nb-NO', title: 'Brukerprofil', meta: [], sections: [] }, { attachment: { name, json } });
}

/** Stovner's first update (the sent profile) for Grünerløkka, as the file and the signed update it carries. */
async function sentProfile() {
  const apps = track(await twoDistricts());
  const created = await apps.stovner.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
  for (const action of routineUntil('avklaringsmote.holdt')) await apps.stovner.ok('exchanges.act', { id: created.id, action });
  const { bytes, made } = await make(apps.stovner, created.id, 'brukerprofil');
  const { signed } = await readBack(bytes);
  return { apps, bytes, made, signed: signed!, reference: created.state.reference, oldId: created.id };
}

/** The update changed by `edit` and signed again with `key`: genuine as far as the signature goes. */
function resigned(signed: SignedUpdate, edit: (u: Record<string, unknown>) => void, key: TestApp['signingKey']): SignedUpdate {
  const update = structuredClone(signed.update) as Record<string, unknown>;
  edit(update);
  return { ...signed, update, signature: signMessage(key, Buffer.from(canonicalJson(update))).toString('base64') };
}

describe('import refusals: a clear sentence, and nothing written', () => {
  it('a PDF without our attachment, or with someone else’s JSON under its name', async () => {
    const app = track(openTestApp());
    await setUpAs(app, 'grunerlokka');
    const plain = await renderPdf({ lang: 'nb-NO', title: 'Et annet dokument', meta: [], sections: [] });
    expect(await expectRefused(app, plain, 'DOKUMENT_MANGLER_DATA')).toMatch(/ikke laget av Bytteordning/);
    await expectRefused(app, await pdfWith('{"hei":"på deg"}'), 'DOKUMENT_MANGLER_DATA');
  });

  it('a document of the kind made before updates were signed', async () => {
    const app = track(openTestApp());
    await setUpAs(app, 'grunerlokka');
    const old = JSON.stringify({ format: 'no.oslo.bytteordning/svar', version: 1, payload: {}, sha256: '0'.repeat(64) });
    expect(await expectRefused(app, await pdfWith(old, UNSIGNED_ATTACHMENT_NAME), 'DOKUMENT_USIGNERT')).toMatch(/ikke signert/);
  });

  it('a genuine profile with the age group changed and identifiers added: the signature no longer holds', async () => {
    const { apps, signed } = await sentProfile();
    const tampered = structuredClone(signed);
    const change = (tampered.update as { changes: { action: { profil?: { aldersgruppe: string; annet: string } } }[] }).changes.find((c) => c.action.profil)!;
    change.action.profil!.aldersgruppe = '18-25';
    change.action.profil!.annet = 'Fnr 01017012345, tlf 412 34 567.';
    expect(await expectRefused(apps.gruner, await pdfWith(JSON.stringify(tampered)), 'DOKUMENT_FEIL_SIGNATUR')).toMatch(/Signaturen stemmer ikke/);
  });

  it('an unknown format version, or a kind of document this app does not know', async () => {
    const { apps, signed } = await sentProfile();
    expect(await expectRefused(apps.gruner, await pdfWith(JSON.stringify({ ...signed, version: 3 })), 'DOKUMENT_UKJENT_VERSJON')).toMatch(/Oppdater appen/);
    await expectRefused(apps.gruner, await pdfWith(JSON.stringify({ ...signed, format: 'no.oslo.bytteordning/sluttrapport' })), 'DOKUMENT_UKJENT_VERSJON');
  });

  it('an update signed by the partner whose content breaks the format', async () => {
    const { apps, signed } = await sentProfile();
    const broken = resigned(signed, (u) => (u.seq = 0), apps.stovner.signingKey);
    await expectRefused(apps.gruner, await pdfWith(JSON.stringify(broken)), 'DOKUMENT_UGYLDIG');
  });

  it('a profile addressed to another district', async () => {
    const { apps, bytes } = await sentProfile();
    const alna = track(openTestApp());
    await alna.ok('setup.save', { district: 'alna', coordinatorName: 'Anne Alna', coordinatorContact: 'bolig@bydel-alna.oslo.kommune.no' });
    await alna.ok('pairs.save', { districtA: 'alna', districtB: 'stovner', active: true });
    expect(await expectRefused(alna, bytes, 'DOKUMENT_FEIL_MOTTAKER')).toMatch(/annen bydel enn din/);
    // The sender itself is not the recipient either.
    await expectRefused(apps.stovner, bytes, 'DOKUMENT_FEIL_MOTTAKER');
  });

  it('a profile from a district whose key this installation has not pinned', async () => {
    const { bytes } = await sentProfile();
    const unpaired = track(openTestApp());
    await setUpAs(unpaired, 'grunerlokka');
    expect(await expectRefused(unpaired, bytes, 'PARTNER_IKKE_PARET')).toMatch(/^Dere har ikke utvekslet partnernøkler med bydel Stovner ennå/);
  });

  it('an answer for an exchange this app does not know', async () => {
    const crossed = track(await profileCrossed());
    await crossed.gruner.ok('exchanges.act', { id: crossed.newId, action: { type: 'svar.registrer', svar: { svar: 'ja', dato: '2026-03-15', kommentar: '' } } });
    const { bytes } = await make(crossed.gruner, crossed.newId, 'svar');
    const stranger = track(openTestApp());
    await setUpAs(stranger, 'stovner');
    await pair(stranger, crossed.gruner);
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

  it('a genuine profile whose attachment was damaged on the way: damaged, send it again (not «ikke laget av Bytteordning»)', async () => {
    const { apps, bytes } = await sentProfile();
    const damaged: [string, Buffer][] = [
      ['cut short', withDamagedAttachment(bytes, (json) => json.subarray(0, json.length >> 1))],
      ['garbled bytes', withDamagedAttachment(bytes, (json) => Buffer.concat([json.subarray(0, 100), Buffer.from([0xff, 0xfe]), json.subarray(102, -60)]))],
      ['a compressed stream that no longer inflates', withGarbledAttachmentStream(bytes)],
      ['the attachment’s stream missing', withAttachmentStreamMissing(bytes)],
    ];
    for (const [what, file] of damaged) {
      const message = await expectRefused(apps.gruner, file, 'DOKUMENT_SKADET');
      expect(message, what).toMatch(/skadet.*Be partnerbydelen sende dokumentet på nytt\./);
      expect(message, what).not.toMatch(/ikke laget av Bytteordning/);
    }
    // The same file undamaged imports.
    expect(await apps.gruner.ok('documents.import', { base64: base64(bytes) })).toMatchObject({ outcome: 'opprettet' });
  });

  it('a file too big to be one of ours', async () => {
    const app = track(openTestApp());
    await setUpAs(app, 'grunerlokka');
    await expectRefused(app, Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x20), 'DOKUMENT_FOR_STOR');
  });

  it('a profile from a district that is not an active exchange partner', async () => {
    const { apps, bytes } = await sentProfile();
    await apps.gruner.ok('pairs.save', { districtA: 'stovner', districtB: 'grunerlokka', active: false });
    const message = await expectRefused(apps.gruner, bytes, 'IKKE_AKTIVT_PAR');
    expect(message).toBe('Bydel Stovner er ikke en aktiv byttepartner for dere. Ingenting er importert. Aktiver bytteparet under Innstillinger, og importer dokumentet på nytt.');
  });

  it('a document made in training mode, in the real database (and a real one in training mode)', async () => {
    const apps = track(await twoDistricts());
    await apps.stovner.ok('training.set', { active: true });
    const created = await apps.stovner.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    for (const action of routineUntil('avklaringsmote.holdt')) await apps.stovner.ok('exchanges.act', { id: created.id, action });
    const fictional = await make(apps.stovner, created.id, 'brukerprofil');
    expect(fictional.made.fileName).toMatch(/^OVING-BYTTE-/);
    const fictionalRead = (await readBack(fictional.bytes)).read;
    expect(fictionalRead.text).toContain('ØVINGSMODUS');
    // The PDF's Title too, which a reader's window and file lists show without opening a page.
    expect(fictionalRead.info.Title).toMatch(/^ØVINGSMODUS: Anonym brukerprofil/);
    expect(await expectRefused(apps.gruner, fictional.bytes, 'DOKUMENT_OVINGSMODUS')).toMatch(/øvingsmodus/);

    const real = await sentProfile();
    await real.apps.gruner.ok('training.set', { active: true });
    expect(await real.apps.gruner.dispatch('documents.previewImport', { base64: base64(real.bytes) })).toMatchObject({
      ok: false,
      error: { code: 'DOKUMENT_OVINGSMODUS', message: expect.stringContaining('Avslutt øvingsmodus') },
    });
  });
});

describe('import: the round trip between two districts', () => {
  it('a profile creates the incoming exchange; importing it again changes nothing and says so', async () => {
    const { apps, bytes, made, reference } = await sentProfile();
    const { gruner } = apps;
    expect(made.fileName).toBe(`${reference}-nr1-brukerprofil.pdf`);
    const file = base64(bytes);

    const preview = await gruner.ok('documents.previewImport', { base64: file });
    expect(preview).toMatchObject({
      reference,
      oldDistrict: 'stovner',
      newDistrict: 'grunerlokka',
      sender: { coordinatorName: 'Kari Koordinator' },
      seq: 1,
      outcome: 'opprettes',
      exchangeId: null,
      message: 'Et nytt innkommende bytte fra bydel Stovner opprettes med oppdatering 1.',
      changes: ['Brukerprofilen bydel Stovner sendte 05.03.2026, er mottatt. Registrert av Kari Koordinator, bydel Stovner, mottatt i oppdatering 1.'],
      conflicts: [],
      findings: [],
    });
    expect(preview.sections.map((s) => s.heading)).toContain('Boligbehov');
    expect(gruner.count('exchanges')).toBe(0);

    const result = await gruner.ok('documents.import', { base64: file });
    expect(result).toMatchObject({ outcome: 'opprettet', reference });
    const incoming = await gruner.ok('exchanges.get', { id: result.exchangeId });
    expect(incoming.state).toMatchObject({
      reference,
      direction: 'innkommende',
      oldDistrict: 'stovner',
      newDistrict: 'grunerlokka',
      kandidat: { malgruppe: ['rus', 'psykisk_helse'] },
      brukerprofil: { sendtDato: '2026-03-05', avvisteFunn: [], avsender: { coordinatorName: 'Kari Koordinator' } },
    });
    // What never leaves Stovner did not: the candidate's reasons and internal reference.
    expect(incoming.state.kandidat.grunner).toBe('Registrert av gammel bydel.');
    expect(incoming.state.kandidat.internReferanse).toBeUndefined();
    expect(incoming.statuses.brukerprofil).toBe('done');
    expect(incoming.currentStep).toBe('avklaringsmote');
    const history = await gruner.ok('exchanges.history', { id: result.exchangeId });
    expect(history.map((e) => [e.action, e.actor])).toEqual([
      ['brukerprofil.sendt', 'Kari Koordinator, bydel Stovner'],
      ['opprettet', 'Per Koordinator, bydel Grünerløkka'],
    ]);

    const before = counts(gruner);
    expect(await gruner.dispatch('documents.import', { base64: file })).toMatchObject({
      ok: false,
      error: { code: 'OPPDATERING_FINNES', message: 'Oppdatering 1 fra bydel Stovner er allerede importert. Ingenting er endret.' },
    });
    expect(counts(gruner)).toEqual(before);
  });

  it('a profile fills an incoming exchange registered by hand from a message', async () => {
    const { apps, bytes, reference } = await sentProfile();
    const manual = await apps.gruner.ok('exchanges.registerIncoming', { partnerDistrict: 'stovner', reference, malgruppe: ['rus'] });
    const file = base64(bytes);
    expect(await apps.gruner.ok('documents.previewImport', { base64: file })).toMatchObject({ outcome: 'oppdateres', exchangeId: manual.id });
    expect(await apps.gruner.ok('documents.import', { base64: file })).toMatchObject({ outcome: 'oppdatert', exchangeId: manual.id });
    const after = await apps.gruner.ok('exchanges.get', { id: manual.id });
    expect(after.state.kandidat.malgruppe).toEqual(['rus', 'psykisk_helse']);
    expect(after.statuses.brukerprofil).toBe('done');
    expect(apps.gruner.count('exchanges')).toBe(1);
  });

  it('an answer carries the new district’s skipped meeting and its yes, one history event each, naming the partner', async () => {
    const crossed = track(await profileCrossed());
    const { gruner, stovner, newId, oldId, reference } = crossed;
    await gruner.ok('exchanges.act', { id: newId, action: { type: 'svar.registrer', svar: { svar: 'ja', dato: '2026-03-15', kommentar: 'Velkommen.' } } });
    const svar = await make(gruner, newId, 'svar');
    expect(svar.made.fileName).toBe(`${reference}-nr1-svar.pdf`);
    const file = base64(svar.bytes);
    const eventsBefore = stovner.count('events');

    const preview = await stovner.ok('documents.previewImport', { base64: file });
    expect(preview).toMatchObject({
      seq: 1,
      outcome: 'oppdateres',
      exchangeId: oldId,
      message: `Oppdatering 1 fra bydel Grünerløkka registreres i byttet ${reference}.`,
      sections: [{ heading: 'Svar fra ny bydel', rows: [['Svar', 'Ja, bydelen sier ja til byttet'], ['Dato for svaret', '15.03.2026'], ['Kommentar', 'Velkommen.']] }],
      conflicts: [],
    });
    expect(preview.changes).toHaveLength(2);
    expect(preview.changes[0]).toMatch(/^Avklaringsmøte hoppet over.*Registrert av Per Koordinator, bydel Grünerløkka, mottatt i oppdatering 1\.$/);
    expect(preview.changes[1]).toMatch(/^Ny bydel svarte ja 15\.03\.2026\..*Registrert av Per Koordinator, bydel Grünerløkka/);
    expect(await stovner.ok('documents.import', { base64: file })).toMatchObject({ outcome: 'oppdatert', exchangeId: oldId });

    const after = await stovner.ok('exchanges.get', { id: oldId });
    expect(after.state.svar).toEqual({ svar: 'ja', dato: '2026-03-15', kommentar: 'Velkommen.' });
    expect(after.state.avklaringsmote?.hoppetOver?.grunn).toBe('Profilen var tydelig nok.');
    expect(after.state.registrertAv?.avklaringsmote).toBe('ny');
    expect(after.statuses).toMatchObject({ avklaringsmote: 'skipped', svar: 'done', tildeling: 'current' });
    expect(after.nextAction.code).toBe('soknad_kommunal_bolig');
    expect(stovner.count('events')).toBe(eventsBefore + 2);
    const history = await stovner.ok('exchanges.history', { id: oldId });
    expect(history.slice(0, 2).map((e) => [e.action, e.actor])).toEqual([
      ['svar.registrer', 'Per Koordinator, bydel Grünerløkka'],
      ['steg.hopp_over', 'Per Koordinator, bydel Grünerløkka'],
    ]);
  });

  it('a delegation registers the dwelling at the old district; the same file again is refused, so a declined dwelling stays declined', async () => {
    const crossed = track(await profileCrossed());
    const { gruner, stovner, newId, oldId } = crossed;
    await gruner.ok('exchanges.act', { id: newId, action: { type: 'svar.registrer', svar: { svar: 'ja', dato: '2026-03-15', kommentar: '' } } });
    await stovner.ok('documents.import', { base64: base64((await make(gruner, newId, 'svar')).bytes) });
    // The application and the decision are the old district's: the new district cannot enter them.
    expect(await gruner.dispatch('exchanges.act', { id: newId, action: { type: 'tildeling.soknad', dato: '2026-03-22' } })).toMatchObject({ ok: false, error: { code: 'EIES_AV_PARTNER' } });
    await stovner.ok('exchanges.act', { id: oldId, action: { type: 'tildeling.soknad', dato: '2026-03-22' } });
    await stovner.ok('exchanges.act', { id: oldId, action: { type: 'tildeling.vedtak', vedtak: { dato: '2026-04-01', referanse: '2026/1234', resultat: 'innvilget' } } });
    await gruner.ok('documents.import', { base64: base64((await make(stovner, oldId, 'oppdatering')).bytes) });
    await gruner.ok('exchanges.act', { id: newId, action: { type: 'tildeling.bolig', bolig: bolig('BB-100200') } });
    const file = base64((await make(gruner, newId, 'delegering')).bytes);

    const preview = await stovner.ok('documents.previewImport', { base64: file });
    expect(preview).toMatchObject({ seq: 2, outcome: 'oppdateres', sections: [{ heading: 'Boligen og delegeringen' }] });
    expect(preview.changes).toEqual([expect.stringMatching(/^Bolig BB-100200 \(Ordinær bolig, 2 rom\) funnet; tildelingsmyndighet delegert 11\.04\.2026\./)]);
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
    expect(await stovner.dispatch('documents.import', { base64: file })).toMatchObject({ ok: false, error: { code: 'OPPDATERING_FINNES' } });
    expect(counts(stovner)).toEqual(before);
    expect((await stovner.ok('exchanges.get', { id: oldId })).state.tildeling?.bolig).toBeUndefined();
  });
});
