import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/lib/validation/loadDataset';
import { readBasemap, readCounties } from '../../src/lib/map/basemap';
import { buildMiniMap } from '../../src/lib/map/miniMap';
import { buildStaticMap } from '../../src/lib/map/staticMap';
import { buildProjectsView } from '../../src/lib/views/projectsView';

describe('the home page’s thumbnail of the project map', () => {
  const view = buildProjectsView(loadDataset(), readCounties());
  const opts = { width: 360, height: 270, prefectures: view.prefectures, id: 'm', title: '<b>地图</b>', description: 'd' };
  const svg = buildMiniMap(readBasemap(), view.placement.mapped, opts) ?? '';

  test('draws one marker per placed project, inside the frame, with an escaped text alternative', () => {
    const circles = [...svg.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)"/g)];
    expect(circles).toHaveLength(view.placement.mapped.length);
    for (const [, x, y] of circles) {
      expect(Number(x)).toBeGreaterThanOrEqual(0);
      expect(Number(x)).toBeLessThanOrEqual(opts.width);
      expect(Number(y)).toBeGreaterThanOrEqual(0);
      expect(Number(y)).toBeLessThanOrEqual(opts.height);
    }
    expect(svg).toMatch(/^<svg[^>]*role="img"[^>]*aria-labelledby="m-title m-desc"/);
    expect(svg).toContain('<title id="m-title">&lt;b&gt;地图&lt;/b&gt;</title>');
  });

  test('costs a small fraction of the full build-time map (outlines at whole pixels, no counties or names)', () => {
    const full = buildStaticMap(readBasemap(), view.placement.mapped, { ...opts, id: 'f' });
    expect(svg).not.toContain('<text');
    expect(gzipSync(svg).length).toBeLessThan(gzipSync(full).length / 4);
  });

  test('is left out, never drawn at NaN, when the basemap has none of the projects’ prefectures', () => {
    expect(buildMiniMap(readBasemap(), view.placement.mapped, { ...opts, prefectures: ['990100'] })).toBeNull();
  });
});
