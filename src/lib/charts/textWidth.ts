/**
 * Advance widths (in em) of the printable ASCII characters in Noto Sans SC Regular, the font
 * every downloaded chart names first and every PNG is drawn with; read from the font's hmtx
 * table. Good enough to lay out labels at build time without loading the 10 MB font.
 */
const ASCII_EM: Readonly<Record<string, number>> = {
  ' ': 0.224, '!': 0.323, '"': 0.474, '#': 0.555, '$': 0.555, '%': 0.921, '&': 0.68, "'": 0.278, '(': 0.338, ')': 0.338,
  '*': 0.467, '+': 0.555, ',': 0.278, '-': 0.347, '.': 0.278, '/': 0.392, ':': 0.278, ';': 0.278, '<': 0.555, '=': 0.555,
  '>': 0.555, '?': 0.474, '@': 0.946, '[': 0.338, '\\': 0.392, ']': 0.338, '^': 0.555, _: 0.559, '`': 0.606, '{': 0.338,
  '|': 0.27, '}': 0.338, '~': 0.555,
  '0': 0.555, '1': 0.555, '2': 0.555, '3': 0.555, '4': 0.555, '5': 0.555, '6': 0.555, '7': 0.555, '8': 0.555, '9': 0.555,
  A: 0.608, B: 0.657, C: 0.638, D: 0.688, E: 0.589, F: 0.552, G: 0.689, H: 0.728, I: 0.293, J: 0.535, K: 0.646, L: 0.543, M: 0.812,
  N: 0.723, O: 0.742, P: 0.633, Q: 0.742, R: 0.635, S: 0.596, T: 0.599, U: 0.721, V: 0.575, W: 0.878, X: 0.573, Y: 0.531, Z: 0.603,
  a: 0.563, b: 0.618, c: 0.51, d: 0.62, e: 0.554, f: 0.325, g: 0.564, h: 0.607, i: 0.275, j: 0.275, k: 0.552, l: 0.284, m: 0.926,
  n: 0.61, o: 0.606, p: 0.62, q: 0.62, r: 0.388, s: 0.468, t: 0.377, u: 0.607, v: 0.521, w: 0.802, x: 0.498, y: 0.521, z: 0.475,
};

/** Accented Latin letters (é, ü, ā…: U+00C0–024F, U+1E00–1EFF) are about as wide as their base letters; 0.62 em covers the widest lower-case ones. */
const isLatinExtended = (c: number) => (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);

/**
 * The width of one character in em: from the table for ASCII, 0.62 for accented Latin, and one
 * full em for everything else — CJK characters, full-width punctuation, and also ·, ’ and …,
 * which this CJK font draws full-width. Erring wide keeps a label inside its space.
 */
export function charEm(ch: string): number {
  return ASCII_EM[ch] ?? (isLatinExtended(ch.codePointAt(0) ?? 0) ? 0.62 : 1);
}

/**
 * A text's width in thousandths of an em: a whole number, so widths summed piece by piece
 * (wrapText adds word to word) equal the width of the whole, with no rounding between them.
 */
export function textMilliEm(text: string): number {
  let milli = 0;
  for (const ch of text) milli += Math.round(charEm(ch) * 1000);
  return milli;
}

/** Thousandths of an em at a font size, in the size's unit. */
export const milliEmWidth = (milli: number, fontSize: number) => (milli * fontSize) / 1000;

/** The width of a line of text at a font size, in the same unit as the size. */
export function textWidth(text: string, fontSize: number): number {
  return milliEmWidth(textMilliEm(text), fontSize);
}
