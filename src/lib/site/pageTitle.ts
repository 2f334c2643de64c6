// Page titles get " · <site name>" from the layout, and html-validate allows 70 characters in
// all (long-title). Long English names need a shorter form; Chinese ones almost always fit.

// html-validate counts the title as written in the HTML, where Astro writes & < > " ' as entities.
const ENTITY_LENGTH: Record<string, number> = { '&': 5, '<': 4, '>': 4, '"': 6, "'": 5 };
const htmlLength = (s: string) => [...s].reduce((n, ch) => n + (ENTITY_LENGTH[ch] ?? 1), 0);

/** How many characters a title may have before the layout adds ` · <site name>`. */
export const titleRoom = (siteName: string, max = 70): number => max - htmlLength(` · ${siteName}`);

/**
 * The first candidate that fits the room; otherwise the last one cut at a word boundary (or a
 * character, for text without spaces) and ended with an ellipsis.
 */
export function fitTitle(candidates: string[], room: number): string {
  for (const c of candidates) if (htmlLength(c) <= room) return c;
  const last = [...(candidates[candidates.length - 1] ?? '')];
  let cut = '';
  for (const ch of last) {
    if (htmlLength(cut + ch) > room - 1) break;
    cut += ch;
  }
  const space = cut.lastIndexOf(' ');
  const head = space > room / 2 ? cut.slice(0, space) : cut;
  // An English cut does not end on a little word ("Share of nursing-care beds in…").
  const trimmed = head.replace(/[\s,;:·(–-]+$/u, '').replace(/(?:\s+(?:a|an|and|at|by|for|in|of|on|or|per|the|to|with))+$/iu, '');
  return `${trimmed}…`;
}
