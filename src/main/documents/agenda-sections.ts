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
import { bydelTitle, tableBlock } from './common';
import type { ChecklistItem, Section } from './engine';

const ACTOR_NAMES = { gammel: 'Gammel bydel', ny: 'Ny bydel', begge: 'Begge' } as const;

/** The fact that makes a step's status concrete: a date, an answer, a count. */
function stepNote(step: StepId, s: ExchangeState): string {
  switch (step) {
    case 'kandidat':
      return '';
    case 'brukerprofil':
      return s.brukerprofil?.sendtDato ? `Sendt ${formatDate(s.brukerprofil.sendtDato)}` : '';
    case 'avklaringsmote':
    case 'mote_etter_ja': {
      const rec = step === 'avklaringsmote' ? s.avklaringsmote : s.moteEtterJa;
      if (rec?.mote) return formatWallClock(rec.mote.tidspunkt);
      return rec?.hoppetOver ? `Ikke nødvendig (${formatDate(rec.hoppetOver.dato)})` : '';
    }
    case 'svar':
      return s.svar ? `${s.svar.svar === 'ja' ? 'Ja' : 'Nei'}, ${formatDate(s.svar.dato)}` : '';
    case 'tildeling': {
      const t = s.tildeling ?? {};
      if (t.tildeltDato) return `Tildelt ${formatDate(t.tildeltDato)}`;
      if (t.bolig) return `Bolig funnet, myndighet delegert ${formatDate(t.bolig.delegertDato)}`;
      if (t.vedtak) return `Vedtak ${formatDate(t.vedtak.dato)}`;
      return t.soknadDato ? `Søkt ${formatDate(t.soknadDato)}` : '';
    }
    case 'visning': {
      const accepted = s.visning?.runder.find((r) => r.utfall === 'akseptert');
      if (accepted) return `Takket ja ${formatDate(accepted.registrertDato)}`;
      if (s.visning?.planlagt) return `Satt opp ${formatWallClock(s.visning.planlagt.tidspunkt)}`;
      const declined = s.visning?.runder.length ?? 0;
      return declined > 0 ? `Takket nei til ${declined === 1 ? 'én bolig' : `${declined} boliger`}` : '';
    }
    case 'overforingsmote':
      if (s.overforingsmote?.type === 'holdt') return formatWallClock(s.overforingsmote.mote.tidspunkt);
      return s.overforingsmote ? 'Ikke nødvendig' : '';
    case 'ansvar_gammel': {
      if (!s.ansvarGammel) return '';
      const done = ANSVAR_GAMMEL_PUNKTER.length - ansvarGammelOpenItems(s).length;
      return `${done} av ${ANSVAR_GAMMEL_PUNKTER.length} punkter avklart`;
    }
    case 'ansvar_ny':
      return s.ansvarNy?.overfortDato ? `Overført ${formatDate(s.ansvarNy.overfortDato)}` : '';
    case 'avsluttet':
      return s.avsluttet ? `${UTFALL_LABELS[s.avsluttet.utfall]} ${formatDate(s.avsluttet.dato)}` : '';
  }
}

export function statusSection(detail: ExchangeDetail): Section {
  return {
    heading: 'Status i byttet',
    blocks: [
      tableBlock(
        [
          ['Steg', 0.3],
          ['Hvem', 0.17],
          ['Status', 0.17],
          ['Merknad', 0.36],
        ],
        STEPS.map((step) => [STEP_LABELS[step], ACTOR_NAMES[STEP_DEFINITIONS[step].actor], STEP_STATUS_LABELS[detail.statuses[step]], stepNote(step, detail.state) || '–']),
      ),
    ],
  };
}

function checklistItem(label: string, p: Sjekkpunkt | undefined, responsible: string): ChecklistItem {
  if (p?.status === 'gjort') return { status: 'done', text: label, detail: `Utført av ${p.hvem}, ${formatDate(p.dato)}` };
  if (p?.status === 'ikke_relevant') return { status: 'notRelevant', text: label, detail: p.grunn };
  return { status: 'open', text: label, detail: `Ansvarlig: ${responsible}` };
}

/** Ansvar gammel bydel: the routine's seven items, each done (who, when), not relevant (why) or open. */
export function checklistSection(s: ExchangeState): Section {
  const a = s.ansvarGammel;
  const responsible = bydelTitle(s.oldDistrict);
  return {
    heading: 'Sjekkliste for gammel bydel',
    blocks: [
      // The list first, so the heading stays with it across a page break.
      { kind: 'checklist', items: ANSVAR_GAMMEL_PUNKTER.map((p) => checklistItem(ANSVAR_GAMMEL_LABELS[p], a?.punkter[p], responsible)) },
      {
        kind: 'paragraph',
        text: a?.innflyttingsdato
          ? `Innflyttingsdato: ${formatDate(a.innflyttingsdato)}.`
          : 'Innflyttingsdatoen er ikke registrert ennå.',
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
  for (const o of etterJa?.nyeOppfolgere ?? []) rows.push([o.tjeneste, o.navn, `Ny oppfølger i ${bydelName(s.newDistrict)}`]);
  for (const tj of (s.brukerprofil?.profil.tjenester ?? []).filter((x) => x.behovNyBydel)) {
    rows.push([TJENESTE_LABELS[tj.tjeneste], newer, `${INTENSITET_LABELS[tj.intensitet]} intensitet${tj.harNa ? ', har tjenesten i dag' : ''}`]);
  }
  if (etterJa?.gericaAktuelt) {
    const gerica = etterJa.gericaBekreftetDato
      ? `Tilgang bekreftet ${formatDate(etterJa.gericaBekreftetDato)}`
      : etterJa.gericaBestiltDato
        ? `Bestilt ${formatDate(etterJa.gericaBestiltDato)}, ikke bekreftet`
        : 'Ikke bestilt ennå';
    rows.push(['Tilgang til Gerica før overføring', newer, gerica]);
  }
  const kontakt = [...(s.visning?.runder ?? [])].reverse().find((r) => r.kontaktperson)?.kontaktperson ?? s.visning?.planlagt?.kontaktperson;
  if (kontakt) rows.push(['Personens kontakt fremover', kontakt, 'Avtalt ved visning']);
  rows.push(['Oppfølging frem til overføring', older, 'Gammel bydel følger opp til saken er overført']);
  rows.push([
    'Oppfølging etter overføring',
    newer,
    s.ansvarNy?.forsteOppfolgingDato
      ? `Første oppfølging ${formatDate(s.ansvarNy.forsteOppfolgingDato)}`
      : 'Starter så snart som mulig etter innflytting',
  ]);
  return {
    heading: 'Hvem tar over hva',
    blocks: [
      tableBlock(
        [
          ['Oppgave eller tjeneste', 0.36],
          ['Hvem', 0.26],
          ['Merknad', 0.38],
        ],
        rows,
      ),
    ],
  };
}

/** A side seen from this installation ("vi", "partner") named as the district, for a shared document. */
function sideName(side: Side, s: ExchangeState): string {
  if (side === 'begge') return 'begge bydeler';
  return bydelName(side === 'vi' ? ourDistrict(s) : partnerDistrict(s));
}

/** The routine's next action, who does it, and by when: «Neste handling: … (bydel Grünerløkka, frist …).» */
function nextActionLine(detail: ExchangeDetail): string {
  const na = detail.nextAction;
  const due = na.dueDate ? `, frist ${formatDate(na.dueDate)}` : '';
  return `Neste handling: ${NEXT_ACTION_LABELS[na.code as keyof typeof NEXT_ACTION_LABELS]} (${sideName(na.side, detail.state)}${due}).`;
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
    if (!s.ansvarGammel?.innflyttingsdato) items.push('Innflyttingsdatoen er ikke registrert.');
    const open = ansvarGammelOpenItems(s).map((p) => ANSVAR_GAMMEL_SHORT_LABELS[p as AnsvarGammelPunkt]);
    if (open.length > 0) items.push(`Sjekklisten for ${bydelName(s.oldDistrict)}: ${LIST.format(open)} gjenstår.`);
  }
  const etterJa = s.moteEtterJa?.mote;
  if (etterJa?.gericaAktuelt && !etterJa.gericaBekreftetDato) items.push('Tilgang til Gerica for ny bydel er ikke bekreftet.');
  if (s.svar?.svar === 'ja' && !etterJa?.nyeOppfolgere.length && !s.ansvarNy?.overfortDato) {
    items.push('Nye oppfølgere i ny bydel er ikke navngitt ennå.');
  }
  return {
    heading: 'Åpne punkter',
    blocks: [items.length > 0 ? { kind: 'list', items } : { kind: 'paragraph', text: 'Ingen åpne punkter.' }],
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
            ? [PERSONEN_SELV, 'Personen byttet gjelder', '–', '–']
            : [deltaker.navn, deltaker.rolle || '–', deltaker.tjeneste || '–', deltaker.bydel ? districtName(deltaker.bydel) : '–'],
        ),
      ),
    ],
  };
}
