import { excerptParts, type ExcerptPart } from './excerpt';

/** The part of Pagefind's result data the site uses (see pagefind's types/index.d.ts, PagefindSearchFragment). */
export interface PagefindHit {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string; anchor?: { element: string; id: string } }[];
}

export interface SearchLink {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

export interface SearchResult extends SearchLink {
  /** What the page is and where: "指标 · 常州市". */
  kind: string;
  /** Sections of the page that match (a project row, a domain heading, a line of a source text). */
  sections: SearchLink[];
}

/**
 * A section's title names its page ("数据说明 · 三门县"): listed on its own, "数据说明" would not
 * say whose notes they are.
 */
export function sectionTitle(section: string, page: string): string {
  const name = section.trim();
  return name.includes(page) ? name : `${name} · ${page}`;
}

/**
 * One result per page: its title and kind from our `data-pagefind-meta`, its
 * excerpt, and up to `maxSections` matching sections that have their own anchor.
 */
export function toSearchResult(hit: PagefindHit, maxSections = 3): SearchResult {
  const title = hit.meta['title']?.trim() || hit.url;
  const sections = (hit.sub_results ?? [])
    // The page's own heading ("护理型床位占比Share of …") is not a section of it.
    .filter((s) => s.anchor && s.url !== hit.url && !s.title.trim().startsWith(title))
    .slice(0, maxSections)
    .map((s) => ({ title: sectionTitle(s.title, title), url: s.url, excerpt: excerptParts(s.excerpt) }));
  return { title, kind: hit.meta['kind']?.trim() ?? '', url: hit.url, excerpt: excerptParts(hit.excerpt), sections };
}

// toLowerCase, not toLocaleLowerCase(): the same ranking whatever the browser's locale (Turkish İ/ı).
const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/**
 * Pagefind ranks words, not phrases: for 护理型床位 it scores 全市新增护理型养老床位数
 * (护理|型 … 床位) like 护理型床位占比. Readers type names, so among the results
 * Pagefind ranked highest, pages whose title contains the whole query come
 * first, the title closest to the query (fewest other characters) first;
 * everything else keeps Pagefind's order.
 */
export function titleMatchesFirst<T extends { title: string }>(results: T[], query: string): T[] {
  const q = squash(query);
  if (!q) return results;
  const distance = (r: T) => {
    const title = squash(r.title);
    return title.includes(q) ? title.length - q.length : Infinity;
  };
  return results
    .map((r, i) => ({ r, i, d: distance(r) }))
    .sort((a, b) => (a.d === b.d ? a.i - b.i : a.d < b.d ? -1 : 1))
    .map(({ r }) => r);
}
