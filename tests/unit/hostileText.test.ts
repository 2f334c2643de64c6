import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { countText } from '../../src/components/projectExplorer';
import { framedSvg } from '../../src/lib/downloads/standaloneSvg';
import { renderPng } from '../../src/lib/downloads/renderPng';
import { fill } from '../../src/lib/i18n/fill';
import { markerLabel } from '../../src/lib/map/markerLabel';
import { parseCompareState } from '../../src/lib/compare/urlState';
import { embedCode } from '../../src/lib/downloads/embedScript';
import { isolateIfBidi, isolateText } from '../../src/lib/format/bidiIsolate';
import { clampDescription, DESCRIPTION_MAX, fitTitle, titleRoom } from '../../src/lib/views/pageTitle';
import { OG_HEIGHT, OG_WIDTH, ogCardSvg, type OgCard } from '../../src/lib/cards/ogCard';
import { pngSize } from './pngDecode';

// Names from the hostile fixture (tests/fixtures/hostile): replacement patterns, bidi controls, 10,000 characters.
const DOLLAR = "Home $& $' $1 $` $$ {category}";
const LONG_LATIN = 'W'.repeat(10_000);
const LONG_CJK = '长'.repeat(10_000);
const LONG_WORDS = 'Nursing home '.repeat(800);
const graphemes = (s: string) => [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);

describe('names holding String.replace patterns ($&, $\', $1) stay as written', () => {
  test('in a map marker’s accessible name', () => {
    expect(markerLabel('{name} ({category}), press Enter for details', { name: DOLLAR, category: 'Elderly care' })).toBe(`${DOLLAR} (Elderly care), press Enter for details`);
    expect(markerLabel('{name}({category}),按回车查看详情', { name: '养老院$&$\'$1$`', category: '养老' })).toBe('养老院$&$\'$1$`(养老),按回车查看详情');
  });

  test('in fill(), which every island uses for interface text with data', () => {
    expect(fill('{a}/{b}', { a: '$&$&', b: "$'" })).toBe("$&$&/$'");
    expect(countText('显示 {shown} / {total} 个项目', 3, 44)).toBe('显示 3 / 44 个项目');
  });
});

describe('bidi controls typed into a compare URL', () => {
  test('are isolated in the message so they cannot reorder it', () => {
    const messages = { unknownRegions: 'Unknown region code: {codes} (ignored). Codes available: {known}.', unknownConcepts: 'Unknown measure: {codes} (ignored).', needTwo: 'two', listSeparator: ', ' };
    const s = parseCompareState('?regions=\u202Eevil,331022,320400', ['331022', '320400'], ['x'], messages);
    expect(s.problems[0]).toBe('Unknown region code: \u2068\u202Eevil\u2069 (ignored). Codes available: 331022, 320400.');
  });
});

describe('plain-text isolation where no <bdi> can go', () => {
  test('closes every isolate a name leaves open', () => {
    expect(isolateText('\u202eabc')).toBe('\u2068\u202eabc\u2069');
    expect(isolateText('x\u2066\u2068y')).toBe('\u2068x\u2066\u2068y\u2069\u2069\u2069');
  });

  test('the embed code’s iframe title is isolated only when it holds RTL text or bidi controls', () => {
    expect(isolateIfBidi('三门县:养老机构护理型床位占比')).toBe('三门县:养老机构护理型床位占比');
    expect(embedCode('https://data.example.cn', '/embed/x/', '\u202eBeds שלום', 400)).toContain('title="\u2068\u202eBeds שלום\u2069"');
    expect(embedCode('https://data.example.cn', '/embed/x/', 'Beds', 400)).toContain('title="Beds"');
  });
});

describe('meta descriptions of any name', () => {
  test('are cut to at most DESCRIPTION_MAX characters with …', () => {
    for (const name of [LONG_LATIN, LONG_CJK, LONG_WORDS]) {
      const d = clampDescription(`${name} · 示例县: 2025 target 200 beds`);
      expect(d.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
      expect(d.length).toBeGreaterThan(DESCRIPTION_MAX / 2);
      expect(d.endsWith('…')).toBe(true);
    }
    expect(clampDescription(LONG_WORDS)).toMatch(/Nursing home…$/);
  });

  test('leave a short description as it is', () => {
    expect(clampDescription('三门县的指标')).toBe('三门县的指标');
    expect(clampDescription('x'.repeat(DESCRIPTION_MAX))).toBe('x'.repeat(DESCRIPTION_MAX));
  });

  test('never split an emoji, a surrogate pair or a letter from its accent', () => {
    for (const unit of ['👨‍👩‍👧', '👵🏻', '𠀀', 'é', '🇨🇳']) {
      for (let pad = 0; pad < 8; pad++) {
        const d = clampDescription('a'.repeat(pad) + unit.repeat(300));
        expect(d.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
        const body = graphemes(d.slice(pad, -1));
        expect(body.every((g) => g === unit), `${unit} after ${pad}`).toBe(true);
      }
    }
  });

  test('titles are cut between graphemes too', () => {
    const t = fitTitle(['👨‍👩‍👧'.repeat(100)], titleRoom('民政规划数据'));
    expect(graphemes(t.slice(0, -1)).every((g) => g === '👨‍👩‍👧')).toBe(true);
  });
});

describe('a 10,000-character name', () => {
  const card = (title: string): OgCard => ({ siteName: '民政规划数据', footer: 'CC BY 4.0', kicker: `指标 · ${title}`, title, subtitle: title, url: `data.example.cn/indicators/${title}/`, stats: [{ value: '1', label: title }], note: title, chart: undefined as never });
  const texts = (svg: string) => [...parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document.querySelectorAll('text')].map((t) => t.textContent ?? '');

  test.each([['Latin without spaces', LONG_LATIN], ['Chinese', LONG_CJK], ['words', LONG_WORDS]])('keeps a link-preview card at 1200 × 630 with a few clamped lines (%s)', (_, name) => {
    const { chart: _c, ...noChart } = card(name);
    const svg = ogCardSvg(noChart);
    const lines = texts(svg);
    expect(lines.length).toBeLessThanOrEqual(14);
    expect(lines.join('').length).toBeLessThan(1200);
    expect(lines.filter((l) => l.endsWith('…')).length).toBeGreaterThanOrEqual(3);
    expect(pngSize(renderPng(svg))).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
  });

  test.each([['Latin without spaces', LONG_LATIN], ['Chinese', LONG_CJK]])('keeps a downloaded chart a chart: title, subtitle and source clamped (%s)', (_, name) => {
    const chart = { svg: '<svg width="560" height="240"></svg>', width: 560, height: 240 };
    const svg = framedSvg(chart, { title: name, subtitle: name, source: name, credit: 'CC BY 4.0' });
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    expect(height).toBeLessThan(240 + 600);
    expect(texts(svg).filter((l) => l.endsWith('…'))).toHaveLength(3);
  });
});
