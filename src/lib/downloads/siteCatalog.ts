import { datasetRelease } from '../data/datasetRelease';
import { siteData } from '../validation/siteData';
import type { Locale } from '../i18n/locales';
import { chartCatalog, type ChartEntry } from './chartCatalog';

const cached = new Map<Locale, ChartEntry[]>();
const bySlug = new Map<Locale, Map<string, ChartEntry>>();

/** The catalog of the site's own dataset in one edition, built once per build and shared by the pages and files that list it. */
export function siteCatalog(locale: Locale = 'zh'): ChartEntry[] {
  let catalog = cached.get(locale);
  if (!catalog) {
    catalog = chartCatalog(siteData(), { origin: import.meta.env.SITE ?? '', dataDate: datasetRelease().date }, locale);
    cached.set(locale, catalog);
  }
  return catalog;
}

export function catalogEntry(slug: string, locale: Locale = 'zh'): ChartEntry {
  // A page per chart looks its entry up: by a map, not a scan of the whole catalog.
  let slugs = bySlug.get(locale);
  if (!slugs) {
    slugs = new Map(siteCatalog(locale).map((e) => [e.slug, e]));
    bySlug.set(locale, slugs);
  }
  const entry = slugs.get(slug);
  if (!entry) throw new Error(`no chart ${slug}`);
  return entry;
}

/** A chart as its page draws it at both widths (chartKinds/: a kind that declares `page`). */
export function pageDrawing(slug: string, locale: Locale = 'zh'): { narrow: string; wide: string } {
  const entry = catalogEntry(slug, locale);
  if (!entry.page) throw new Error(`chart ${slug} has no page drawing: its page draws it its own way`);
  return entry.page();
}
