// Extents of map data as [[west, south], [east, north]], for framing the
// interactive map and bounding where readers can pan and zoom.

export type Extent = [[west: number, south: number], [east: number, north: number]];

/** The smallest extent holding every coordinate found in nested GeoJSON coordinate arrays; null when there is none. */
export function extentOf(coordinates: readonly unknown[]): Extent | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      west = Math.min(west, c[0]);
      east = Math.max(east, c[0]);
      south = Math.min(south, c[1]);
      north = Math.max(north, c[1]);
    } else c.forEach(visit);
  };
  visit(coordinates);
  return Number.isFinite(west) ? [[west, south], [east, north]] : null;
}

/** The extent grown on every side by `fraction` of its width and height (a single point by `minimum` degrees). */
export function padExtent([[w, s], [e, n]]: Extent, fraction: number, minimum = 0.05): Extent {
  const dx = Math.max((e - w) * fraction, minimum);
  const dy = Math.max((n - s) * fraction, minimum);
  return [[w - dx, s - dy], [e + dx, n + dy]];
}

/** Whether the point lies inside the extent (edges included). */
export const extentContains = ([[w, s], [e, n]]: Extent, [x, y]: readonly [number, number]): boolean => x >= w && x <= e && y >= s && y <= n;

/** The smallest extent holding both. */
export const unionExtent = (a: Extent, b: Extent): Extent => [[Math.min(a[0][0], b[0][0]), Math.min(a[0][1], b[0][1])], [Math.max(a[1][0], b[1][0]), Math.max(a[1][1], b[1][1])]];
