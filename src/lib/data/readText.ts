import { existsSync, readFileSync, statSync } from 'node:fs';

/** A text file read strictly: its text, or why it cannot be used (a reason for `file:line: reason`). */
export type TextRead = { ok: true; text: string } | { ok: false; line: number; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Byte offset of the first byte that does not start or continue a well-formed UTF-8 sequence (-1 if none). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i += 1;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0; // no overlong forms
      if (c === 0xed) hi = 0x9f; // no surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined) return i;
      if (k === 1 ? d < lo || d > hi : (d & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** 1-based line of a byte offset (counts LF; a CR-only file counts CRs). */
function lineOfByte(b: Uint8Array, offset: number): number {
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < offset; i++) {
    if (b[i] === 0x0a) lf += 1;
    else if (b[i] === 0x0d && b[i + 1] !== 0x0a) cr += 1;
  }
  return 1 + lf + cr;
}

function decodesAs(label: string, b: Uint8Array): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes bytes as UTF-8, refusing anything else: a GBK file or a stray byte
 * would otherwise turn into U+FFFD and be published. The reason names the line
 * of the first bad byte, and a likely cause.
 */
export function decodeUtf8(bytes: Uint8Array): TextRead {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    const line = lineOfByte(bytes, at);
    const byte = `0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')}`;
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const hint = utf16 ? '; it starts with a UTF-16 byte-order mark' : decodesAs('gb18030', bytes) ? '; it reads as GBK/GB 18030' : '';
    return { ok: false, line: 1, reason: `is not valid UTF-8 (first bad byte ${byte} at line ${line}${hint}); save it as UTF-8` };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split(/\r\n|\r|\n/).length;
    return { ok: false, line: 1, reason: `contains a NUL character (first at line ${line}; saved as UTF-16?); save it as UTF-8` };
  }
  return { ok: true, text };
}

/** Reads a file as strict UTF-8; a missing file or a folder in its place is a reason, not an exception. */
export function readUtf8File(path: string): TextRead {
  if (!existsSync(path)) return { ok: false, line: 1, reason: 'file is missing' };
  if (statSync(path).isDirectory()) return { ok: false, line: 1, reason: 'is a folder, not a file' };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, line: 1, reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  return decodeUtf8(bytes);
}

/** A short, single-line excerpt of untrusted text for a message. */
export function excerpt(s: string, max = 40): string {
  const flat = s.replace(/[\r\n\t]+/g, ' ');
  return [...flat].length > max ? `${[...flat].slice(0, max).join('')}…` : flat;
}
