import type { Bolig, Tildeling, Vedtak } from '../exchange/model';
import type { TildelingSubstep } from '../exchange/workflow';
import { formatDate } from '../i18n/format';
import { BOLIGTYPE_LABELS } from '../i18n/labels';
import { TILDELING_LABELS, VEDTAK_RESULTAT_LABELS } from '../i18n/fact-labels';
import { type FactRow, recorded } from './rows';

export function vedtakRows(vedtak: Vedtak): FactRow[] {
  return [
    [TILDELING_LABELS.vedtaksdato, formatDate(vedtak.dato)],
    [TILDELING_LABELS.vedtaksreferanse, vedtak.referanse],
    [TILDELING_LABELS.resultat, VEDTAK_RESULTAT_LABELS[vedtak.resultat]],
  ];
}

/** The dwelling found and the delegation: on the tildeling step, in the delegation's PDF and in the import preview. */
export function boligRows(bolig: Bolig): FactRow[] {
  return [
    [TILDELING_LABELS.boligreferanse, bolig.referanse],
    [TILDELING_LABELS.type, BOLIGTYPE_LABELS[bolig.type]],
    [TILDELING_LABELS.rom, String(bolig.rom)],
    [TILDELING_LABELS.funnet, formatDate(bolig.funnetDato)],
    [TILDELING_LABELS.delegert, formatDate(bolig.delegertDato)],
  ];
}

/** Each part of tildeling as its facts; a part not yet registered has none. */
export function tildelingRows(tildeling: Tildeling): Record<TildelingSubstep, FactRow[]> {
  return {
    soknad: recorded([[TILDELING_LABELS.sokt, formatDate(tildeling.soknadDato)]]),
    vedtak: tildeling.vedtak ? vedtakRows(tildeling.vedtak) : [],
    bolig: tildeling.bolig ? boligRows(tildeling.bolig) : [],
    tildelt: recorded([[TILDELING_LABELS.tildelt, formatDate(tildeling.tildeltDato)]]),
  };
}
