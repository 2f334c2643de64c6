import { describe, expect, test } from 'vitest';
import { charactersOf, subsetFonts } from '../../src/lib/downloads/fontSubset';
import { PNG_SCALE, renderPng } from '../../src/lib/downloads/renderPng';
import { DOWNLOAD_FONT_FAMILY } from '../../src/lib/downloads/standaloneSvg';
import { inkedPixels, isPng, pngSize } from './pngDecode';

const svg = (body: string, width = 240, height = 60) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${DOWNLOAD_FONT_FAMILY.replace(/'/g, '&apos;')}">${body}</svg>`;
const text = (s: string, weight = 400) => svg(`<text x="10" y="40" font-size="24" font-weight="${weight}">${s}</text>`);

describe('a chart as PNG', () => {
  test('is a PNG at twice the SVG’s width and height', () => {
    const png = renderPng(svg('<rect x="10" y="10" width="50" height="20" fill="#0b5cad"/>', 300, 170));
    expect(isPng(png)).toBe(true);
    expect(pngSize(png)).toEqual({ width: 300 * PNG_SCALE, height: 170 * PNG_SCALE });
  });

  test('draws Chinese text with the bundled Noto Sans SC, not with whatever fonts the machine has', () => {
    const blank = inkedPixels(renderPng(svg('')));
    const chinese = inkedPixels(renderPng(text('民政规划数据')));
    expect(blank).toBe(0);
    expect(chinese).toBeGreaterThan(2000);
    // Without a font file nothing is drawn: the test would notice a missing font.
    expect(inkedPixels(renderPng(text('民政规划数据'), []))).toBe(0);
  });

  test('bold text uses the bold face', () => {
    expect(inkedPixels(renderPng(text('养老床位', 700)))).toBeGreaterThan(1.2 * inkedPixels(renderPng(text('养老床位', 400))));
  });

  test('a font subset cut to the text draws exactly the same pixels as the whole font', async () => {
    const chart = svg('<text x="4" y="24" font-size="16">三门县:护理型床位占比 58% (2025) &amp; “十四五”</text><text x="4" y="50" font-size="16" font-weight="700">&#8722;5 &#x2014; 约束性</text>', 360);
    const subset = await subsetFonts(chart);
    expect(Buffer.from(renderPng(chart, subset)).equals(Buffer.from(renderPng(chart)))).toBe(true);
  });

  test('the subset keeps every character of the SVG, numeric references decoded', () => {
    const chars = charactersOf('<text>&#8722;5 &#x2014; 民政</text>');
    for (const ch of ['−', '—', '民', '政', '5', 'A', '~']) expect(chars).toContain(ch);
    expect(charactersOf('乙甲')).toBe(charactersOf('甲乙'));
  });
});
