import type { Bolig, Svar } from '../exchange/model';
import { formatDate } from '../i18n/format';
import { AVSLAGSGRUNN_LABELS, BOLIGTYPE_LABELS } from '../i18n/labels';

/**
 * The facts of the documents that answer a profile, as label/value rows: the same words in
 * the PDF that is sent and in the import preview the other district confirms.
 */
export type Rows = [label: string, value: string][];

export function answerRows(svar: Svar): Rows {
  const rows: Rows = [
    ['Svar', svar.svar === 'ja' ? 'Ja, bydelen sier ja til byttet' : 'Nei, bydelen sier nei til byttet'],
    ['Dato for svaret', formatDate(svar.dato)],
  ];
  if (svar.svar === 'nei') rows.push(['Grunn', AVSLAGSGRUNN_LABELS[svar.grunn]]);
  if (svar.kommentar) rows.push([svar.svar === 'nei' ? 'Utdyping' : 'Kommentar', svar.kommentar]);
  return rows;
}

export function boligRows(bolig: Bolig): Rows {
  return [
    ['Boligreferanse (Boligbygg)', bolig.referanse],
    ['Type bolig', BOLIGTYPE_LABELS[bolig.type]],
    ['Antall rom', String(bolig.rom)],
    ['Boligen ble funnet', formatDate(bolig.funnetDato)],
    ['Tildelingsmyndighet delegert', formatDate(bolig.delegertDato)],
  ];
}
