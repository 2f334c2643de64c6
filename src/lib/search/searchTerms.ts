// Pagefind splits metadata on whitespace only, while it segments a Chinese
// query in the browser with Intl.Segmenter: the title "三门县" would be one
// word that the query "三门" reaches only as a prefix, and prefix matches can
// be lost at an index chunk boundary (Pagefind loads the chunk where "三门"
// sorts, not the next one, where "三门县" starts). So each indexed page also
// carries its title pre-segmented the way a query is ("三门 县"), and ranking
// boosts that field.

const segmenters = new Map<string, Intl.Segmenter>();

/** The words of `text` as Intl.Segmenter finds them for `lang`, joined by spaces: "护理 型 床位 占比". */
export function searchTerms(text: string, lang: string): string {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'word' })));
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment.toLocaleLowerCase(lang)).join(' ');
}
