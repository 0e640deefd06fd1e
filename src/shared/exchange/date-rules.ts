import { AppError, type FieldError } from '../errors';
import { formatDate } from '../i18n/format';
import { ANSVAR_GAMMEL_LABELS } from '../i18n/labels';
import type { ExchangeActionType } from './actions';
import { ANSVAR_GAMMEL_PUNKTER, type AnsvarGammelPunkt, type ExchangeState } from './model';

/**
 * The facts that hold: which dates of an exchange may not lie in the future, and which may not
 * come before which. The reducer checks them after every action (`dateRuleError`), so a local
 * change and a partner's update meet the same rules, and no stored exchange gives the
 * statistics a negative or impossible duration.
 */

/**
 * happened: something that took place (a held meeting, an answer, a decision, a move-in): not
 * after today, and not after the exchange was closed. planned: may lie ahead (a viewing set up).
 * registered: a coordinator's decision dated when it was made (a step skipped): not after today.
 */
export type FactTime = 'happened' | 'planned' | 'registered';

export interface DatedFact {
  /** The fact in Norwegian, as it reads after «før» («før boligen ble tildelt 01.12.2026»). */
  navn: string;
  when: FactTime;
  /** What to do instead of entering it ahead of time, where that is not simply to wait. */
  ahead?: string;
  /** The fact's calendar date (YYYY-MM-DD) in a state, when it is set. */
  read: (s: ExchangeState) => string | undefined;
  /** The form field, per action, where the fact is entered: where its refusal is shown. */
  fields: Partial<Record<ExchangeActionType, string>>;
}

const PLAN_MEETING = 'planlegg møtet i stedet, og registrer det som holdt når det er holdt';

const day = (dateTime: string | undefined) => dateTime?.slice(0, 10);
const lastRound = (s: ExchangeState) => s.visning?.runder.at(-1);

type ChecklistFact = `sjekkpunkt.${AnsvarGammelPunkt}`;

const checklistFacts = Object.fromEntries(
  ANSVAR_GAMMEL_PUNKTER.map((p): [ChecklistFact, DatedFact] => [
    `sjekkpunkt.${p}`,
    {
      navn: `punktet «${ANSVAR_GAMMEL_LABELS[p]}» ble gjort`,
      when: 'happened',
      read: (s) => {
        const punkt = s.ansvarGammel?.punkter[p];
        return punkt?.status === 'gjort' ? punkt.dato : undefined;
      },
      fields: { 'ansvar_gammel.lagre': `ansvar.punkter.${p}.dato` },
    },
  ]),
) as Record<ChecklistFact, DatedFact>;

const datedFacts = {
  samtykke: { navn: 'samtykket', when: 'happened', read: (s) => s.kandidat.samtykkeDato, fields: { 'kandidat.lagre': 'kandidat.samtykkeDato' } },
  profilSendt: { navn: 'brukerprofilen ble sendt', when: 'happened', read: (s) => s.brukerprofil?.sendtDato, fields: { 'brukerprofil.sendt': 'dato' } },
  avklaringsmoteHoldt: {
    navn: 'avklaringsmøtet',
    when: 'happened',
    ahead: PLAN_MEETING,
    read: (s) => day(s.avklaringsmote?.mote?.tidspunkt),
    fields: { 'avklaringsmote.holdt': 'mote.tidspunkt' },
  },
  avklaringsmoteHoppetOver: {
    navn: 'avklaringsmøtet ble hoppet over',
    when: 'registered',
    read: (s) => s.avklaringsmote?.hoppetOver?.dato,
    fields: { 'steg.hopp_over': 'dato' },
  },
  svar: { navn: 'svaret fra den nye bydelen', when: 'happened', read: (s) => s.svar?.dato, fields: { 'svar.registrer': 'svar.dato' } },
  moteEtterJaHoldt: {
    navn: 'møtet etter ja',
    when: 'happened',
    ahead: PLAN_MEETING,
    read: (s) => day(s.moteEtterJa?.mote?.tidspunkt),
    fields: { 'mote_etter_ja.holdt': 'mote.tidspunkt' },
  },
  gericaBestilt: {
    navn: 'tilgangen til Gerica ble bestilt',
    when: 'happened',
    read: (s) => s.moteEtterJa?.mote?.gericaBestiltDato,
    fields: { 'mote_etter_ja.holdt': 'mote.gericaBestiltDato' },
  },
  gericaBekreftet: {
    navn: 'tilgangen til Gerica ble bekreftet',
    when: 'happened',
    read: (s) => s.moteEtterJa?.mote?.gericaBekreftetDato,
    fields: { 'mote_etter_ja.holdt': 'mote.gericaBekreftetDato' },
  },
  moteEtterJaHoppetOver: {
    navn: 'møtet etter ja ble hoppet over',
    when: 'registered',
    read: (s) => s.moteEtterJa?.hoppetOver?.dato,
    fields: { 'steg.hopp_over': 'dato' },
  },
  soknad: { navn: 'søknaden om kommunal bolig', when: 'happened', read: (s) => s.tildeling?.soknadDato, fields: { 'tildeling.soknad': 'dato' } },
  vedtak: { navn: 'vedtaket om kommunal bolig', when: 'happened', read: (s) => s.tildeling?.vedtak?.dato, fields: { 'tildeling.vedtak': 'vedtak.dato' } },
  boligFunnet: { navn: 'boligen ble funnet', when: 'happened', read: (s) => s.tildeling?.bolig?.funnetDato, fields: { 'tildeling.bolig': 'bolig.funnetDato' } },
  delegert: {
    navn: 'tildelingsmyndigheten ble delegert',
    when: 'happened',
    read: (s) => s.tildeling?.bolig?.delegertDato,
    fields: { 'tildeling.bolig': 'bolig.delegertDato' },
  },
  tildelt: { navn: 'boligen ble tildelt', when: 'happened', read: (s) => s.tildeling?.tildeltDato, fields: { 'tildeling.tildelt': 'dato' } },
  visningPlanlagt: {
    navn: 'visningen',
    when: 'planned',
    read: (s) => day(s.visning?.planlagt?.tidspunkt),
    fields: { 'visning.planlegg': 'plan.tidspunkt' },
  },
  // A registered round copies the viewing's time from its plan: the viewing then took place.
  visningHoldt: { navn: 'visningen', when: 'happened', read: (s) => day(lastRound(s)?.tidspunkt), fields: {} },
  visningUtfall: { navn: 'utfallet av visningen ble registrert', when: 'happened', read: (s) => lastRound(s)?.registrertDato, fields: { 'visning.utfall': 'dato' } },
  visningAkseptert: {
    navn: 'personen takket ja til boligen',
    when: 'happened',
    read: (s) => {
      const r = lastRound(s);
      return r?.utfall === 'akseptert' ? r.registrertDato : undefined;
    },
    fields: { 'visning.utfall': 'dato' },
  },
  overforingsmoteHoldt: {
    navn: 'overføringsmøtet',
    when: 'happened',
    ahead: PLAN_MEETING,
    read: (s) => (s.overforingsmote?.type === 'holdt' ? day(s.overforingsmote.mote.tidspunkt) : undefined),
    fields: { 'overforingsmote.registrer': 'overforingsmote.mote.tidspunkt' },
  },
  // The move-in is what happened, not a plan: the new district's follow-up deadline and the
  // statistics count from it.
  innflytting: {
    navn: 'innflyttingen',
    when: 'happened',
    read: (s) => s.ansvarGammel?.innflyttingsdato,
    fields: { 'ansvar_gammel.lagre': 'ansvar.innflyttingsdato' },
  },
  ...checklistFacts,
  overfort: { navn: 'saken ble overført', when: 'happened', read: (s) => s.ansvarNy?.overfortDato, fields: { 'ansvar_ny.lagre': 'ansvar.overfortDato' } },
  forsteOppfolging: {
    navn: 'første oppfølging',
    when: 'happened',
    read: (s) => s.ansvarNy?.forsteOppfolgingDato,
    fields: { 'ansvar_ny.lagre': 'ansvar.forsteOppfolgingDato' },
  },
  // A no closes the exchange on the answer's date.
  avsluttet: {
    navn: 'byttet ble avsluttet',
    when: 'happened',
    read: (s) => s.avsluttet?.dato,
    fields: { avslutt: 'avsluttet.dato', 'svar.registrer': 'svar.dato' },
  },
} satisfies Record<string, DatedFact>;

export type DatedFactId = keyof typeof datedFacts;

/** Every dated fact of an exchange: what each date means, and where it is entered. */
export const DATED_FACTS: Readonly<Record<DatedFactId, DatedFact>> = datedFacts;

const FACT_IDS = Object.keys(DATED_FACTS) as DatedFactId[];

export interface OrderRule {
  earlier: DatedFactId;
  later: DatedFactId;
  /** Names both dates (formatted); the directive that follows depends on which one is being entered. */
  sentence: (earlier: string, later: string) => string;
}

/** What may not come before what: `earlier` on or before `later`, the same day allowed. */
export const ORDER_RULES: readonly OrderRule[] = [
  { earlier: 'samtykke', later: 'profilSendt', sentence: (e, l) => `Brukerprofilen kan ikke være sendt ${l}, før personen samtykket ${e}` },
  { earlier: 'profilSendt', later: 'avklaringsmoteHoldt', sentence: (e, l) => `Avklaringsmøtet ${l} kan ikke være holdt før brukerprofilen ble sendt ${e}` },
  { earlier: 'profilSendt', later: 'svar', sentence: (e, l) => `Svaret ${l} kan ikke være datert før brukerprofilen ble sendt ${e}` },
  { earlier: 'avklaringsmoteHoldt', later: 'svar', sentence: (e, l) => `Svaret ${l} kan ikke være datert før avklaringsmøtet ${e}` },
  { earlier: 'svar', later: 'moteEtterJaHoldt', sentence: (e, l) => `Møtet etter ja ${l} kan ikke være holdt før den nye bydelen svarte ja ${e}` },
  { earlier: 'gericaBestilt', later: 'gericaBekreftet', sentence: (e, l) => `Tilgangen til Gerica kan ikke være bekreftet ${l}, før den ble bestilt ${e}` },
  { earlier: 'soknad', later: 'vedtak', sentence: (e, l) => `Vedtaket ${l} kan ikke være fattet før personen søkte kommunal bolig ${e}` },
  { earlier: 'vedtak', later: 'boligFunnet', sentence: (e, l) => `Boligen kan ikke være funnet ${l}, før vedtaket om kommunal bolig ${e}` },
  { earlier: 'boligFunnet', later: 'delegert', sentence: (e, l) => `Tildelingsmyndigheten kan ikke være delegert ${l}, før boligen ble funnet ${e}` },
  { earlier: 'delegert', later: 'tildelt', sentence: (e, l) => `Boligen kan ikke være tildelt ${l}, før tildelingsmyndigheten ble delegert ${e}` },
  { earlier: 'svar', later: 'tildelt', sentence: (e, l) => `Boligen kan ikke være tildelt ${l}, før den nye bydelen svarte ja ${e}` },
  { earlier: 'tildelt', later: 'visningPlanlagt', sentence: (e, l) => `Visningen ${l} kan ikke være før boligen ble tildelt ${e}` },
  { earlier: 'visningHoldt', later: 'visningUtfall', sentence: (e, l) => `Utfallet kan ikke være registrert ${l}, før visningen ${e}` },
  {
    earlier: 'visningAkseptert',
    later: 'overforingsmoteHoldt',
    sentence: (e, l) => `Overføringsmøtet ${l} kan ikke være holdt før personen takket ja til boligen ${e}`,
  },
  { earlier: 'tildelt', later: 'innflytting', sentence: (e, l) => `Innflyttingen ${l} kan ikke være før boligen ble tildelt ${e}` },
  { earlier: 'visningAkseptert', later: 'innflytting', sentence: (e, l) => `Innflyttingen ${l} kan ikke være før personen takket ja til boligen ${e}` },
  { earlier: 'innflytting', later: 'forsteOppfolging', sentence: (e, l) => `Første oppfølging ${l} kan ikke være før innflyttingen ${e}` },
  // Closing comes after everything that happened in the exchange.
  ...FACT_IDS.filter((id) => DATED_FACTS[id].when === 'happened' && id !== 'avsluttet').map(
    (id): OrderRule => ({ earlier: id, later: 'avsluttet', sentence: (e, l) => `Byttet kan ikke være avsluttet ${l}, før ${DATED_FACTS[id].navn} ${e}` }),
  ),
];

/** What may not lie in the future: everything but what is planned. */
export const NOT_IN_FUTURE: readonly DatedFactId[] = FACT_IDS.filter((id) => DATED_FACTS[id].when !== 'planned');

export interface DateViolation {
  /** Same rule and same dates: the same violation. */
  key: string;
  /** A date in the future: the fact. An order broken: the fact that must come first, then the other. */
  facts: readonly [DatedFactId] | readonly [DatedFactId, DatedFactId];
  /** Names both dates; the directive that ends the sentence depends on the field it is shown at. */
  sentence: string;
  earlier: string;
  later: string;
}

/** Every date rule a state breaks, as of `today` (YYYY-MM-DD, Oslo). */
export function dateViolations(s: ExchangeState, today: string): DateViolation[] {
  const dates = new Map<DatedFactId, string>();
  for (const id of FACT_IDS) {
    const d = DATED_FACTS[id].read(s);
    if (d !== undefined) dates.set(id, d);
  }
  const out: DateViolation[] = [];
  for (const id of NOT_IN_FUTURE) {
    const d = dates.get(id);
    if (d !== undefined && d > today) {
      const sentence = `Datoen ${formatDate(d)} er etter dagens dato ${formatDate(today)}`;
      out.push({ key: `${id}>${d}`, facts: [id], sentence, earlier: today, later: d });
    }
  }
  for (const rule of ORDER_RULES) {
    const e = dates.get(rule.earlier);
    const l = dates.get(rule.later);
    if (e !== undefined && l !== undefined && l < e) {
      const sentence = rule.sentence(formatDate(e), formatDate(l));
      out.push({ key: `${rule.earlier}<${rule.later}:${e}:${l}`, facts: [rule.earlier, rule.later], sentence, earlier: e, later: l });
    }
  }
  return out;
}

/** Where a violation is shown for an action of `type`, and the whole sentence with what to do. */
function fieldErrorOf(v: DateViolation, type: ExchangeActionType): { path: string | undefined; message: string } {
  if (v.facts.length === 1) {
    const fact = DATED_FACTS[v.facts[0]];
    return { path: fact.fields[type], message: `${v.sentence}: ${fact.ahead ?? 'velg dagens dato eller en tidligere, eller registrer det når det har skjedd'}.` };
  }
  const [earlier, later] = v.facts;
  // Shown at the later date when the action enters it, else at the earlier one it moved.
  const atLater = DATED_FACTS[later].fields[type];
  return atLater !== undefined
    ? { path: atLater, message: `${v.sentence}: velg en dato fra og med ${formatDate(v.earlier)}.` }
    : { path: DATED_FACTS[earlier].fields[type], message: `${v.sentence}: velg en dato til og med ${formatDate(v.later)}.` };
}

/**
 * The refusal for a change that would break a date rule (`before` → `after` by an action of
 * `type`), or null. Only rules the change breaks count, so an exchange stored before the rules
 * can still be worked on. Each is shown at the field of the date being entered.
 */
export function dateRuleError(before: ExchangeState, after: ExchangeState, type: ExchangeActionType, today: string): AppError | null {
  const old = new Set(dateViolations(before, today).map((v) => v.key));
  const broken = dateViolations(after, today)
    .filter((v) => !old.has(v.key))
    .map((v) => fieldErrorOf(v, type));
  if (broken.length === 0) return null;
  const fields: FieldError[] = [];
  for (const { path, message } of broken) {
    if (path !== undefined && !fields.some((f) => f.path === path)) fields.push({ path, message });
  }
  // A fact with no field of its own is always broken together with one that has a field; else the sentence alone.
  return fields.length > 0 ? new AppError('UGYLDIG_INNDATA', undefined, fields) : new AppError('UGYLDIG_INNDATA', broken[0]!.message);
}
