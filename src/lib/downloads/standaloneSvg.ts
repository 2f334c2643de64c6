import { escapeXml as esc } from '../format/escapeXml';
import { clampLines, wrapText } from '../charts/wrapText';

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
