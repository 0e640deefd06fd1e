/** The overview's sort orders. Apart from the contract so that the first screen's code does not load zod. */
export const LIST_SORTS = ['sist_endret', 'nyeste', 'eldste', 'referanse', 'frist'] as const;
