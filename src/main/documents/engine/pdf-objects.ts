/**
 * A small reader for the object layer of a PDF: enough to look at the catalog, font
 * dictionaries, output intents and file specifications without a full PDF library.
 * pdfjs does not expose these (it answers "what does the page say", not "is every font
 * embedded"). Handles classic objects and compressed object streams; no encryption.
 */
import { inflateSync } from 'node:zlib';

/** Far above any stream our documents hold (fonts are the largest, under 1 MB). */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

export class PdfRef {
  constructor(readonly ref: number) {}
}
export class PdfName {
  constructor(readonly name: string) {}
}
export type PdfValue = number | boolean | null | string | PdfName | PdfRef | PdfValue[] | PdfDict;
export interface PdfDict {
  readonly [key: string]: PdfValue | undefined;
}

export interface PdfObject {
  value: PdfValue;
  /** Raw (still encoded) stream bytes, for stream objects. */
  stream?: Uint8Array;
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);

export const isName = (v: PdfValue | undefined, name?: string): v is PdfName =>
  v instanceof PdfName && (name === undefined || v.name === name);
export const isRef = (v: PdfValue | undefined): v is PdfRef => v instanceof PdfRef;
export const isDict = (v: PdfValue | undefined): v is PdfDict =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof PdfName) && !(v instanceof PdfRef);

class Parser {
  pos = 0;
  constructor(readonly s: string) {}

  skip(): void {
    for (;;) {
      const c = this.s.charCodeAt(this.pos);
      if (WHITESPACE.has(c)) this.pos++;
      else if (c === 0x25 /* % */) {
        while (this.pos < this.s.length && !'\r\n'.includes(this.s[this.pos] ?? '\n')) this.pos++;
      } else return;
    }
  }

  private token(): string {
    const start = this.pos;
    while (this.pos < this.s.length) {
      const ch = this.s[this.pos] ?? '';
      if (WHITESPACE.has(ch.charCodeAt(0)) || DELIMITERS.has(ch)) break;
      this.pos++;
    }
    return this.s.slice(start, this.pos);
  }

  value(): PdfValue {
    this.skip();
    const s = this.s;
    const ch = s[this.pos];
    if (ch === undefined) throw new Error('unexpected end');
    if (s.startsWith('<<', this.pos)) return this.dict();
    if (ch === '<') return this.hexString();
    if (ch === '[') {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skip();
        if (s[this.pos] === ']') {
          this.pos++;
          return items;
        }
        if (this.pos >= s.length) throw new Error('unterminated array');
        items.push(this.value());
      }
    }
    if (ch === '(') return this.literalString();
    if (ch === '/') {
      this.pos++;
      return new PdfName(this.token().replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
    }
    const word = this.token();
    if (word === '') throw new Error(`unexpected '${ch}' at ${this.pos}`);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    const n = Number(word);
    if (Number.isNaN(n)) throw new Error(`unexpected '${word}'`);
    // "12 0 R" is a reference: look ahead without consuming if it is not.
    if (/^\d+$/.test(word)) {
      const save = this.pos;
      const m = /^\s+(\d+)\s+R(?![^\s/<>[\]()%])/.exec(s.slice(this.pos, this.pos + 24));
      if (m) {
        this.pos = save + m[0].length;
        return new PdfRef(n);
      }
    }
    return n;
  }

  private dict(): PdfDict {
    this.pos += 2;
    const out = Object.create(null) as Record<string, PdfValue>;
    for (;;) {
      this.skip();
      if (this.s.startsWith('>>', this.pos)) {
        this.pos += 2;
        return out;
      }
      const key = this.value();
      if (!isName(key)) throw new Error('dictionary key is not a name');
      out[key.name] = this.value();
    }
  }

  private hexString(): string {
    const end = this.s.indexOf('>', this.pos);
    if (end < 0) throw new Error('unterminated hex string');
    const hex = this.s.slice(this.pos + 1, end).replace(/\s+/g, '');
    this.pos = end + 1;
    let out = '';
    for (let i = 0; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2).padEnd(2, '0'), 16));
    return out;
  }

  private literalString(): string {
    const s = this.s;
    let depth = 0;
    let out = '';
    this.pos++;
    while (this.pos < s.length) {
      const ch = s[this.pos++] ?? '';
      if (ch === '\\') {
        const next = s[this.pos++] ?? '';
        const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
        if (simple[next] !== undefined) out += simple[next];
        else if (/[0-7]/.test(next)) {
          let oct = next;
          while (oct.length < 3 && /[0-7]/.test(s[this.pos] ?? '')) oct += s[this.pos++];
          out += String.fromCharCode(parseInt(oct, 8) & 0xff);
        } else if (next === '\r') {
          if (s[this.pos] === '\n') this.pos++;
        } else if (next !== '\n') out += next;
      } else if (ch === '(') {
        depth++;
        out += ch;
      } else if (ch === ')') {
        if (depth === 0) return out;
        depth--;
        out += ch;
      } else out += ch;
    }
    throw new Error('unterminated string');
  }
}

/** Text of a PDF string value: UTF-16BE with BOM, or PDFDocEncoding (close enough to Latin-1 here). */
export function pdfText(raw: string): string {
  if (raw.startsWith('\u00fe\u00ff')) {
    let out = '';
    for (let i = 2; i + 1 < raw.length; i += 2) out += String.fromCharCode((raw.charCodeAt(i) << 8) | raw.charCodeAt(i + 1));
    return out;
  }
  return raw;
}

export interface PdfFile {
  objects: Map<number, PdfObject>;
  trailer: PdfDict;
  /** e.g. '1.7' */
  version: string;
  get(v: PdfValue | undefined): PdfValue | undefined;
  /** Decoded stream bytes (FlateDecode only; other filters are returned as stored). */
  streamData(v: PdfValue | undefined): Uint8Array | undefined;
}

function decode(obj: PdfObject): Uint8Array | undefined {
  if (!obj.stream) return undefined;
  const filter = isDict(obj.value) ? obj.value.Filter : undefined;
  const filters = Array.isArray(filter) ? filter : filter ? [filter] : [];
  if (filters.length === 0) return obj.stream;
  // Bounded: this parser only checks our own output in tests, but never inflates without a limit.
  if (filters.length === 1 && isName(filters[0], 'FlateDecode')) return new Uint8Array(inflateSync(obj.stream, { maxOutputLength: MAX_INFLATED_BYTES }));
  return obj.stream;
}

/** Parses every object in the file. Throws on malformed input. */
export function parsePdf(bytes: Uint8Array): PdfFile {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const version = /^%PDF-(\d\.\d)/.exec(s.slice(s.indexOf('%PDF-'), s.indexOf('%PDF-') + 8))?.[1] ?? '';
  const objects = new Map<number, PdfObject>();
  const header = /(\d+)\s+(\d+)\s+obj\b/g;
  const parser = new Parser(s);
  let trailer: PdfDict = {};

  for (let m = header.exec(s); m; m = header.exec(s)) {
    parser.pos = m.index + m[0].length;
    const value = parser.value();
    const object: PdfObject = { value };
    parser.skip();
    if (s.startsWith('stream', parser.pos)) {
      let start = parser.pos + 6;
      if (s[start] === '\r') start++;
      if (s[start] === '\n') start++;
      const declared = isDict(value) ? value.Length : undefined;
      const end = typeof declared === 'number' ? start + declared : s.indexOf('endstream', start);
      if (end < start || end > s.length) throw new Error(`bad stream length in object ${m[1]}`);
      object.stream = bytes.subarray(start, end);
      parser.pos = s.indexOf('endstream', end) + 'endstream'.length;
    }
    objects.set(Number(m[1]), object);
    // Skip stream data so its bytes are never mistaken for object headers.
    header.lastIndex = parser.pos;
  }

  // Objects inside compressed object streams (PDF 1.5+).
  for (const obj of [...objects.values()]) {
    if (!isDict(obj.value) || !isName(obj.value.Type, 'ObjStm')) continue;
    const data = decode(obj);
    const first = obj.value.First;
    if (!data || typeof first !== 'number') continue;
    const text = Buffer.from(data).toString('latin1');
    const nums = text.slice(0, first).trim().split(/\s+/).map(Number);
    const inner = new Parser(text);
    for (let i = 0; i + 1 < nums.length; i += 2) {
      inner.pos = first + (nums[i + 1] ?? 0);
      const num = nums[i] ?? -1;
      if (!objects.has(num)) objects.set(num, { value: inner.value() });
    }
  }

  // Classic trailer, or the cross-reference stream dictionary that replaces it.
  const trailerAt = s.lastIndexOf('trailer');
  if (trailerAt >= 0) {
    parser.pos = trailerAt + 'trailer'.length;
    const t = parser.value();
    if (isDict(t)) trailer = t;
  } else {
    for (const obj of objects.values()) if (isDict(obj.value) && isName(obj.value.Type, 'XRef')) trailer = obj.value;
  }

  const get = (v: PdfValue | undefined): PdfValue | undefined => (isRef(v) ? objects.get(v.ref)?.value : v);
  const streamData = (v: PdfValue | undefined): Uint8Array | undefined => {
    const obj = isRef(v) ? objects.get(v.ref) : undefined;
    return obj ? decode(obj) : undefined;
  };
  return { objects, trailer, version, get, streamData };
}
