import { AppError, type FieldError } from '../errors';
import { formatDate } from '../i18n/format';
import { DATE_FACT_NAMES, DATE_MESSAGES, ORDER_SENTENCES } from '../i18n/date-messages';
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

const PLAN_MEETING = DATE_MESSAGES.planleggMotet;

const day = (dateTime: string | undefined) => dateTime?.slice(0, 10);
const lastRound = (s: ExchangeState) => s.visning?.runder.at(-1);

type ChecklistFact = `sjekkpunkt.${AnsvarGammelPunkt}`;

const checklistFacts = Object.fromEntries(
  ANSVAR_GAMMEL_PUNKTER.map((p): [ChecklistFact, DatedFact] => [
    `sjekkpunkt.${p}`,
    {
      navn: DATE_FACT_NAMES.sjekkpunkt(ANSVAR_GAMMEL_LABELS[p]),
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
  samtykke: { navn: DATE_FACT_NAMES.samtykke, when: 'happened', read: (s) => s.kandidat.samtykkeDato, fields: { 'kandidat.lagre': 'kandidat.samtykkeDato' } },
  profilSendt: { navn: DATE_FACT_NAMES.profilSendt, when: 'happened', read: (s) => s.brukerprofil?.sendtDato, fields: { 'brukerprofil.sendt': 'dato' } },
  avklaringsmoteHoldt: {
    navn: DATE_FACT_NAMES.avklaringsmoteHoldt,
    when: 'happened',
    ahead: PLAN_MEETING,
    read: (s) => day(s.avklaringsmote?.mote?.tidspunkt),
    fields: { 'avklaringsmote.holdt': 'mote.tidspunkt' },
  },
  avklaringsmoteHoppetOver: {
    navn: DATE_FACT_NAMES.avklaringsmoteHoppetOver,
    when: 'registered',
    read: (s) => s.avklaringsmote?.hoppetOver?.dato,
    fields: { 'steg.hopp_over': 'dato' },
  },
  svar: { navn: DATE_FACT_NAMES.svar, when: 'happened', read: (s) => s.svar?.dato, fields: { 'svar.registrer': 'svar.dato' } },
  moteEtterJaHoldt: {
    navn: DATE_FACT_NAMES.moteEtterJaHoldt,
    when: 'happened',
    ahead: PLAN_MEETING,
    read: (s) => day(s.moteEtterJa?.mote?.tidspunkt),
    fields: { 'mote_etter_ja.holdt': 'mote.tidspunkt' },
  },
  gericaBestilt: {
    navn: DATE_FACT_NAMES.gericaBestilt,
    when: 'happened',
    read: (s) => s.moteEtterJa?.mote?.gericaBestiltDato,
    fields: { 'mote_etter_ja.holdt': 'mote.gericaBestiltDato' },
  },
  gericaBekreftet: {
    navn: DATE_FACT_NAMES.gericaBekreftet,
    when: 'happened',
    read: (s) => s.moteEtterJa?.mote?.gericaBekreftetDato,
    fields: { 'mote_etter_ja.holdt': 'mote.gericaBekreftetDato' },
  },
  moteEtterJaHoppetOver: {
    navn: DATE_FACT_NAMES.moteEtterJaHoppetOver,
    when: 'registered',
    read: (s) => s.moteEtterJa?.hoppetOver?.dato,
    fields: { 'steg.hopp_over': 'dato' },
  },
  soknad: { navn: DATE_FACT_NAMES.soknad, when: 'happened', read: (s) => s.tildeling?.soknadDato, fields: { 'tildeling.soknad': 'dato' } },
  vedtak: { navn: DATE_FACT_NAMES.vedtak, when: 'happened', read: (s) => s.tildeling?.vedtak?.dato, fields: { 'tildeling.vedtak': 'vedtak.dato' } },
  boligFunnet: { navn: DATE_FACT_NAMES.boligFunnet, when: 'happened', read: (s) => s.tildeling?.bolig?.funnetDato, fields: { 'tildeling.bolig': 'bolig.funnetDato' } },
  delegert: {
    navn: DATE_FACT_NAMES.delegert,
    when: 'happened',
    read: (s) => s.tildeling?.bolig?.delegertDato,
    fields: { 'tildeling.bolig': 'bolig.delegertDato' },
  },
  tildelt: { navn: DATE_FACT_NAMES.tildelt, when: 'happened', read: (s) => s.tildeling?.tildeltDato, fields: { 'tildeling.tildelt': 'dato' } },
  visningPlanlagt: {
    navn: DATE_FACT_NAMES.visningPlanlagt,
    when: 'planned',
    read: (s) => day(s.visning?.planlagt?.tidspunkt),
    fields: { 'visning.planlegg': 'plan.tidspunkt' },
  },
  // A registered round copies the viewing's time from its plan: the viewing then took place.
  visningHoldt: { navn: DATE_FACT_NAMES.visningHoldt, when: 'happened', read: (s) => day(lastRound(s)?.tidspunkt), fields: {} },
  visningUtfall: { navn: DATE_FACT_NAMES.visningUtfall, when: 'happened', read: (s) => lastRound(s)?.registrertDato, fields: { 'visning.utfall': 'dato' } },
  visningAkseptert: {
    navn: DATE_FACT_NAMES.visningAkseptert,
    when: 'happened',
    read: (s) => {
      const r = lastRound(s);
      return r?.utfall === 'akseptert' ? r.registrertDato : undefined;
    },
    fields: { 'visning.utfall': 'dato' },
  },
  overforingsmoteHoldt: {
    navn: DATE_FACT_NAMES.overforingsmoteHoldt,
    when: 'happened',
    ahead: PLAN_MEETING,
    read: (s) => (s.overforingsmote?.type === 'holdt' ? day(s.overforingsmote.mote.tidspunkt) : undefined),
    fields: { 'overforingsmote.registrer': 'overforingsmote.mote.tidspunkt' },
  },
  // The move-in is what happened, not a plan: the new district's follow-up deadline and the
  // statistics count from it.
  innflytting: {
    navn: DATE_FACT_NAMES.innflytting,
    when: 'happened',
    read: (s) => s.ansvarGammel?.innflyttingsdato,
    fields: { 'ansvar_gammel.lagre': 'ansvar.innflyttingsdato' },
  },
  ...checklistFacts,
  overfort: { navn: DATE_FACT_NAMES.overfort, when: 'happened', read: (s) => s.ansvarNy?.overfortDato, fields: { 'ansvar_ny.lagre': 'ansvar.overfortDato' } },
  forsteOppfolging: {
    navn: DATE_FACT_NAMES.forsteOppfolging,
    when: 'happened',
    read: (s) => s.ansvarNy?.forsteOppfolgingDato,
    fields: { 'ansvar_ny.lagre': 'ansvar.forsteOppfolgingDato' },
  },
  // A no closes the exchange on the answer's date.
  avsluttet: {
    navn: DATE_FACT_NAMES.avsluttet,
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
  { earlier: 'samtykke', later: 'profilSendt', sentence: ORDER_SENTENCES['samtykke<profilSendt'] },
  { earlier: 'profilSendt', later: 'avklaringsmoteHoldt', sentence: ORDER_SENTENCES['profilSendt<avklaringsmoteHoldt'] },
  { earlier: 'profilSendt', later: 'svar', sentence: ORDER_SENTENCES['profilSendt<svar'] },
  { earlier: 'avklaringsmoteHoldt', later: 'svar', sentence: ORDER_SENTENCES['avklaringsmoteHoldt<svar'] },
  { earlier: 'svar', later: 'moteEtterJaHoldt', sentence: ORDER_SENTENCES['svar<moteEtterJaHoldt'] },
  { earlier: 'gericaBestilt', later: 'gericaBekreftet', sentence: ORDER_SENTENCES['gericaBestilt<gericaBekreftet'] },
  { earlier: 'soknad', later: 'vedtak', sentence: ORDER_SENTENCES['soknad<vedtak'] },
  { earlier: 'vedtak', later: 'boligFunnet', sentence: ORDER_SENTENCES['vedtak<boligFunnet'] },
  { earlier: 'boligFunnet', later: 'delegert', sentence: ORDER_SENTENCES['boligFunnet<delegert'] },
  { earlier: 'delegert', later: 'tildelt', sentence: ORDER_SENTENCES['delegert<tildelt'] },
  { earlier: 'svar', later: 'tildelt', sentence: ORDER_SENTENCES['svar<tildelt'] },
  { earlier: 'tildelt', later: 'visningPlanlagt', sentence: ORDER_SENTENCES['tildelt<visningPlanlagt'] },
  { earlier: 'visningHoldt', later: 'visningUtfall', sentence: ORDER_SENTENCES['visningHoldt<visningUtfall'] },
  {
    earlier: 'visningAkseptert',
    later: 'overforingsmoteHoldt',
    sentence: ORDER_SENTENCES['visningAkseptert<overforingsmoteHoldt'],
  },
  { earlier: 'tildelt', later: 'innflytting', sentence: ORDER_SENTENCES['tildelt<innflytting'] },
  { earlier: 'visningAkseptert', later: 'innflytting', sentence: ORDER_SENTENCES['visningAkseptert<innflytting'] },
  { earlier: 'innflytting', later: 'forsteOppfolging', sentence: ORDER_SENTENCES['innflytting<forsteOppfolging'] },
  // Closing comes after everything that happened in the exchange.
  ...FACT_IDS.filter((id) => DATED_FACTS[id].when === 'happened' && id !== 'avsluttet').map(
    (id): OrderRule => ({ earlier: id, later: 'avsluttet', sentence: (e, l) => DATE_MESSAGES.avsluttetFor(l, DATED_FACTS[id].navn, e) }),
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
      const sentence = DATE_MESSAGES.etterIdag(formatDate(d), formatDate(today));
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
    return { path: fact.fields[type], message: DATE_MESSAGES.medGrep(v.sentence, fact.ahead ?? DATE_MESSAGES.ikkeIFremtiden) };
  }
  const [earlier, later] = v.facts;
  // Shown at the later date when the action enters it, else at the earlier one it moved.
  const atLater = DATED_FACTS[later].fields[type];
  return atLater !== undefined
    ? { path: atLater, message: DATE_MESSAGES.medGrep(v.sentence, DATE_MESSAGES.fraOgMed(formatDate(v.earlier))) }
    : { path: DATED_FACTS[earlier].fields[type], message: DATE_MESSAGES.medGrep(v.sentence, DATE_MESSAGES.tilOgMed(formatDate(v.later))) };
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
