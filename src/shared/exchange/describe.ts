import { AVSLAGSGRUNN_LABELS, BOLIGTYPE_LABELS, STEP_LABELS, UTFALL_LABELS, VISNING_AVSLAGSGRUNN_LABELS } from '../i18n/labels';
import { formatDate, formatWallClock } from '../i18n/format';
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
      return 'Kandidatopplysningene er oppdatert.';
    case 'brukerprofil.lagre':
      return a.avvisteFunn.length > 0
        ? `Utkast til brukerprofil lagret. ${a.avvisteFunn.length} mulige personopplysninger er vurdert og avvist med begrunnelse.`
        : 'Utkast til brukerprofil lagret.';
    case 'brukerprofil.sendt':
      return `Brukerprofilen er sendt til ny bydel ${formatDate(a.dato)}.`;
    case 'mote.planlegg':
      return `${STEP_LABELS[a.steg]} planlagt: ${formatWallClock(a.plan.tidspunkt)}, ${a.plan.deltakere.length} deltakere innkalt.`;
    case 'avklaringsmote.holdt':
      return `Avklaringsmøte registrert: ${formatWallClock(a.mote.tidspunkt)}, ${a.mote.deltakere.length} deltakere.`;
    case 'steg.hopp_over':
      return `${STEP_LABELS[a.steg]} hoppet over ${formatDate(a.dato)}. Begrunnelse er registrert.`;
    case 'svar.registrer':
      return a.svar.svar === 'ja'
        ? `Ny bydel svarte ja ${formatDate(a.svar.dato)}.`
        : `Ny bydel svarte nei ${formatDate(a.svar.dato)} (${AVSLAGSGRUNN_LABELS[a.svar.grunn]}). Byttet er avsluttet som avslått.`;
    case 'mote_etter_ja.holdt':
      return `Møte etter ja registrert: ${formatWallClock(a.mote.tidspunkt)}, ${a.mote.nyeOppfolgere.length} nye oppfølgere navngitt.`;
    case 'tildeling.soknad':
      return `Søknad om kommunal bolig i gammel bydel registrert (${formatDate(a.dato)}).`;
    case 'tildeling.vedtak':
      return `Vedtak om kommunal bolig registrert (${formatDate(a.vedtak.dato)}, ${a.vedtak.resultat === 'innvilget' ? 'innvilget' : 'avslag'}).`;
    case 'tildeling.bolig':
      return `Bolig ${a.bolig.referanse} (${BOLIGTYPE_LABELS[a.bolig.type]}, ${a.bolig.rom} rom) funnet; tildelingsmyndighet delegert ${formatDate(a.bolig.delegertDato)}.`;
    case 'tildeling.tildelt':
      return `Boligen er tildelt av gammel bydel ${formatDate(a.dato)}.`;
    case 'visning.planlegg':
      return `Visning satt opp ${formatWallClock(a.plan.tidspunkt)}.`;
    case 'visning.utfall':
      return a.utfall === 'akseptert'
        ? `Personen takket ja til boligen på visningen (${formatDate(a.dato)}).`
        : `Personen takket nei til boligen (${formatDate(a.dato)}${a.grunnKode ? `, ${VISNING_AVSLAGSGRUNN_LABELS[a.grunnKode].toLowerCase()}` : ''}). Ny bydel finner en annen bolig.`;
    case 'overforingsmote.registrer':
      return a.overforingsmote.type === 'holdt'
        ? `Overføringsmøte registrert: ${formatWallClock(a.overforingsmote.mote.tidspunkt)}.`
        : 'Overføringsmøte registrert som ikke nødvendig. Begrunnelse er registrert.';
    case 'ansvar_gammel.lagre': {
      const open = ansvarGammelOpenItems(after).length;
      const moved = a.ansvar.innflyttingsdato ? ` Innflytting ${formatDate(a.ansvar.innflyttingsdato)}.` : '';
      return `Sjekkliste for gammel bydel oppdatert: ${7 - open} av 7 punkter avklart.${moved}`;
    }
    case 'ansvar_ny.lagre': {
      const parts = [
        a.ansvar.overfortDato ? `overført ${formatDate(a.ansvar.overfortDato)}` : null,
        a.ansvar.forsteOppfolgingDato ? `første oppfølging ${formatDate(a.ansvar.forsteOppfolgingDato)}` : null,
      ].filter(Boolean);
      return parts.length ? `Ansvar ny bydel oppdatert: ${parts.join(', ')}.` : 'Ansvar ny bydel oppdatert.';
    }
    case 'avslutt':
      return `Byttet er avsluttet som ${UTFALL_LABELS[a.avsluttet.utfall].toLowerCase()} ${formatDate(a.avsluttet.dato)}.`;
    case 'gjenapne':
      return 'Byttet er gjenåpnet. Begrunnelse er registrert.';
  }
}
