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
  return cutWithEllipsis(candidates[candidates.length - 1] ?? '', room, htmlLength);
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * The text cut to fit `room` (as measured) with …: whole graphemes only (an emoji with its
 * skin tone, a letter with its accent, a surrogate pair stay whole), at a word boundary when
 * one falls in the second half, never ending on a little English word.
 */
function cutWithEllipsis(text: string, room: number, measure: (s: string) => number): string {
  let cut = '';
  for (const { segment } of graphemes.segment(text)) {
    if (measure(cut + segment) > room - 1) break;
    cut += segment;
  }
  const space = cut.lastIndexOf(' ');
  const head = space > room / 2 ? cut.slice(0, space) : cut;
  // An English cut does not end on a little word ("Share of nursing-care beds in…").
  const trimmed = head.replace(/[\s,;:·(–—-]+$/u, '').replace(/(?:\s+(?:a|an|and|at|by|for|in|of|on|or|per|the|to|with))+$/iu, '');
  return `${trimmed}…`;
}

/** Longest meta description (name="description", og:description): what search results and link previews show. */
export const DESCRIPTION_MAX = 200;

/** A meta description of at most `max` characters (UTF-16 code units, so never more characters by any count), cut like a title. */
export function clampDescription(text: string, max = DESCRIPTION_MAX): string {
  return text.length <= max ? text : cutWithEllipsis(text, max, (s) => s.length);
}
