// Markers of projects that share one point (the text names only the county)
// would stack at every zoom level: a degree-based ring is a few pixels wide
// when the whole area is in view. The interactive map spreads them on a ring
// measured in screen pixels instead, so they never overlap at any zoom; each
// stays its own button, in the tab order, with its own label.

/** A screen offset in px from the shared point: x to the right, y down. */
export type Offset = [x: number, y: number];

/**
 * Offsets for markers of the given radii (px) around one point: none for a
 * lone marker; otherwise evenly on a ring, the first at the top, clockwise,
 * the ring just wide enough that neighbours keep `gap` px between their edges.
 */
export function spreadOffsets(radii: readonly number[], gap = 3): Offset[] {
  const n = radii.length;
  if (n <= 1) return radii.map(() => [0, 0]);
  // Neighbours on a ring of radius R are 2R·sin(π/n) apart, centre to centre.
  const widest = Math.max(...radii.map((r, i) => r + radii[(i + 1) % n]! + gap));
  const ring = widest / (2 * Math.sin(Math.PI / n));
  return radii.map((_, i) => {
    const angle = (2 * Math.PI * i) / n - Math.PI / 2;
    return [round(ring * Math.cos(angle)), round(ring * Math.sin(angle))];
  });
}

const round = (v: number) => Math.round(v * 10) / 10 + 0;

/** Items grouped by the point they share, in first-seen order. */
export function groupByPoint<T>(items: readonly T[], pointOf: (item: T) => readonly [number, number]): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = pointOf(item).join(',');
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()];
}

/** A group of markers sharing one point, where that point is on screen (px), with its markers' radii. */
export interface ScreenGroup {
  x: number;
  y: number;
  radii: readonly number[];
}

/**
 * Offsets (px, from each group's own point) for every marker of every group,
 * so that no two markers overlap at the current zoom: groups whose spreads
 * would touch are merged, and their markers share one ring about the merged
 * groups' centre, until no two spreads touch. Zoomed in far enough, every
 * group is on its own again. Offsets come back in the order of `groups` and
 * their radii.
 */
export function layoutGroups(groups: readonly ScreenGroup[], gap = 3): Offset[][] {
  interface Cluster { members: number[]; x: number; y: number; n: number }
  const radiiOf = (c: Cluster) => c.members.flatMap((i) => groups[i]!.radii);
  const reachOf = (c: Cluster) => {
    const radii = radiiOf(c);
    return Math.max(0, ...spreadOffsets(radii, gap).map((o, k) => Math.hypot(...o) + radii[k]!));
  };
  let clusters: Cluster[] = groups.map((g, i) => ({ members: [i], x: g.x, y: g.y, n: g.radii.length }));
  for (let merged = true; merged; ) {
    merged = false;
    const reach = clusters.map(reachOf);
    search: for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const a = clusters[i]!;
        const b = clusters[j]!;
        if (Math.hypot(a.x - b.x, a.y - b.y) >= reach[i]! + reach[j]! + gap) continue;
        const n = a.n + b.n;
        clusters = [...clusters.slice(0, i), { members: [...a.members, ...b.members], x: (a.x * a.n + b.x * b.n) / n, y: (a.y * a.n + b.y * b.n) / n, n }, ...clusters.slice(i + 1, j), ...clusters.slice(j + 1)];
        merged = true;
        break search;
      }
    }
  }
  const out: Offset[][] = groups.map(() => []);
  for (const c of clusters) {
    const ring = spreadOffsets(radiiOf(c), gap);
    let k = 0;
    for (const i of c.members) {
      const g = groups[i]!;
      out[i] = g.radii.map(() => {
        const [dx, dy] = ring[k++]!;
        return [round(c.x - g.x + dx), round(c.y - g.y + dy)];
      });
    }
  }
  return out;
}
