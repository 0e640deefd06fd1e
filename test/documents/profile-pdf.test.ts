import { createPublicKey } from 'node:crypto';
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPdfA } from '../../src/main/documents/engine/pdfa-check';
import type { ReadPdfResult } from '../../src/main/documents/read-pdf';
import { verifyMessage } from '../../src/main/identity/signing-key';
import { canonicalJson } from '../../src/shared/documents/payload';
import type { SignedUpdate, Update } from '../../src/shared/sync/update';
import { profil } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { flat, fontsOf, keep, make, outgoing, readBack, renderPage1, routineUntil } from './support';

const SENDER = { coordinatorName: 'Kari Koordinator', coordinatorContact: 'bolig@bydel-stovner.oslo.kommune.no' };

describe('Brukerprofil (PDF)', () => {
  let app: TestApp;
  let id: number;
  let reference: string;
  let bytes: Buffer;
  let read: ReadPdfResult;
  let signed: SignedUpdate;
  let update: Update;
  let file: string;

  beforeAll(async () => {
    ({ app, id, reference } = await outgoing(routineUntil('avklaringsmote.holdt')));
    const made = await make(app, id, 'brukerprofil');
    bytes = made.bytes;
    expect(made.made.fileName).toBe(`${reference}-nr1-brukerprofil.pdf`);
    expect(made.made.mimeType).toBe('application/pdf');
    file = keep('profil.pdf', bytes);
    const back = await readBack(bytes);
    read = back.read;
    signed = back.signed!;
    update = back.update!;
  });
  afterAll(() => app?.close());

  // Written out by hand from the fixture and the setup, never from profileContent (the builder the
  // PDF and both previews share): a wrong label or value there fails here.
  it('shows the heading facts and every section, in order, in the routine’s words, with æøå intact', () => {
    const text = flat(read.text);
    const sections = [
      `Anonym brukerprofil – bytte av bolig mellom bydeler Sammen om bolig · til vurdering hos bydel Grünerløkka Referanse ${reference}`,
      'Fra bydel Stovner Til bydel Grünerløkka Dato 05.03.2026 Kontaktperson i gammel bydel Kari Koordinator, bolig@bydel-stovner.oslo.kommune.no',
      'Profilen er anonym. Den inneholder ingen personidentifiserende opplysninger: ingen navn, fødselsnummer, adresse eller kontaktopplysninger om personen.',
      'Person og husstand Målgruppe Rus, Psykisk helse Aldersgruppe 36–45 år Kjønn Mann Husstand Bor alene Husdyr Nei Tilleggsutfordringer Økonomi og gjeld',
      'Bosituasjon og ønske om flytting Nåværende bosituasjon Kommunal bolig Kommentar til bosituasjonen Bor i dag i kommunal leilighet med mye uro i oppgangen.',
      'Grunner til å flytte Bort fra rusmiljø, Nærhet til nettverk Utdyping av grunnene Ønsker en ny start nær søsken på Grünerløkka.',
      'Boligbehov Type bolig Ordinær bolig Størrelse 1 rom Trinnfri tilgang Nei Heis Nei Ønsker om område Nær T-bane og dagsenter. Bør unngå Bør ikke bo nær kjente rusmiljøer.',
      'Tjenester og behov for oppfølging Rus- og psykisk helsetjeneste Har i dag, behov i ny bydel (middels intensitet)',
      'LAR (legemiddelassistert rehabilitering) Har i dag, behov i ny bydel (lav intensitet) Henter medisiner på apoteket to ganger i uken.',
      'Økonomi Inntektstype Uføretrygd Behov for bostøtte Ja Behov for fast trekk av husleie Ja',
      'Ressurser og annet Ressurser og hva som fungerer godt Møter stabilt til avtaler og har god kontakt med familien. Annen informasjon Røyker ikke innendørs.',
    ];
    let from = 0;
    for (const expected of sections) {
      const at = text.indexOf(expected, from);
      expect(at, expected).toBeGreaterThanOrEqual(from);
      from = at + expected.length;
    }
  });

  it('numbers every page', () => {
    read.pages.forEach((page, i) => expect(page).toContain(`Side ${i + 1} av ${read.pageCount}`));
  });

  it('ends with «Om dokumentet» on a page that also holds the end of the profile, with a plain Title', () => {
    const title = 'Anonym brukerprofil – bytte av bolig mellom bydeler';
    const last = flat(read.pages.at(-1) ?? '');
    expect(last).toContain('Om dokumentet');
    // Above the closing section on its page: more than the running header (title and district).
    const before = (last.split('Om dokumentet')[0] ?? '').replace(title, '').replace('Bydel Stovner', '').trim();
    expect(before).not.toBe('');
    expect(read.info.Title).toBe(title);
  });

  it('never carries the candidate step’s reasons or the internal reference', () => {
    const everything = `${read.text}\n${JSON.stringify(signed)}`;
    expect(everything).not.toContain('Ønsker å komme bort fra miljøet');
    expect(everything).not.toContain('INTERN-4711');
    expect(everything).not.toContain('avvisteFunn');
  });

  it('carries the first signed update: the sent profile, signed by this installation', () => {
    expect(signed).toMatchObject({ format: 'no.oslo.bytteordning/oppdatering', version: 2 });
    const publicKey = createPublicKey(app.signingKey.privateKey);
    expect(verifyMessage(publicKey, Buffer.from(canonicalJson(signed.update)), Buffer.from(signed.signature, 'base64'))).toBe(true);
    expect(update).toMatchObject({ reference, oldDistrict: 'stovner', newDistrict: 'grunerlokka', from: 'gammel', seq: 1, prevHash: null, sender: SENDER });
    // The draft (brukerprofil.lagre) never crosses; the sending carries the profile as sent.
    expect(update.changes.map((c) => c.action)).toEqual([{ type: 'brukerprofil.delt', profil, malgruppe: ['rus', 'psykisk_helse'], dato: '2026-03-05' }]);
    expect(update.changes[0]!.actor).toBe('Kari Koordinator, bydel Stovner');
  });

  it('is PDF/A-3b with every font embedded', () => {
    const check = checkPdfA(bytes);
    expect(check.problems).toEqual([]);
    expect(check.ok).toBe(true);
    const fonts = fontsOf(bytes);
    expect(fonts.embedded).toBe(true);
    expect(fonts.names.every((n) => /OsloSans/.test(n))).toBe(true);
    expect(check.structure.embeddedFiles).toEqual([expect.objectContaining({ name: 'bytteordning-oppdatering.json', relationship: 'Data', associated: true })]);
  });

  it('renders page 1 to a PNG', () => {
    const png = renderPage1(file, file.replace(/\.pdf$/, '-side1'));
    expect(statSync(png).size).toBeGreaterThan(20_000);
  });

  it('is recorded with a version per exchange and kind, listed newest first; made again, it carries the same update', async () => {
    const again = await make(app, id, 'brukerprofil');
    expect((await readBack(again.bytes)).update).toEqual(update);
    expect(again.made.document).toMatchObject({ kind: 'brukerprofil', version: 2 });
    const list = await app.ok('documents.list', { id });
    expect(list.map((d) => [d.kind, d.version])).toEqual([
      ['brukerprofil', 2],
      ['brukerprofil', 1],
    ]);
    expect(list[0]).toMatchObject({ fileName: `${reference}-nr1-brukerprofil.pdf`, createdBy: 'Kari Koordinator, bydel Stovner' });
  });

  it('stays well under the transport limit', () => {
    expect(bytes.length).toBeLessThan(200_000);
  });
});

describe('Brukerprofil (PDF) is refused until the profile may be sent', () => {
  let app: TestApp;
  afterAll(() => app?.close());

  it('refuses an incomplete profile with PROFIL_UFULLSTENDIG and records nothing', async () => {
    let id: number;
    ({ app, id } = await outgoing([{ type: 'brukerprofil.lagre', profil: { aldersgruppe: '26-35' }, avvisteFunn: [] }]));
    expect(await app.dispatch('documents.make', { id, kind: 'brukerprofil' })).toMatchObject({ ok: false, error: { code: 'PROFIL_UFULLSTENDIG' } });
    expect(app.count('documents')).toBe(0);
    app.close();
  });

  it('refuses a complete profile that is not marked as sent yet, and records nothing', async () => {
    let id: number;
    ({ app, id } = await outgoing([{ type: 'brukerprofil.lagre', profil, avvisteFunn: [] }]));
    expect(await app.dispatch('documents.make', { id, kind: 'brukerprofil' })).toMatchObject({ ok: false, error: { code: 'DOKUMENT_IKKE_TILGJENGELIG', message: expect.stringContaining('Marker som sendt') } });
    expect(app.count('documents')).toBe(0);
    app.close();
  });

  it('refuses a profile with an open identifier finding with PROFIL_HAR_FUNN, and allows it once dismissed and sent', async () => {
    let id: number;
    const withPhone = { ...profil, annet: 'Kan ringes på 412 34 567.' };
    ({ app, id } = await outgoing([{ type: 'brukerprofil.lagre', profil: withPhone, avvisteFunn: [] }]));
    expect(await app.dispatch('documents.make', { id, kind: 'brukerprofil' })).toMatchObject({ ok: false, error: { code: 'PROFIL_HAR_FUNN' } });
    expect(app.count('documents')).toBe(0);
    await app.ok('exchanges.act', {
      id,
      action: { type: 'brukerprofil.lagre', profil: withPhone, avvisteFunn: [{ felt: 'annet', tekst: '412 34 567', grunn: 'Sentralbordet til bydelen.' }] },
    });
    await app.ok('exchanges.act', { id, action: { type: 'brukerprofil.sendt', dato: '2026-03-05' } });
    expect((await make(app, id, 'brukerprofil')).made.document.version).toBe(1);
  });
});
