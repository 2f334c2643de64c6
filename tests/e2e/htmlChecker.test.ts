import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DIST, builtPages } from './builtPages';
import { formatNu, nuErrors } from './nuChecker';

// A page with one of each defect the checker once found on the built site, checked in the same
// run as the site: if these stop being reported, the check has stopped checking.
const CANARY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>canary</title></head><body>
<input name="from" type="number" min="Infinity">
<svg role="img" viewBox="0 0 1 1"><title>t</title><desc>a <tspan lang="zh-CN">龙</tspan></desc></svg>
</body></html><script src="/x.js"></script>
`;

const CANARY_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect wdth="1"/></svg>';

const canaryDir = mkdtempSync(join(tmpdir(), 'minzheng-nu-'));
afterAll(() => rmSync(canaryDir, { recursive: true, force: true }));

describe('the W3C Nu HTML checker on every built page and downloadable SVG', () => {
  writeFileSync(join(canaryDir, 'canary.html'), CANARY);
  writeFileSync(join(canaryDir, 'canary.svg'), CANARY_SVG);
  const errors = nuErrors([DIST, canaryDir], DIST);
  const isCanary = (e: { file: string }) => /canary\.(html|svg)$/.test(e.file);
  const canary = errors.filter(isCanary).map((e) => e.message);
  const site = errors.filter((e) => !isCanary(e));

  test('catches each kind of defect it found before (a broken page checked in the same run)', () => {
    expect(canary).toEqual(expect.arrayContaining([
      expect.stringMatching(/Bad value “Infinity” for attribute “min”/),
      expect.stringMatching(/“tspan” element is a completely-unknown element/),
      expect.stringMatching(/Stray start tag “script”/),
      expect.stringMatching(/Attribute “wdth” not allowed on element “rect”/),
    ]));
  });

  test(`reports no error on any of the ${builtPages().length} pages (both editions, embeds) nor on any chart SVG`, () => {
    expect(site.map(formatNu)).toEqual([]);
  });
});
