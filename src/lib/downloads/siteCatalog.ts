import { siteData } from '../data/siteData';
import { chartCatalog, type ChartEntry } from './chartCatalog';

let cached: ChartEntry[] | undefined;

/** The catalog of the site's own dataset, built once per build and shared by the pages and files that list it. */
export function siteCatalog(): ChartEntry[] {
  cached ??= chartCatalog(siteData(), import.meta.env.SITE ?? '');
  return cached;
}

export function catalogEntry(slug: string): ChartEntry {
  const entry = siteCatalog().find((e) => e.slug === slug);
  if (!entry) throw new Error(`no chart ${slug}`);
  return entry;
}
