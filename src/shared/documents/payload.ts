/**
 * Limits and the canonical serialisation for the JSON a crossing document carries (its shape
 * is the signed update, src/shared/sync/update.ts). Both ends agree on these; hashing and
 * signing happen in main (node:crypto).
 */

/** The attachment documents from before signed updates carried. Such a file is refused as unsigned. */
export const UNSIGNED_ATTACHMENT_NAME = 'bytteordning.json';

/** Our attachments are a few kilobytes; a larger one is not parsed at all. */
export const MAX_PAYLOAD_BYTES = 1024 * 1024;

/** Our payloads nest a few levels; anything deeper is refused before canonicalJson recurses into it. */
export const MAX_PAYLOAD_DEPTH = 32;

/** Whether objects and arrays in `value` nest at most `max` levels. Iterative, so any depth is safe to check. */
export function nestingWithin(value: unknown, max: number): boolean {
  const stack: { node: object; level: number }[] = [];
  const visit = (v: unknown, level: number) => {
    if (v !== null && typeof v === 'object') stack.push({ node: v, level });
  };
  visit(value, 1);
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.level > max) return false;
    for (const child of Object.values(next.node)) visit(child, next.level + 1);
  }
  return true;
}

/**
 * JSON with object keys sorted (by UTF-16 code units, as RFC 8785) and no whitespace, so the
 * same data always gives the same text, whatever order it was built or parsed in.
 * Undefined object members are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
  return `{${members.join(',')}}`;
}
