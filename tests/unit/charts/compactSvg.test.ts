import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { buildProgressChart } from '../../../src/lib/charts/progressChart';
import { compactSvg } from '../../../src/lib/charts/compactSvg';
import { renderPng } from '../../../src/lib/downloads/renderPng';
import { pngPixels } from '../pngDecode';
import { CASES } from './chartFixtures';

/** Plot's own output, before compacting, as the file a reader downloads would hold it. */
function plotOutput(name: keyof typeof CASES, width: number): string {
  const { indicator, values } = CASES[name];
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const el = Plot.plot({ ...buildProgressChart(indicator, values, { width }), document: document as unknown as Document }) as unknown as Element;
  for (const style of [...el.querySelectorAll('style')]) style.remove();
  el.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  el.setAttribute('role', 'img');
  el.setAttribute('aria-labelledby', 'c-title');
  return el.outerHTML;
}

const texts = (svg: string) => [...parseHTML(`<html><body>${svg}</body></html>`).document.querySelectorAll('text, title, desc')].map((e) => `${e.tagName}:${e.textContent}`);
const ARIA = /\s(id|role|aria-[a-z]+)="[^"]*"/g;
const attrs = (svg: string, pattern: RegExp) => [...svg.matchAll(pattern)].map((m) => m[0]).sort();

describe.each(Object.keys(CASES) as (keyof typeof CASES)[])('the compacted %s chart', (name) => {
  for (const width of [400, 720]) {
    const before = plotOutput(name, width);
    const after = compactSvg(before);

    test(`is smaller at ${width} px`, () => {
      expect(after.length).toBeLessThan(before.length * 0.85);
    });

    test(`keeps every word, id and ARIA attribute at ${width} px`, () => {
      expect(texts(after)).toEqual(texts(before));
      expect(attrs(after, ARIA)).toEqual(attrs(before, ARIA));
    });

    test(`draws the same picture at ${width} px`, () => {
      const a = pngPixels(renderPng(before));
      const b = pngPixels(renderPng(after));
      expect([b.width, b.height]).toEqual([a.width, a.height]);
      let differing = 0;
      let worst = 0;
      for (let i = 0; i < a.rgba.length; i++) {
        const d = Math.abs(a.rgba[i]! - b.rgba[i]!);
        if (d > 0) differing++;
        worst = Math.max(worst, d);
      }
      // Coordinates kept to 0.01 px move anti-aliased edges by a shade, never a whole pixel of ink.
      expect(differing / a.rgba.length).toBeLessThan(0.001);
      expect(worst).toBeLessThan(128);
    });
  }
});
