import { AVSLAGSGRUNN_LABELS, BOLIGTYPE_LABELS, STEP_LABELS, UTFALL_LABELS, VISNING_AVSLAGSGRUNN_LABELS } from '../i18n/labels';
import { formatDate, formatWallClock } from '../i18n/format';
import { HISTORY_TEXTS } from '../i18n/history';
import type { ExchangeAction } from './actions';
import { ansvarGammelOpenItems } from './workflow';
import type { ExchangeState } from './model';

/**
 * One Norwegian sentence for the case history: what changed, in the routine's words.
 * Free text stays out of the history so the log never repeats sensitive details.
 */
export function describeAction(a: ExchangeAction, after: ExchangeState): string {
  switch (a.type) {
    case 'kandidat.lagre':
      return HISTORY_TEXTS.kandidatOppdatert;
    case 'brukerprofil.lagre':
      return a.avvisteFunn.length > 0
        ? HISTORY_TEXTS.utkastMedFunn(a.avvisteFunn.length)
        : HISTORY_TEXTS.utkastLagret;
    case 'brukerprofil.sendt':
      return HISTORY_TEXTS.profilSendt(formatDate(a.dato));
    case 'mote.planlegg':
      return HISTORY_TEXTS.motePlanlagt(STEP_LABELS[a.steg], formatWallClock(a.plan.tidspunkt), a.plan.deltakere.length);
    case 'avklaringsmote.holdt':
      return HISTORY_TEXTS.avklaringsmoteHoldt(formatWallClock(a.mote.tidspunkt), a.mote.deltakere.length);
    case 'steg.hopp_over':
      return HISTORY_TEXTS.hoppetOver(STEP_LABELS[a.steg], formatDate(a.dato));
    case 'svar.registrer':
      return a.svar.svar === 'ja'
        ? HISTORY_TEXTS.svarJa(formatDate(a.svar.dato))
        : HISTORY_TEXTS.svarNei(formatDate(a.svar.dato), AVSLAGSGRUNN_LABELS[a.svar.grunn]);
    case 'mote_etter_ja.holdt':
      return HISTORY_TEXTS.moteEtterJaHoldt(formatWallClock(a.mote.tidspunkt), a.mote.nyeOppfolgere.length);
    case 'tildeling.soknad':
      return HISTORY_TEXTS.soknad(formatDate(a.dato));
    case 'tildeling.vedtak':
      return HISTORY_TEXTS.vedtak(formatDate(a.vedtak.dato), a.vedtak.resultat === 'innvilget');
    case 'tildeling.bolig':
      return HISTORY_TEXTS.bolig(a.bolig.referanse, BOLIGTYPE_LABELS[a.bolig.type], a.bolig.rom, formatDate(a.bolig.delegertDato));
    case 'tildeling.tildelt':
      return HISTORY_TEXTS.tildelt(formatDate(a.dato));
    case 'visning.planlegg':
      return HISTORY_TEXTS.visningPlanlagt(formatWallClock(a.plan.tidspunkt));
    case 'visning.utfall':
      return a.utfall === 'akseptert'
        ? HISTORY_TEXTS.takketJa(formatDate(a.dato))
        : HISTORY_TEXTS.takketNei(formatDate(a.dato), a.grunnKode && VISNING_AVSLAGSGRUNN_LABELS[a.grunnKode].toLowerCase());
    case 'overforingsmote.registrer':
      return a.overforingsmote.type === 'holdt'
        ? HISTORY_TEXTS.overforingsmoteHoldt(formatWallClock(a.overforingsmote.mote.tidspunkt))
        : HISTORY_TEXTS.overforingsmoteIkkeNodvendig;
    case 'ansvar_gammel.lagre': {
      const open = ansvarGammelOpenItems(after).length;
      const moved = a.ansvar.innflyttingsdato ? HISTORY_TEXTS.innflytting(formatDate(a.ansvar.innflyttingsdato)) : '';
      return HISTORY_TEXTS.sjekkliste(7 - open, 7, moved);
    }
    case 'ansvar_ny.lagre': {
      const parts = [
        a.ansvar.overfortDato ? HISTORY_TEXTS.overfort(formatDate(a.ansvar.overfortDato)) : null,
        a.ansvar.forsteOppfolgingDato ? HISTORY_TEXTS.forsteOppfolging(formatDate(a.ansvar.forsteOppfolgingDato)) : null,
      ].filter((part) => part !== null);
      return HISTORY_TEXTS.ansvarNy(parts);
    }
    case 'avslutt':
      return HISTORY_TEXTS.avsluttet(UTFALL_LABELS[a.avsluttet.utfall].toLowerCase(), formatDate(a.avsluttet.dato));
    case 'gjenapne':
      return HISTORY_TEXTS.gjenapnet;
  }
}
