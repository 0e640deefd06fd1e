import type { AuditAction, AuditVerification } from '../../shared/privacy/audit';
import { t } from './nb';

/** What each audit code means, as the log shows it. A new code without a label does not compile. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  opprettet: 'Byttet er registrert',
  apnet: 'Byttet er åpnet',
  slettet: 'Byttet er slettet (oppbevaringstiden er ute)',
  'kandidat.lagre': 'Kandidatopplysninger endret',
  'brukerprofil.lagre': 'Brukerprofil lagret',
  'brukerprofil.sendt': 'Brukerprofil registrert som sendt',
  'mote.planlegg': 'Møte planlagt',
  'avklaringsmote.holdt': 'Avklaringsmøte registrert',
  'steg.hopp_over': 'Steg hoppet over',
  'svar.registrer': 'Svar fra ny bydel registrert',
  'mote_etter_ja.holdt': 'Møte etter ja registrert',
  'tildeling.soknad': 'Søknad om kommunal bolig registrert',
  'tildeling.vedtak': 'Vedtak registrert',
  'tildeling.bolig': 'Bolig og tildelingsmyndighet registrert',
  'tildeling.tildelt': 'Tildeling registrert',
  'visning.planlegg': 'Visning satt opp',
  'visning.utfall': 'Utfall av visning registrert',
  'overforingsmote.registrer': 'Overføringsmøte registrert',
  'ansvar_gammel.lagre': 'Sjekkliste for gammel bydel lagret',
  'ansvar_ny.lagre': 'Ansvar ny bydel lagret',
  avslutt: 'Byttet er avsluttet',
  gjenapne: 'Byttet er gjenåpnet',
  'oppsett.lagret': 'Bydel og koordinator lagret',
  'frister.lagret': 'Frister endret',
  'byttepar.lagret': 'Byttepar endret',
  'oppbevaring.lagret': 'Oppbevaringstid endret',
  'sikkerhetskopi.laget': 'Sikkerhetskopi tatt',
  'sikkerhetskopi.gjenopprettet': 'Databasen er gjenopprettet fra sikkerhetskopi',
  'sikkerhetskopi.innstillinger': 'Innstillinger for sikkerhetskopier endret',
  'dokument.eksportert': 'Dokument laget',
  'dokument.importert': 'Dokument importert',
  'dokument.avvist': 'Import av dokument avvist',
  'oppdatering.sendt': 'Oppdatering laget til partnerbydelen',
  'oppdatering.mottatt': 'Oppdatering fra partnerbydelen importert',
  'partnernokkel.lagret': 'Partnernøkkel godkjent',
  'partnernokkel.byttet': 'Partnernøkkel byttet (ny PC eller tapt nøkkel hos partneren)',
  'felles_mappe.lagret': 'Felles mappe med partnerbydelen valgt',
  'felles_mappe.fjernet': 'Felles mappe med partnerbydelen fjernet',
  'revisjonslogg.brudd': 'Loggen var endret utenfor appen da denne raden ble skrevet',
};

/** The label of a code; a code from a newer version shows as itself rather than not at all. */
export function auditActionLabel(action: string): string {
  return Object.hasOwn(AUDIT_ACTION_LABELS, action) ? AUDIT_ACTION_LABELS[action as AuditAction] : action;
}

/** What a failed «Kontroller loggen» means, as one sentence naming the row or the exchange. */
export function auditProblemText(result: Extract<AuditVerification, { ok: false }>): string {
  const say = t.personvern.loggProblem;
  const row = result.firstBadId ?? result.checked + 1;
  switch (result.problem) {
    case 'endret':
      return say.endret(row);
    case 'mangler':
      return say.mangler(row);
    case 'avkortet':
      return say.avkortet(result.checked, result.signedHeadId ?? row);
    case 'omnummerert':
      return say.omnummerert(row);
    case 'historikk_endret':
      return say.historikkEndret(result.reference ?? '');
  }
}
