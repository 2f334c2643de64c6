// The interactive map's geometry: markers that share a point never overlap, and the extents it frames.
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/lib/validation/loadDataset';
import { readCounties } from '../../src/lib/map/basemap';
import { extentContains, extentOf, padExtent, unionExtent } from '../../src/lib/map/extent';
import { CLUSTER_RADIUS, groupByPoint, layoutGroups, spreadOffsets, type ScreenGroup } from '../../src/lib/map/markerSpread';
import { projectFeatures } from '../../src/lib/views/projectFeatures';
import { buildProjectsView } from '../../src/lib/views/projectsView';

const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Whether any two circles (offset, radius) overlap or come closer than `gap` px. */
function overlaps(offsets: [number, number][], radii: number[], gap: number): boolean {
  return offsets.some((a, i) => offsets.some((b, j) => j > i && distance(a, b) < radii[i]! + radii[j]! + gap - 0.2));
}

describe('spreading markers that share a point', () => {
  test('a lone marker stays on its point', () => {
    expect(spreadOffsets([12])).toEqual([[0, 0]]);
  });

  test('markers of any sizes, in groups of two to twelve, keep a gap between their edges', () => {
    for (let n = 2; n <= 12; n++) {
      const radii = Array.from({ length: n }, (_, i) => 5 + ((i * 7) % 16));
      const offsets = spreadOffsets(radii, 3);
      expect(overlaps(offsets, radii, 3), `${n} markers`).toBe(false);
      // Evenly round the point: every marker at the same distance from it.
      const ring = offsets.map((o) => Math.hypot(...o));
      expect(Math.max(...ring) - Math.min(...ring)).toBeLessThan(0.2);
    }
  });

  test('in the data, every group of projects sharing a point is spread so that none overlaps another', () => {
    const data = loadDataset();
    const { features } = projectFeatures(data, buildProjectsView(data, readCounties()));
    const groups = groupByPoint(features, (f) => f.properties.at);
    const stacked = groups.filter((g) => g.length > 1);
    // The data has projects that share a point (the text names only their county): that is what this is for.
    expect(stacked.length).toBeGreaterThan(0);
    for (const g of stacked) {
      const radii = g.map((f) => f.properties.r);
      expect(overlaps(spreadOffsets(radii), radii, 3), g.map((f) => f.properties.id).join(' ')).toBe(false);
    }
    // Grouping is by the data's own point: projects at one point are one group, and no group mixes points.
    for (const g of groups) expect(new Set(g.map((f) => f.properties.at.join(','))).size).toBe(1);
    const byPoint = new Set(data.projects.filter((p) => features.some((f) => f.properties.id === p.project_id)).map((p) => `${p.lon},${p.lat}`));
    expect(groups.length).toBe(byPoint.size);
  });
});

describe('laying out groups of markers on screen', () => {
  /** Every drawn marker's screen position and radius: spread markers, and one per cluster. */
  const drawn = (groups: ScreenGroup[]) => {
    const { offsets, clusters } = layoutGroups(groups);
    return [
      ...offsets.flatMap((o, i) => (o ?? []).map(([dx, dy], k) => ({ at: [groups[i]!.x + dx, groups[i]!.y + dy] as [number, number], r: groups[i]!.radii[k]! }))),
      ...clusters.map((c) => ({ at: [c.x, c.y] as [number, number], r: CLUSTER_RADIUS })),
    ];
  };

  test('groups far apart keep their own rings about their own points', () => {
    const groups = [{ x: 0, y: 0, radii: [8, 12, 5] }, { x: 500, y: 500, radii: [10] }];
    expect(layoutGroups(groups)).toEqual({ offsets: [spreadOffsets([8, 12, 5]), [[0, 0]]], clusters: [] });
  });

  test('one group is always spread, however many projects share its point', () => {
    const radii = Array.from({ length: 9 }, () => 15);
    expect(layoutGroups([{ x: 0, y: 0, radii }])).toEqual({ offsets: [spreadOffsets(radii)], clusters: [] });
  });

  test('two places of several projects each, close on a zoomed-out map, each show their count at their own place', () => {
    // Six projects at one point and five at another 60 px away: their rings would touch.
    const groups = [{ x: 0, y: 0, radii: Array.from({ length: 6 }, () => 12) }, { x: 60, y: 0, radii: Array.from({ length: 5 }, () => 12) }];
    const { offsets, clusters } = layoutGroups(groups);
    expect(offsets).toEqual([null, null]);
    expect(clusters).toEqual([{ groups: [0], x: 0, y: 0 }, { groups: [1], x: 60, y: 0 }]);
    // At the last zoom a count could not be opened: a place is never folded on its own there.
    expect(layoutGroups(groups, 3, 48, false).clusters.every((c) => c.groups.length > 1)).toBe(true);
  });

  test('two lone markers that would touch share a small ring', () => {
    const { offsets, clusters } = layoutGroups([{ x: 0, y: 0, radii: [6] }, { x: 4, y: 0, radii: [6] }]);
    expect(clusters).toEqual([]);
    expect(offsets.every((o) => o !== null && o.length === 1)).toBe(true);
  });

  test('groups crowded together (a zoomed-out phone map) become clusters that hold every marker once, and nothing drawn overlaps', () => {
    // A deterministic scatter of 30 groups of 1–5 markers in a 300 px square, like the data's counties seen whole.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const groups = Array.from({ length: 30 }, () => ({ x: next() * 300, y: next() * 300, radii: Array.from({ length: 1 + Math.floor(next() * 5) }, () => 5 + next() * 15) }));
    const { offsets, clusters } = layoutGroups(groups);
    expect(clusters.length).toBeGreaterThan(0);
    const inClusters = clusters.flatMap((c) => c.groups);
    const spread = offsets.flatMap((o, i) => (o ? [i] : []));
    expect([...inClusters, ...spread].sort((a, b) => a - b)).toEqual(groups.map((_, i) => i));
    const markers = drawn(groups);
    expect(overlaps(markers.map((m) => m.at), markers.map((m) => m.r), 3)).toBe(false);
  });
});

describe('map extents', () => {
  test('hold every coordinate of nested GeoJSON coordinates, and nothing without any', () => {
    expect(extentOf([[[120, 30], [121.5, 29]], [[[119, 31]]]])).toEqual([[119, 29], [121.5, 31]]);
    expect(extentOf([])).toBeNull();
  });

  test('padded, an extent grows on every side; a single point gets a minimum margin', () => {
    expect(padExtent([[120, 30], [122, 31]], 0.25)).toEqual([[119.5, 29.75], [122.5, 31.25]]);
    const point = padExtent([[120, 30], [120, 30]], 0.25, 0.05);
    expect(extentContains(point, [120.04, 29.96])).toBe(true);
    expect(extentContains(point, [120.06, 30])).toBe(false);
  });

  test('a union holds both', () => {
    const u = unionExtent([[120, 30], [121, 31]], [[119.5, 30.5], [120.5, 32]]);
    expect(u).toEqual([[119.5, 30], [121, 32]]);
  });
});
