export type RawTextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedRawText {
  text: string;
  encoding: RawTextEncoding;
}

/** C0 control characters that never occur in text (tab, line feed, form feed and carriage return do). */
const BINARY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;
const REPLACEMENT = '\ufffd';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    // ignoreBOM keeps a byte-order mark in the text; this function strips marks itself.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** `line:column` (1-based) of a character index in a text. */
function position(text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return `${line}:${index - before.lastIndexOf('\n')}`;
}

/** Where a lenient decoder first had to substitute a replacement character: the first invalid byte sequence. */
function firstInvalid(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  return position(text, Math.max(0, text.indexOf(REPLACEMENT)));
}

/**
 * Text saved from a page is UTF-8 (with or without a byte-order mark), GBK/GB2312/GB18030
 * (older Chinese government sites), or UTF-16 with a byte-order mark (Windows "Unicode").
 * Anything else is refused with where and what is wrong (`source:line:column: reason`), rather
 * than decoded into garble that would end up in published quotes. `source` names the input
 * (e.g. its path).
 */
export function decodeRawText(bytes: Uint8Array, source = 'input'): DecodedRawText {
  if (bytes.length === 0) throw new Error(`${source}:1:1: is empty`);
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const body = bytes.subarray(2);
    const text = decodeStrict(body, encoding);
    if (text === null) throw new Error(`${source}:${firstInvalid(body, encoding)}: starts with a UTF-16 byte-order mark but is not valid UTF-16 here`);
    return { text: refuseBinary(text, source), encoding };
  }
  const utf8Body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  const utf8 = decodeStrict(utf8Body, 'utf-8');
  if (utf8 !== null) return { text: refuseBinary(utf8, source), encoding: 'utf-8' };
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const text = new TextDecoder('utf-8').decode(bytes.subarray(0, nul));
    throw new Error(`${source}:${position(text, text.length)}: is not text: a NUL byte (a binary file, or UTF-16 saved without a byte-order mark)`);
  }
  const gb = decodeStrict(bytes, 'gb18030');
  if (gb === null) {
    throw new Error(`${source}:${firstInvalid(bytes, 'utf-8')}: is neither UTF-8 nor GBK/GB18030 text: invalid UTF-8 here, and invalid GB18030 at ${firstInvalid(bytes, 'gb18030')}`);
  }
  return { text: refuseBinary(gb, source), encoding: 'gb18030' };
}

/** A decodable file can still be binary (NUL bytes are valid UTF-8): many control characters give it away. */
function refuseBinary(text: string, source: string): string {
  const controls = [...text.matchAll(BINARY_CONTROL)];
  if (controls.length >= Math.max(2, text.length * 0.01)) {
    const first = controls[0]!;
    const code = `U+${first[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    throw new Error(`${source}:${position(text, first.index)}: is not text: ${controls.length} of its ${text.length} characters are control characters, the first (${code}) here (a binary file, or UTF-16 saved without a byte-order mark)`);
  }
  return text;
}
