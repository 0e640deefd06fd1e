import type { ListQuery } from '../../shared/contract';
import type { DistrictId } from '../../shared/districts';
import type { StepId } from '../../shared/exchange/workflow';

/** Rows per page of the overview. */
export const PAGE = 50;

export type Tab = 'utgaende' | 'innkommende' | 'alle';

/** The overview's filters as its address holds them (so a filtered list can be bookmarked and shared). */
export function overviewFilters(params: URLSearchParams) {
  return {
    tab: (params.get('retning') as Tab | null) ?? 'alle',
    status: (params.get('status') as 'aktiv' | 'avsluttet' | 'alle' | null) ?? 'aktiv',
    search: params.get('sok') ?? '',
    partner: (params.get('partner') as DistrictId | null) ?? undefined,
    step: (params.get('steg') as StepId | null) ?? undefined,
    overdueOnly: params.get('forfalt') === '1',
    sort: (params.get('sort') as ListQuery['sort'] | null) ?? 'sist_endret',
    offset: Number(params.get('fra') ?? 0) || 0,
    createdFrom: params.get('opprettet-fra') ?? '',
    createdTo: params.get('opprettet-til') ?? '',
  };
}

/** The list query for those filters. */
export function overviewQuery(f: ReturnType<typeof overviewFilters>): ListQuery {
  return {
    status: f.status,
    sort: f.sort,
    offset: f.offset,
    limit: PAGE,
    ...(f.tab !== 'alle' ? { direction: f.tab } : {}),
    ...(f.search ? { search: f.search } : {}),
    ...(f.partner ? { partner: f.partner } : {}),
    ...(f.step ? { step: f.step } : {}),
    ...(f.overdueOnly ? { overdueOnly: f.overdueOnly } : {}),
    ...(f.createdFrom ? { createdFrom: f.createdFrom } : {}),
    ...(f.createdTo ? { createdTo: f.createdTo } : {}),
  };
}
