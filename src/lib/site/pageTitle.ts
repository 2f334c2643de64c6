// Page titles get " · <site name>" from the layout, and html-validate allows 70 characters in
// all (long-title). Long English names need a shorter form; Chinese ones almost always fit.

/** How many characters a title may have before the layout adds ` · <site name>`. */
export const titleRoom = (siteName: string, max = 70): number => max - [...` · ${siteName}`].length;

/**
 * The first candidate that fits the room; otherwise the last one cut at a word boundary (or a
 * character, for text without spaces) and ended with an ellipsis.
 */
export function fitTitle(candidates: string[], room: number): string {
  for (const c of candidates) if ([...c].length <= room) return c;
  const last = [...(candidates[candidates.length - 1] ?? '')];
  const cut = last.slice(0, room - 1).join('');
  const space = cut.lastIndexOf(' ');
  const head = space > room / 2 ? cut.slice(0, space) : cut;
  // An English cut does not end on a little word ("Share of nursing-care beds in…").
  const trimmed = head.replace(/[\s,;:·(–-]+$/u, '').replace(/(?:\s+(?:a|an|and|at|by|for|in|of|on|or|per|the|to|with))+$/iu, '');
  return `${trimmed}…`;
}
