import type { Svar } from '../exchange/model';
import { formatDate } from '../i18n/format';
import { AVSLAGSGRUNN_LABELS } from '../i18n/labels';
import { SVAR_LABELS, SVAR_VALUES } from '../i18n/fact-labels';
import { type FactRow, recorded } from './rows';

/** The new district's answer: on its step, in the answer's PDF and in the import preview. */
export function svarRows(svar: Svar): FactRow[] {
  return recorded([
    [SVAR_LABELS.svar, SVAR_VALUES[svar.svar]],
    [SVAR_LABELS.dato, formatDate(svar.dato)],
    [SVAR_LABELS.grunn, svar.svar === 'nei' ? AVSLAGSGRUNN_LABELS[svar.grunn] : ''],
    [svar.svar === 'nei' ? SVAR_LABELS.utdyping : SVAR_LABELS.kommentar, svar.kommentar],
  ]);
}
