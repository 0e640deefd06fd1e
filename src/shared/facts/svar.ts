import type { Svar } from '../exchange/model';
import { formatDate } from '../i18n/format';
import { AVSLAGSGRUNN_LABELS } from '../i18n/labels';
import { type FactRow, recorded } from './rows';

/** The answer's facts by the words of its form; the free text is an «utdyping» of a no, a «kommentar» to a yes. */
export const SVAR_LABELS = {
  svar: 'Svar',
  dato: 'Dato for svaret',
  grunn: 'Grunn til nei',
  utdyping: 'Utdyping av grunnen',
  kommentar: 'Kommentar',
} as const;

export const SVAR_VALUES = { ja: 'Ja, bydelen sier ja til byttet', nei: 'Nei, bydelen sier nei til byttet' } as const;

/** The new district's answer: on its step, in the answer's PDF and in the import preview. */
export function svarRows(svar: Svar): FactRow[] {
  return recorded([
    [SVAR_LABELS.svar, SVAR_VALUES[svar.svar]],
    [SVAR_LABELS.dato, formatDate(svar.dato)],
    [SVAR_LABELS.grunn, svar.svar === 'nei' ? AVSLAGSGRUNN_LABELS[svar.grunn] : ''],
    [svar.svar === 'nei' ? SVAR_LABELS.utdyping : SVAR_LABELS.kommentar, svar.kommentar],
  ]);
}
