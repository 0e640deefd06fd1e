/**
 * The sections an agenda shares with any status document: where the exchange stands, the old
 * district's checklist, who takes over what, and what is still open. Each reads the state
 * only; the words come from the shared labels.
 */
import type { ExchangeDetail } from '../../shared/contract';
import { bydelName, districtName } from '../../shared/districts';
import { ANSVAR_GAMMEL_PUNKTER, type AnsvarGammelPunkt, type ExchangeState, type Mote, type Sjekkpunkt } from '../../shared/exchange/model';
import {
  ansvarGammelOpenItems,
  ourDistrict,
  partnerDistrict,
  type Side,
  STEP_DEFINITIONS,
  STEPS,
  type StepId,
  visningAccepted,
} from '../../shared/exchange/workflow';
import { formatDate, formatWallClock } from '../../shared/i18n/format';
import {
  ANSVAR_GAMMEL_LABELS,
  ANSVAR_GAMMEL_SHORT_LABELS,
  INTENSITET_LABELS,
  NEXT_ACTION_LABELS,
  STEP_LABELS,
  STEP_STATUS_LABELS,
  TJENESTE_LABELS,
  UTFALL_LABELS,
} from '../../shared/i18n/labels';
import { DELTAKER_LABELS, MOTE_LABELS, PERSONEN_SELV } from '../../shared/i18n/fact-labels';
import {
  ACTOR_NAMES,
  AGENDA_TEXT,
  CHECKLIST_TEXT,
  DOCUMENT_TEXT,
  HANDOVER_TEXT,
  OPEN_ITEMS_TEXT,
  STATUS_TEXT,
} from '../../shared/i18n/documents-text';
import { bydelTitle, tableBlock } from './common';
import type { ChecklistItem, Section } from './engine';

/** The fact that makes a step's status concrete: a date, an answer, a count. */
function stepNote(step: StepId, s: ExchangeState): string {
  switch (step) {
    case 'kandidat':
      return '';
    case 'brukerprofil':
      return s.brukerprofil?.sendtDato ? STATUS_TEXT.sendt(formatDate(s.brukerprofil.sendtDato)) : '';
    case 'avklaringsmote':
    case 'mote_etter_ja': {
      const rec = step === 'avklaringsmote' ? s.avklaringsmote : s.moteEtterJa;
      if (rec?.mote) return formatWallClock(rec.mote.tidspunkt);
      return rec?.hoppetOver ? STATUS_TEXT.ikkeNodvendigDato(formatDate(rec.hoppetOver.dato)) : '';
    }
    case 'svar':
      return s.svar ? STATUS_TEXT.svar(s.svar.svar === 'ja', formatDate(s.svar.dato)) : '';
    case 'tildeling': {
      const t = s.tildeling ?? {};
      if (t.tildeltDato) return STATUS_TEXT.tildelt(formatDate(t.tildeltDato));
      if (t.bolig) return STATUS_TEXT.boligFunnet(formatDate(t.bolig.delegertDato));
      if (t.vedtak) return STATUS_TEXT.vedtak(formatDate(t.vedtak.dato));
      return t.soknadDato ? STATUS_TEXT.sokt(formatDate(t.soknadDato)) : '';
    }
    case 'visning': {
      const accepted = s.visning?.runder.find((r) => r.utfall === 'akseptert');
      if (accepted) return STATUS_TEXT.takketJa(formatDate(accepted.registrertDato));
      if (s.visning?.planlagt) return STATUS_TEXT.sattOpp(formatWallClock(s.visning.planlagt.tidspunkt));
      const declined = s.visning?.runder.length ?? 0;
      return declined > 0 ? STATUS_TEXT.takketNei(declined) : '';
    }
    case 'overforingsmote':
      if (s.overforingsmote?.type === 'holdt') return formatWallClock(s.overforingsmote.mote.tidspunkt);
      return s.overforingsmote ? STATUS_TEXT.ikkeNodvendig : '';
    case 'ansvar_gammel': {
      if (!s.ansvarGammel) return '';
      const done = ANSVAR_GAMMEL_PUNKTER.length - ansvarGammelOpenItems(s).length;
      return STATUS_TEXT.avklart(done, ANSVAR_GAMMEL_PUNKTER.length);
    }
    case 'ansvar_ny':
      return s.ansvarNy?.overfortDato ? STATUS_TEXT.overfort(formatDate(s.ansvarNy.overfortDato)) : '';
    case 'avsluttet':
      return s.avsluttet ? `${UTFALL_LABELS[s.avsluttet.utfall]} ${formatDate(s.avsluttet.dato)}` : '';
  }
}

export function statusSection(detail: ExchangeDetail): Section {
  return {
    heading: STATUS_TEXT.tittel,
    blocks: [
      tableBlock(
        [
          [STATUS_TEXT.steg, 0.3],
          [STATUS_TEXT.hvem, 0.17],
          [STATUS_TEXT.status, 0.17],
          [STATUS_TEXT.merknad, 0.36],
        ],
        STEPS.map((step) => [STEP_LABELS[step], ACTOR_NAMES[STEP_DEFINITIONS[step].actor], STEP_STATUS_LABELS[detail.statuses[step]], stepNote(step, detail.state) || DOCUMENT_TEXT.ingenVerdi]),
      ),
    ],
  };
}

function checklistItem(label: string, p: Sjekkpunkt | undefined, responsible: string): ChecklistItem {
  if (p?.status === 'gjort') return { status: 'done', text: label, detail: CHECKLIST_TEXT.utfortAv(p.hvem, formatDate(p.dato)) };
  if (p?.status === 'ikke_relevant') return { status: 'notRelevant', text: label, detail: p.grunn };
  return { status: 'open', text: label, detail: CHECKLIST_TEXT.ansvarlig(responsible) };
}

/** Ansvar gammel bydel: the routine's seven items, each done (who, when), not relevant (why) or open. */
export function checklistSection(s: ExchangeState): Section {
  const a = s.ansvarGammel;
  const responsible = bydelTitle(s.oldDistrict);
  return {
    heading: CHECKLIST_TEXT.tittel,
    blocks: [
      // The list first, so the heading stays with it across a page break.
      { kind: 'checklist', items: ANSVAR_GAMMEL_PUNKTER.map((p) => checklistItem(ANSVAR_GAMMEL_LABELS[p], a?.punkter[p], responsible)) },
      {
        kind: 'paragraph',
        text: a?.innflyttingsdato ? CHECKLIST_TEXT.innflyttingsdato(formatDate(a.innflyttingsdato)) : CHECKLIST_TEXT.ingenInnflyttingsdato,
      },
    ],
  };
}

/** Who follows the person up, and with what, once the case moves. */
export function handoverSection(s: ExchangeState): Section {
  const newer = bydelTitle(s.newDistrict);
  const older = bydelTitle(s.oldDistrict);
  const etterJa = s.moteEtterJa?.mote;
  const rows: string[][] = [];
  for (const o of etterJa?.nyeOppfolgere ?? []) rows.push([o.tjeneste, o.navn, HANDOVER_TEXT.nyOppfolger(bydelName(s.newDistrict))]);
  for (const tj of (s.brukerprofil?.profil.tjenester ?? []).filter((x) => x.behovNyBydel)) {
    rows.push([TJENESTE_LABELS[tj.tjeneste], newer, HANDOVER_TEXT.intensitet(INTENSITET_LABELS[tj.intensitet], tj.harNa)]);
  }
  if (etterJa?.gericaAktuelt) {
    const gerica = etterJa.gericaBekreftetDato
      ? HANDOVER_TEXT.tilgangBekreftet(formatDate(etterJa.gericaBekreftetDato))
      : etterJa.gericaBestiltDato
        ? HANDOVER_TEXT.bestiltIkkeBekreftet(formatDate(etterJa.gericaBestiltDato))
        : HANDOVER_TEXT.ikkeBestilt;
    rows.push([HANDOVER_TEXT.gerica, newer, gerica]);
  }
  const kontakt = [...(s.visning?.runder ?? [])].reverse().find((r) => r.kontaktperson)?.kontaktperson ?? s.visning?.planlagt?.kontaktperson;
  if (kontakt) rows.push([HANDOVER_TEXT.kontakt, kontakt, HANDOVER_TEXT.avtaltVedVisning]);
  rows.push([HANDOVER_TEXT.fremTilOverforing, older, HANDOVER_TEXT.gammelFolgerOpp]);
  rows.push([
    HANDOVER_TEXT.etterOverforing,
    newer,
    s.ansvarNy?.forsteOppfolgingDato
      ? HANDOVER_TEXT.forsteOppfolging(formatDate(s.ansvarNy.forsteOppfolgingDato))
      : HANDOVER_TEXT.snarestEtterInnflytting,
  ]);
  return {
    heading: HANDOVER_TEXT.tittel,
    blocks: [
      tableBlock(
        [
          [HANDOVER_TEXT.oppgave, 0.36],
          [STATUS_TEXT.hvem, 0.26],
          [STATUS_TEXT.merknad, 0.38],
        ],
        rows,
      ),
    ],
  };
}

/** A side seen from this installation ("vi", "partner") named as the district, for a shared document. */
function sideName(side: Side, s: ExchangeState): string {
  if (side === 'begge') return OPEN_ITEMS_TEXT.begge;
  return bydelName(side === 'vi' ? ourDistrict(s) : partnerDistrict(s));
}

/** The routine's next action, who does it, and by when: «Neste handling: … (bydel Grünerløkka, frist …).» */
function nextActionLine(detail: ExchangeDetail): string {
  const na = detail.nextAction;
  const due = na.dueDate ? formatDate(na.dueDate) : undefined;
  return OPEN_ITEMS_TEXT.nesteHandling(NEXT_ACTION_LABELS[na.code as keyof typeof NEXT_ACTION_LABELS], sideName(na.side, detail.state), due);
}

const LIST = new Intl.ListFormat('nb-NO', { type: 'conjunction' });

/**
 * What is not done yet: the next action of the routine, and every loose end we know of. The
 * checklist's open items are named in a word each: the agenda shows the full checklist above.
 */
export function openItemsSection(detail: ExchangeDetail): Section {
  const s = detail.state;
  const items: string[] = [];
  if (!s.avsluttet) items.push(nextActionLine(detail));
  if (visningAccepted(s)) {
    if (!s.ansvarGammel?.innflyttingsdato) items.push(OPEN_ITEMS_TEXT.ingenInnflyttingsdato);
    const open = ansvarGammelOpenItems(s).map((p) => ANSVAR_GAMMEL_SHORT_LABELS[p as AnsvarGammelPunkt]);
    if (open.length > 0) items.push(OPEN_ITEMS_TEXT.sjekklisten(bydelName(s.oldDistrict), LIST.format(open)));
  }
  const etterJa = s.moteEtterJa?.mote;
  if (etterJa?.gericaAktuelt && !etterJa.gericaBekreftetDato) items.push(OPEN_ITEMS_TEXT.gericaIkkeBekreftet);
  if (s.svar?.svar === 'ja' && !etterJa?.nyeOppfolgere.length && !s.ansvarNy?.overfortDato) {
    items.push(OPEN_ITEMS_TEXT.oppfolgereIkkeNavngitt);
  }
  return {
    heading: OPEN_ITEMS_TEXT.tittel,
    blocks: [items.length > 0 ? { kind: 'list', items } : { kind: 'paragraph', text: OPEN_ITEMS_TEXT.ingen }],
  };
}

/** Everyone invited, by role; the person is never named. */
export function participantsSection(mote: Pick<Mote, 'deltakere'>): Section {
  return {
    heading: MOTE_LABELS.deltakere,
    blocks: [
      tableBlock(
        [
          [DELTAKER_LABELS.navn, 0.28],
          [DELTAKER_LABELS.rolle, 0.26],
          [DELTAKER_LABELS.tjeneste, 0.26],
          [DELTAKER_LABELS.bydel, 0.2],
        ],
        mote.deltakere.map((deltaker) =>
          deltaker.erPersonen
            ? [PERSONEN_SELV, AGENDA_TEXT.personenRolle, DOCUMENT_TEXT.ingenVerdi, DOCUMENT_TEXT.ingenVerdi]
            : [
                deltaker.navn,
                deltaker.rolle || DOCUMENT_TEXT.ingenVerdi,
                deltaker.tjeneste || DOCUMENT_TEXT.ingenVerdi,
                deltaker.bydel ? districtName(deltaker.bydel) : DOCUMENT_TEXT.ingenVerdi,
              ],
        ),
      ),
    ],
  };
}
