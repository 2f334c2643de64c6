import { escapeXml as esc } from '../format/escapeXml';
import { milliEmWidth, textMilliEm } from '../charts/textWidth';

/** The font named in downloaded SVGs; the PNG renderer ships a font of this family. */
export const DOWNLOAD_FONT_FAMILY = "'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";

export interface FrameText {
  title: string;
  subtitle?: string;
  /** One line naming the source document(s). */
  source: string;
  /** Credit, licence and where the chart lives. */
  credit: string;
}


export { plotSvg } from '../charts/renderChart';

/**
 * Splits text into lines that fit a width, measured with the font's own widths
 * (textWidth: Latin letters from Noto Sans SC's metrics, CJK one em). CJK
 * characters may break anywhere; other text breaks between words (a word longer
 * than a line is cut).
 */
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

/**
 * Lines a framed chart's title and subtitle may take, and its source line (which names every
 * document a chart draws on: five lines for the project charts today): a name of any length keeps
 * the file a chart.
 */
const FRAME_LINES = 4;
const BOLD_WIDTH = 1.08;
const SOURCE_LINES = 16;

/**
 * A chart as a file a journalist can drop into an article: white background,
 * title and subtitle above, source and credit below, all text in the SVG.
 */
export function framedSvg(chart: { svg: string; width: number; height: number }, text: FrameText): string {
  const pad = 16;
  const width = Math.max(chart.width + 2 * pad, 360);
  const inner = width - 2 * pad;
  // The title is bold, about 8% wider than the regular widths wrapText measures with.
  const titleLines = clampLines(text.title, inner / BOLD_WIDTH, 17, FRAME_LINES);
  const subLines = text.subtitle ? clampLines(text.subtitle, inner, 12, FRAME_LINES) : [];
  const footLines = [...clampLines(text.source, inner, 11, SOURCE_LINES), ...wrapText(text.credit, inner, 11)];
  const out: string[] = [];
  let y = pad;
  const line = (s: string, size: number, attrs: string) => {
    y += size * 1.35;
    out.push(`<text x="${pad}" y="${y.toFixed(1)}" font-size="${size}" ${attrs}>${esc(s)}</text>`);
  };
  for (const s of titleLines) line(s, 17, 'font-weight="700" fill="#1a1f29"');
  for (const s of subLines) line(s, 12, 'fill="#4d5968"');
  y += 8;
  const chartY = y;
  y += chart.height + 6;
  for (const s of footLines) line(s, 11, 'fill="#4d5968"');
  const height = Math.ceil(y + pad / 2);
  const nested = chart.svg.replace(/^<svg\b/, `<svg x="${pad + (inner - chart.width) / 2}" y="${chartY.toFixed(1)}"`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(DOWNLOAD_FONT_FAMILY)}">`,
    `<title>${esc(text.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...out.slice(0, titleLines.length + subLines.length),
    nested,
    ...out.slice(titleLines.length + subLines.length),
    '</svg>\n',
  ].join('');
}
