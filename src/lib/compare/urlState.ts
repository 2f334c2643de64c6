import { isolateText } from '../format/bidiIsolate';

export interface CompareState {
  regions: string[];
  concepts: string[];
  /** Messages for the reader about what in the URL was not understood. */
  problems: string[];
}

/** The reader's messages in the page's language, as templates ({codes}, {known}), with the list separator (compareMessages() in compareView.ts). */
export interface CompareMessages {
  unknownRegions: string;
  unknownConcepts: string;
  needTwo: string;
  listSeparator: string;
}

const fill = (template: string, params: Record<string, string>) => template.replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m);

const list = (v: string | null) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/**
 * Reads ?regions=…&concepts=… against what the site knows. Unknown codes are
 * named and ignored; an empty or missing list means all; fewer than two
 * regions is allowed but the reader is told a comparison needs two.
 */
export function parseCompareState(search: string, knownRegions: readonly string[], knownConcepts: readonly string[], messages: CompareMessages): CompareState {
  const join = (xs: readonly string[]) => xs.join(messages.listSeparator);
  // Codes typed into the URL are the reader's text, not ours: each is isolated (FSI … PDI) so
  // that bidi controls in a crafted link cannot reorder the message around them.
  const isolated = (xs: readonly string[]) => join(xs.map(isolateText));
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const askedRegions = list(params.get('regions'));
  const askedConcepts = list(params.get('concepts'));
  const badRegions = askedRegions.filter((r) => !knownRegions.includes(r));
  const badConcepts = askedConcepts.filter((c) => !knownConcepts.includes(c));
  if (badRegions.length) problems.push(fill(messages.unknownRegions, { codes: isolated(badRegions), known: join(knownRegions) }));
  if (badConcepts.length) problems.push(fill(messages.unknownConcepts, { codes: isolated(badConcepts) }));
  const regions = askedRegions.filter((r) => knownRegions.includes(r));
  const concepts = askedConcepts.filter((c) => knownConcepts.includes(c));
  if (regions.length === 1) problems.push(messages.needTwo);
  return { regions: regions.length ? [...new Set(regions)] : [...knownRegions], concepts: concepts.length ? [...new Set(concepts)] : [...knownConcepts], problems };
}

/** The query string for a selection; "all" is written as nothing, so the default view has a clean URL. */
export function compareQuery(state: Pick<CompareState, 'regions' | 'concepts'>, knownRegions: readonly string[], knownConcepts: readonly string[]): string {
  const params = new URLSearchParams();
  if (state.regions.length && state.regions.length < knownRegions.length) params.set('regions', state.regions.join(','));
  if (state.concepts.length && state.concepts.length < knownConcepts.length) params.set('concepts', state.concepts.join(','));
  const q = params.toString().replace(/%2C/g, ',');
  return q ? `?${q}` : '';
}
