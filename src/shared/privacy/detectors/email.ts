/** E-mail addresses. */

import type { Emit } from '../kinds';

const EMAIL_RE =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;

export function findEmails(text: string, emit: Emit): void {
  for (const m of text.matchAll(EMAIL_RE)) emit('epost', m.index, m.index + m[0].length);
}
