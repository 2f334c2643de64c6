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

/** How the groups are drawn at the current zoom (layoutGroups). */
export interface Layout {
  /** Per group: its markers' offsets (px) from its own point, or null when the group is gathered into a cluster. */
  offsets: (Offset[] | null)[];
  /** Groups too close together to spread at this zoom: each drawn as one marker with a count, at (x, y) px. */
  clusters: { groups: number[]; x: number; y: number }[];
}

/**
 * The radius (px) a marker is laid out with, however small it is drawn: a 24 px
 * circle about each marker's centre overlaps no other marker's, which is
 * WCAG 2.2's spacing rule for targets smaller than 24 × 24 px (2.5.8).
 */
export const MIN_TARGET_RADIUS = 12;

/** The radius (px) of a cluster's marker. */
export const CLUSTER_RADIUS = 16;

/**
 * Lays out groups of markers at the current zoom so that no two drawn markers
 * overlap. When a group of several projects at one point would touch another,
 * it first folds into a count at its own point (while the map can still zoom
 * in to open it), so a zoomed-out map shows each place's count where the place
 * is instead of one count for a whole province. Groups that still touch merge;
 * a merge whose shared ring stays within `maxRing` px is drawn as that ring
 * about the groups' centre (markers stay near their places), a larger one as a
 * single cluster marker with a count (zooming in splits it). A group that
 * touches nothing is always spread, and at the last zoom (`canZoomIn` false)
 * no group is folded on its own: a count there could not be opened.
 */
export function layoutGroups(groups: readonly ScreenGroup[], gap = 3, maxRing = 48, canZoomIn = true): Layout {
  interface Cluster { members: number[]; x: number; y: number; n: number; folded: boolean }
  const radiiOf = (c: Cluster) => c.members.flatMap((i) => groups[i]!.radii);
  const ringReach = (c: Cluster) => {
    const radii = radiiOf(c);
    return Math.max(0, ...spreadOffsets(radii, gap).map((o, k) => Math.hypot(...o) + radii[k]!));
  };
  const gathered = (c: Cluster) => c.folded || (c.members.length > 1 && ringReach(c) > maxRing);
  const reachOf = (c: Cluster) => (gathered(c) ? CLUSTER_RADIUS : ringReach(c));
  // Folding helps only where the ring is wider than the count that replaces it.
  const foldable = (c: Cluster) => canZoomIn && !gathered(c) && radiiOf(c).length > 1 && ringReach(c) > CLUSTER_RADIUS;
  let clusters: Cluster[] = groups.map((g, i) => ({ members: [i], x: g.x, y: g.y, n: g.radii.length, folded: false }));
  for (let changed = true; changed; ) {
    changed = false;
    const reach = clusters.map(reachOf);
    search: for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const a = clusters[i]!;
        const b = clusters[j]!;
        if (Math.hypot(a.x - b.x, a.y - b.y) >= reach[i]! + reach[j]! + gap) continue;
        if (foldable(a) || foldable(b)) {
          for (const c of [a, b]) if (foldable(c)) c.folded = true;
        } else {
          const n = a.n + b.n;
          const merged = { members: [...a.members, ...b.members], x: (a.x * a.n + b.x * b.n) / n, y: (a.y * a.n + b.y * b.n) / n, n, folded: a.folded || b.folded };
          clusters = [...clusters.slice(0, i), merged, ...clusters.slice(i + 1, j), ...clusters.slice(j + 1)];
        }
        changed = true;
        break search;
      }
    }
  }
  const layout: Layout = { offsets: groups.map(() => null), clusters: [] };
  for (const c of clusters) {
    if (gathered(c)) {
      layout.clusters.push({ groups: c.members, x: round(c.x), y: round(c.y) });
      continue;
    }
    const ring = spreadOffsets(radiiOf(c), gap);
    let k = 0;
    for (const i of c.members) {
      const g = groups[i]!;
      layout.offsets[i] = g.radii.map(() => {
        const [dx, dy] = ring[k++]!;
        return [round(c.x - g.x + dx), round(c.y - g.y + dy)];
      });
    }
  }
  return layout;
}
