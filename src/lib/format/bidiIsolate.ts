// Plain-text bidi isolation, for places where data text cannot be put in a <bdi> element: text in a
// textarea or an attribute, messages set as textContent. Elements use <bdi> / dir="auto" instead.

const FSI = '\u2068';
const PDI = '\u2069';
/** Explicit bidi formatting characters, or right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko…). */
const NEEDS_ISOLATION = /[\u202a-\u202e\u2066-\u2069\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;

/**
 * The text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, with one more PDI for every
 * isolate the text opens and leaves open, so nothing in it can reorder the text after it.
 */
export function isolateText(text: string): string {
  let open = 0;
  for (const ch of text) {
    if (ch === '\u2066' || ch === '\u2067' || ch === '\u2068') open += 1;
    else if (ch === PDI && open > 0) open -= 1;
  }
  return `${FSI}${text}${PDI.repeat(open + 1)}`;
}

/** isolateText() only for text that has right-to-left letters or bidi controls: other text is left exactly as it is. */
export const isolateIfBidi = (text: string): string => (NEEDS_ISOLATION.test(text) ? isolateText(text) : text);
