import type { AuditAction } from '../../shared/privacy/audit';

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
};

/** The label of a code; a code from a newer version shows as itself rather than not at all. */
export function auditActionLabel(action: string): string {
  return Object.hasOwn(AUDIT_ACTION_LABELS, action) ? AUDIT_ACTION_LABELS[action as AuditAction] : action;
}
