import { clampLines } from '../charts/wrapText';
import { DOWNLOAD_FONT_FAMILY } from '../downloads/standaloneSvg';
import { escapeXml as esc } from '../format/escapeXml';

/** What a link preview (Open Graph, Twitter) shows for a page. */
export interface OgCard {
  /** What kind of page, top right: `指标 · 三门县`. */
  kicker: string;
  title: string;
  subtitle: string;
  /** The page's address without the scheme, in the footer. */
  url: string;
  /** A chart to show, scaled to fit the card. */
  chart?: { svg: string; width: number; height: number };
  /** Headline numbers, in a row of large figures. */
  stats?: { value: string; label: string }[];
  /** A line under the figures. */
  note?: string;
  /** The site's name (top left) and the promise in the footer, in the card's language. */
  siteName: string;
  footer: string;
}

/** The card is drawn at half size and rendered at 2× (renderPng): 1200 × 630, what link previews expect. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const W = OG_WIDTH / 2;
const H = OG_HEIGHT / 2;
const PAD = 28;
const INK = '#1d2330';
const MUTED = '#555f6d';
const ACCENT = '#0b5cad';
const LINE = '#d7dce3';


/** A chart's own SVG placed in a box: its viewBox keeps the aspect ratio and centres it. */
function placeChart(chart: NonNullable<OgCard['chart']>, box: { x: number; y: number; width: number; height: number }): string {
  return chart.svg.replace(/^<svg\b[^>]*>/, (tag) => {
    let t = tag.replace(/\s(?:x|y|width|height)="[^"]*"/g, '');
    if (!/\sviewBox=/.test(t)) t = t.replace(/^<svg/, `<svg viewBox="0 0 ${chart.width} ${chart.height}"`);
    return t.replace(/^<svg/, `<svg x="${box.x}" y="${box.y.toFixed(1)}" width="${box.width}" height="${box.height.toFixed(1)}"`);
  });
}

const text = (x: number, y: number, size: number, s: string, attrs: string) => `<text x="${x}" y="${y.toFixed(1)}" font-size="${size}" ${attrs}>${esc(s)}</text>`;

/** A link-preview card as SVG: site name, title, subtitle, then the page's chart or its headline numbers. */
export function ogCardSvg(card: OgCard): string {
  const inner = W - 2 * PAD;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${esc(DOWNLOAD_FONT_FAMILY)}">`,
    `<title>${esc(card.title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<rect width="${W}" height="6" fill="${ACCENT}"/>`,
    text(PAD, 36, 15, card.siteName, `font-weight="700" fill="${ACCENT}"`),
    ...clampLines(card.kicker, inner - 140, 12, 1).map((s) => text(W - PAD, 36, 12, s, `text-anchor="end" fill="${MUTED}"`)),
  ];
  let y = 48;
  const lines = (ls: string[], size: number, attrs: string) => {
    for (const s of ls) {
      y += size * 1.3;
      out.push(text(PAD, y, size, s, attrs));
    }
  };
  const hasBody = card.chart !== undefined || (card.stats?.length ?? 0) > 0;
  lines(clampLines(card.title, inner, card.chart ? 22 : 30, 2), card.chart ? 22 : 30, `font-weight="700" fill="${INK}"`);
  y += 2;
  lines(clampLines(card.subtitle, inner, 13, hasBody ? 2 : 4), 13, `fill="${MUTED}"`);
  const footY = H - 16;
  const bodyTop = y + 14;
  const bodyBottom = footY - 22;
  if (card.chart) {
    out.push(placeChart(card.chart, { x: PAD, y: bodyTop, width: inner, height: bodyBottom - bodyTop }));
  } else if (card.stats && card.stats.length > 0) {
    const col = inner / card.stats.length;
    const noteLines = card.note ? clampLines(card.note, inner, 12, 2) : [];
    // The figures and the note, centred in the space between subtitle and footer.
    const blockHeight = 70 + noteLines.length * 15.6;
    const valueY = bodyTop + Math.max(0, (bodyBottom - bodyTop - blockHeight) / 2) + 38;
    card.stats.forEach((s, i) => {
      const x = PAD + i * col;
      out.push(text(x, valueY, 40, s.value, `font-weight="700" fill="${ACCENT}"`));
      out.push(...clampLines(s.label, col - 8, 13, 1).map((l) => text(x, valueY + 22, 13, l, `fill="${INK}"`)));
    });
    y = valueY + 36;
    lines(noteLines, 12, `fill="${MUTED}"`);
  }
  out.push(`<rect x="${PAD}" y="${footY - 15}" width="${inner}" height="0.75" fill="${LINE}"/>`);
  out.push(...clampLines(card.url, inner - 190, 11, 1).map((s) => text(PAD, footY, 11, s, `fill="${MUTED}"`)));
  out.push(text(W - PAD, footY, 11, card.footer, `text-anchor="end" fill="${MUTED}"`));
  out.push('</svg>\n');
  return out.join('');
}
