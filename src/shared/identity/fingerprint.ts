/** Groups and digits per group of a fingerprint, as Signal's safety numbers have them. */
export const FINGERPRINT_GROUPS = 12;
const DIGITS = 5;
const BYTES_PER_GROUP = 5;

/**
 * An installation's fingerprint as two coordinators read it to each other by phone: 12 groups
 * of 5 digits. Each group is 5 bytes of a digest (a 40-bit number) modulo 100,000, as in
 * Signal's safety numbers, so the 60 digits carry about 199 bits of the digest. Digits, not
 * hex: they are read aloud in Norwegian without spelling letters.
 */
/** A fingerprint as formatFingerprint writes it: twelve groups of five digits. */
export const FINGERPRINT_PATTERN = new RegExp(`^\\d{${DIGITS}}( \\d{${DIGITS}}){${FINGERPRINT_GROUPS - 1}}$`);

export function formatFingerprint(digest: Uint8Array): string {
  if (digest.length < FINGERPRINT_GROUPS * BYTES_PER_GROUP) throw new Error('fingerprint digest is too short');
  const groups: string[] = [];
  for (let g = 0; g < FINGERPRINT_GROUPS; g++) {
    let n = 0;
    // 40 bits fit exactly in a double; a bitwise shift would cut them to 32.
    for (let b = 0; b < BYTES_PER_GROUP; b++) n = n * 256 + digest[g * BYTES_PER_GROUP + b]!;
    groups.push(String(n % 10 ** DIGITS).padStart(DIGITS, '0'));
  }
  return groups.join(' ');
}
