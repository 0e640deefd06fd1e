/**
 * Test fødselsnumre computed here from the published mod-11 algorithm, independently of the
 * code under test, never copied from real people.
 */
const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

export function controlDigit(digits: readonly number[], weights: readonly number[]): number | undefined {
  const sum = weights.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
  const c = 11 - (sum % 11);
  return c === 11 ? 0 : c === 10 ? undefined : c;
}

/** Appends both control digits to nine digits, or undefined when no valid number exists. */
export function withControlDigits(nine: string): string | undefined {
  const d = Array.from(nine, Number);
  const k1 = controlDigit(d, K1_WEIGHTS);
  if (k1 === undefined) return undefined;
  const k2 = controlDigit([...d, k1], K2_WEIGHTS);
  return k2 === undefined ? undefined : `${nine}${k1}${k2}`;
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export { K1_WEIGHTS };
