import { milliEmWidth, textMilliEm } from './textWidth';

const OPENING = /^[《“‘（【「『〈〔［｛([]+$/u;
const CLOSING = /^[》”’）】」』〉〕］｝，。、；：！？…)\],.;:!?]+$/u;

/**
 * Chinese line-breaking (禁则): an opening bracket or quote never ends a line and
 * a closing one or a comma never starts one, so each is joined to its neighbour.
 */
function keepPunctuationAttached(tokens: string[]): string[] {
  const out: string[] = [];
  let opening = '';
  for (const token of tokens) {
    const previous = out.at(-1);
    if (CLOSING.test(token) && opening === '' && previous !== undefined && !/^\s+$/.test(previous)) out[out.length - 1] = previous + token;
    else if (OPENING.test(token)) opening += token;
    else {
      out.push(opening + token);
      opening = '';
    }
  }
  if (opening) out.push(opening);
  return out;
}

/**
 * Splits text into lines that fit a width, measured with the font's own widths
 * (textWidth: Latin letters from Noto Sans SC's metrics, CJK one em). CJK
 * characters may break anywhere; other text breaks between words (a word longer
 * than a line is cut).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  // Tokens: single CJK characters, runs of spaces, or words of anything else.
  const tokens = keepPunctuationAttached(text.match(/[\u2E80-\uFFEF]|\s+|[^\s\u2E80-\uFFEF]+/g) ?? []);
  // Widths in whole thousandths of an em, summed token by token: a line's sum is its textWidth exactly.
  const fits = (milli: number) => milliEmWidth(milli, fontSize) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  let width = 0;
  const push = () => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
    width = 0;
  };
  for (const token of tokens) {
    const tokenWidth = textMilliEm(token);
    if (line !== '' && !fits(width + tokenWidth)) push();
    // A line never starts with the spaces it broke at.
    if (line === '' && /^\s+$/.test(token)) continue;
    if (!fits(tokenWidth)) {
      // A word wider than a line: cut it by characters.
      for (const ch of token) {
        const w = textMilliEm(ch);
        if (line !== '' && !fits(width + w)) push();
        line += ch;
        width += w;
      }
      continue;
    }
    line += token;
    width += tokenWidth;
  }
  push();
  return lines;
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** At most `max` lines, the last ending in … when the text is longer (cut between graphemes, so an emoji stays whole). */
export function clampLines(text: string, width: number, size: number, max: number): string[] {
  const lines = wrapText(text, width, size);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = [...graphemes.segment(kept[max - 1]!)].map((s) => s.segment);
  while (last.length > 0 && wrapText(`${last.join('')}…`, width, size).length > 1) last = last.slice(0, -1);
  kept[max - 1] = `${last.join('').trimEnd()}…`;
  return kept;
}
