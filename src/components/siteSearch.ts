// Island for SiteSearch.astro. The form works without it (GET to the search
// page). With it, Pagefind's bundle is imported only when the reader focuses
// or types in the box, results appear as links, and the keyboard moves through
// them. Its strings are the search dictionary's, in the form's data-locale (kept in
// this script, which a reader loads once, rather than in every page); every excerpt
// is built as text and <mark> nodes, never as HTML.

import { fill } from '../lib/i18n/fill';
import * as searchText from '../lib/i18n/dictionaries/search';
import { titleMatchesFirst, toSearchResult, type PagefindHit, type SearchLink, type SearchResult } from '../lib/search/searchResults';
import type { ExcerptPart } from '../lib/search/excerpt';

/** The part of Pagefind's browser API used here (pagefind.js in the built bundle). */
interface Pagefind {
  options(options: typeof SEARCH_OPTIONS): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string, options?: object, ms?: number): Promise<{ results: { id: string; data(): Promise<PagefindHit> }[] } | null>;
}


const HEADER_LIMIT = 8;
const PAGE_LIMIT = 50;
/** How many of Pagefind's top results are loaded and re-ordered by title (titleMatchesFirst) before showing `limit`. */
const RERANK_WINDOW = 20;

/**
 * Ranking boosts `terms`, the title segmented like a query (searchTerms.ts), in
 * place of the raw `title`. `kind` ("指标 · 常州市") stays searchable but earns no
 * boost, so the 常州市 region page outranks the indicators that belong to it.
 */
export const SEARCH_OPTIONS = { excerptLength: 24, ranking: { metaWeights: { title: 0, terms: 5, kind: 0 } } };

let loading: Promise<Pagefind> | null = null;

/** Imports the bundle once per page. The URL is built at run time so the site's bundler leaves it alone. */
function loadPagefind(bundle: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = new URL('pagefind.js', new URL(bundle, window.location.href)).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options(SEARCH_OPTIONS);
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => { loading = null; });
  return loading;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerptNode(parts: ExcerptPart[]): HTMLElement {
  const span = el('span', 'search-excerpt');
  span.dir = 'auto';
  for (const part of parts) span.append(part.marked ? el('mark', undefined, part.text) : document.createTextNode(part.text));
  return span;
}

function linkNode(link: SearchLink, kind?: string): HTMLAnchorElement {
  const a = el('a');
  a.href = link.url;
  // Titles, kinds ("指标 · <region>") and excerpts are data: dir="auto" isolates each (unicode-bidi:
  // isolate), so right-to-left text or bidi controls in a name cannot reorder what follows it.
  const head = el('span', 'search-title', link.title);
  head.dir = 'auto';
  a.append(head);
  if (kind) {
    const k = el('span', 'search-kind', kind);
    k.dir = 'auto';
    a.append(' ', k);
  }
  if (link.excerpt.length) a.append(excerptNode(link.excerpt));
  return a;
}

function resultNode(result: SearchResult): HTMLLIElement {
  const li = el('li', 'search-hit');
  li.append(linkNode(result, result.kind));
  if (result.sections.length) {
    const ul = el('ul', 'search-sections');
    for (const s of result.sections) {
      const item = el('li');
      item.append(linkNode(s));
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

interface Parts {
  input: HTMLInputElement;
  panel: HTMLElement;
  list: HTMLOListElement;
  message: HTMLElement;
  status: HTMLElement;
  all: HTMLAnchorElement;
}

function parts(form: HTMLFormElement): Parts | null {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]');
  const panel = form.querySelector<HTMLElement>('[data-search-panel]');
  const list = form.querySelector<HTMLOListElement>('[data-search-results]');
  const message = form.querySelector<HTMLElement>('[data-search-message]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const all = form.querySelector<HTMLAnchorElement>('[data-search-all]');
  return input && panel && list && message && status && all ? { input, panel, list, message, status, all } : null;
}

function enhance(form: HTMLFormElement): void {
  const variant = form.dataset['siteSearch'] === 'page' ? 'page' : 'header';
  const bundle = form.dataset['bundle'] ?? '/pagefind/';
  const strings = form.dataset['locale'] === 'en' ? searchText.en : searchText.zh;
  const found = parts(form);
  if (!found) return;
  const { input, panel, list, message, status, all } = found;
  const limit = variant === 'page' ? PAGE_LIMIT : HEADER_LIMIT;
  let shown = '';

  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a:not([hidden])')];
  const open = () => { panel.hidden = false; };
  const close = () => { if (variant === 'header') panel.hidden = true; };
  const say = (text: string) => {
    message.textContent = text;
    message.hidden = !text;
  };

  async function run(term: string): Promise<void> {
    const query = term.trim();
    if (!query) {
      shown = '';
      list.replaceChildren();
      say('');
      status.textContent = '';
      all.hidden = true;
      close();
      return;
    }
    let search: Awaited<ReturnType<Pagefind['debouncedSearch']>>;
    let hits: PagefindHit[];
    try {
      if (!loading) { say(strings['search.loading']); open(); }
      const pagefind = await loadPagefind(bundle);
      search = await pagefind.debouncedSearch(query, {}, 120);
      if (!search || input.value.trim() !== query) return; // a newer query is on its way
      hits = await Promise.all(search.results.slice(0, Math.max(limit, RERANK_WINDOW)).map((r) => r.data()));
    } catch {
      // The bundle or an index file could not be loaded (offline, a partial deploy).
      say(strings['search.error']);
      status.textContent = strings['search.error'];
      open();
      return;
    }
    if (input.value.trim() !== query) return;
    shown = query;
    const results = titleMatchesFirst(hits.map((h) => toSearchResult(h, variant === 'page' ? 5 : 2)), query).slice(0, limit);
    list.replaceChildren(...results.map(resultNode));
    const count = search.results.length;
    const summary = count ? fill(strings['search.results'], { count }) : fill(strings['search.none'], { query });
    say(count ? (variant === 'page' ? summary : '') : summary);
    status.textContent = summary;
    all.hidden = variant === 'page' || count <= limit;
    if (!all.hidden) {
      all.textContent = fill(strings['search.all'], { count });
      all.href = `${form.dataset['searchPage'] ?? form.action}?q=${encodeURIComponent(query)}`;
    }
    open();
  }

  const warm = () => { void loadPagefind(bundle).catch(() => undefined); };
  input.addEventListener('focus', warm, { once: true });
  input.addEventListener('input', () => { void run(input.value); });
  // The list for what is in the box comes back on a click or ↓ (not on focus: Escape returns focus here).
  const reopen = () => {
    if (!panel.hidden || !shown || shown !== input.value.trim()) return false;
    open();
    return true;
  };
  input.addEventListener('click', reopen);

  form.addEventListener('keydown', (e) => {
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'Escape' && variant === 'header' && !panel.hidden) {
      e.preventDefault();
      close();
      input.focus();
    } else if (e.key === 'ArrowDown' && items.length && (!panel.hidden || (e.target === input && reopen()))) {
      e.preventDefault();
      items[Math.min(at + 1, items.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      if (at === 0) input.focus();
      else items[at - 1]?.focus();
    }
  });

  if (variant === 'header') {
    // Closes when focus or a pointer goes elsewhere on the page. A focusout with no
    // new target (a click on a link in browsers that do not focus links on click)
    // leaves the list open, so the click still lands.
    form.addEventListener('focusout', (e) => {
      if (e.relatedTarget instanceof Node && !form.contains(e.relatedTarget)) close();
    });
    document.addEventListener('pointerdown', (e) => {
      if (e.target instanceof Node && !form.contains(e.target)) close();
    });
  } else {
    // The search page: the query lives in the URL, so results can be linked and reloaded.
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const url = new URL(window.location.href);
      url.searchParams.set('q', input.value.trim());
      history.replaceState(null, '', url);
      void run(input.value);
    });
    const q = new URLSearchParams(window.location.search).get('q');
    if (q) {
      input.value = q;
      void run(q);
    }
  }
}

/** Enhances every site search form in `root`. */
export function enhanceSiteSearch(root: ParentNode): void {
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-site-search]')) enhance(form);
}
