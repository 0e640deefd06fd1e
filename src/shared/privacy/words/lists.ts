/** A word list written as one whitespace-separated block, the way the lists below are kept. */
export const words = (list: string): string[] => list.trim().split(/\s+/);

/** The lists' words in lower case, for case-insensitive lookups. */
export const lowerSet = (...lists: string[][]): Set<string> => new Set(lists.flat().map((w) => w.toLowerCase()));
