/**
 * A chart drawn once for the pages that show it: an indicator's chart is the same on its page
 * and on its embed page, and drawing it (Plot, a DOM, SVGO) is most of what those pages cost to
 * build. The first page to ask draws it; the drawing is kept for the other `uses - 1` pages and
 * forgotten after the last, so a build holds only charts still owed to a page.
 */
const kept = new Map<string, { value: unknown; left: number }>();

export function drawnOnce<T>(key: string, uses: number, draw: () => T): T {
  const hit = kept.get(key);
  if (hit) {
    if (--hit.left <= 0) kept.delete(key);
    return hit.value as T;
  }
  const value = draw();
  if (uses > 1) kept.set(key, { value, left: uses - 1 });
  return value;
}

/** How many drawings are kept for pages not yet built (for tests). */
export const drawingsKept = () => kept.size;
