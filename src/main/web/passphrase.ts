import { DISTRICTS } from '../../shared/districts';
import { INSTANCE_MESSAGES } from '../../shared/i18n/system-messages';

/**
 * Whether a passphrase is strong enough to protect real case data in browser mode, where the
 * database key is derived from it and nothing else stands between a copied data folder and the
 * cases. The estimate is deliberately simple and conservative: the characters' pool size times
 * the length, less for repeats, runs and the words an attacker tries first (the app's and the
 * districts' names, the common passwords). About 60 bits is out of reach of an offline attack on
 * scrypt(N=2^15) for years on ordinary hardware.
 */
export const MIN_PASSPHRASE_LENGTH = 12;
const MIN_BITS = 60;

const COMMON = [
  'passord',
  'password',
  'qwerty',
  'asdf',
  'sommer',
  'vinter',
  'hemmelig',
  'velkommen',
  'bytteordning',
  'oslo',
  'kommune',
  'bydel',
  'sammen om bolig',
  '123',
  'abc',
];

function normalised(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

function poolSize(s: string): number {
  let pool = 0;
  if (/[a-zæøå]/.test(s)) pool += 29;
  if (/[A-ZÆØÅ]/.test(s)) pool += 29;
  if (/[0-9]/.test(s)) pool += 10;
  if (/[^A-Za-zÆØÅæøå0-9]/.test(s)) pool += 33;
  return Math.max(pool, 1);
}

/** Characters that add little: a repeat of the one before, or the next in a run (abc, 123). */
function effectiveLength(s: string): number {
  const chars = [...s];
  let length = 0;
  for (let i = 0; i < chars.length; i++) {
    const prev = chars[i - 1]?.codePointAt(0);
    const here = chars[i]!.codePointAt(0)!;
    length += prev !== undefined && Math.abs(here - prev) <= 1 ? 0.25 : 1;
  }
  return length;
}

/** Why the passphrase is too weak, as a sentence to show; null when it is strong enough. */
export function passphraseProblem(passphrase: string): string | null {
  const p = normalised(passphrase);
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    return INSTANCE_MESSAGES.passordForKort(MIN_PASSPHRASE_LENGTH);
  }
  const words = [...COMMON, ...DISTRICTS.map((d) => normalised(d.name))];
  let rest = p;
  for (const w of words) rest = rest.split(w).join('');
  const bits = effectiveLength(rest) * Math.log2(poolSize(passphrase));
  if (bits < MIN_BITS) {
    return INSTANCE_MESSAGES.passordForLett;
  }
  return null;
}
