import { escapeXml as esc } from '../format/escapeXml';
import { LEGEND_ORDER, swatchSvg, type ValueKind } from './palette';
import { textWidth } from './textWidth';

export interface LegendItem {
  kind: ValueKind;
  label: string;
}

/** The kinds a chart draws, once each, in legend order. */
export function legendKinds(kinds: Iterable<ValueKind>): ValueKind[] {
  const present = new Set(kinds);
  return LEGEND_ORDER.filter((k) => present.has(k));
}

const SWATCH = 12;
const SWATCH_GAP = 6;
const ITEM_GAP = 18;

/**
 * A legend for a chart file: each kind's swatch (drawn from the marks' own style) and its name,
 * left to right, onto a new line when the next item would pass `maxWidth`.
 */
export function legendSvg(items: LegendItem[], maxWidth: number, fontSize = 12): { svg: string; width: number; height: number } {
  const lineHeight = Math.max(SWATCH, fontSize) + 8;
  const parts: string[] = [];
  let x = 0;
  let line = 0;
  for (const item of items) {
    const itemWidth = SWATCH + SWATCH_GAP + textWidth(item.label, fontSize);
    if (x > 0 && x + itemWidth > maxWidth) {
      x = 0;
      line += 1;
    }
    const cy = line * lineHeight + lineHeight / 2;
    parts.push(swatchSvg(item.kind, x + SWATCH / 2 + 1, cy, SWATCH / 2 - 1.5));
    parts.push(`<text x="${x + SWATCH + SWATCH_GAP}" y="${cy}" dy="0.35em" font-size="${fontSize}" fill="#1a1f29">${esc(item.label)}</text>`);
    x += itemWidth + ITEM_GAP;
  }
  const height = (line + 1) * lineHeight;
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${maxWidth}" height="${height}" viewBox="0 0 ${maxWidth} ${height}">${parts.join('')}</svg>`, width: maxWidth, height };
}

/** Parts drawn one under another in one SVG, each at the left edge, `gap` px apart. */
export function stackSvgs(parts: { svg: string; width: number; height: number }[], gap = 8): { svg: string; width: number; height: number } {
  const width = Math.max(...parts.map((p) => p.width));
  let y = 0;
  const nested = parts.map((p, i) => {
    const at = y;
    y += p.height + (i < parts.length - 1 ? gap : 0);
    return p.svg.replace(/^<svg\b/, `<svg x="0" y="${at}"`);
  });
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}">${nested.join('')}</svg>`, width, height: y };
}
