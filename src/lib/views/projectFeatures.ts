import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Dataset, Project } from '../data/schema';
import { formatYuan } from '../format/values';
import { yearsLabel } from '../format/yearsLabel';
import { localizedPath, type Locale } from '../i18n/locales';
import { t } from '../i18n/ui';
import { sourceHref } from '../format/sourceLines';
import { investmentOf, type ProjectsView } from './projectsView';
import { CATEGORY_STYLE, NATURE, PRECISION } from '../map/categories';
import { markerInvestment, markerRadius } from '../map/projectPoints';
import { localName } from '../format/localName';

/** One line of a popup: label and value; a third element marks a value written in Chinese (as in the source) on an English popup. */
export type PopupFact = [label: string, value: string] | [label: string, value: string, lang: 'zh-CN'];

/**
 * What a map popup shows, precomputed at build time in both languages so the browser only reads
 * text: /geo/projects.geojson is one file for both editions, and the map picks the page's language.
 */
export interface ProjectFeatureProps {
  id: string;
  region: string;
  /** The project's point as the data gives it; the geometry may be spread from it for the build-time map. Projects sharing it are spread in screen pixels on the interactive map. */
  at: [lon: number, lat: number];
  regionName: string;
  regionNameEn: string;
  name: string;
  nameEn: string;
  category: string;
  categoryZh: string;
  categoryEn: string;
  color: string;
  nature: string;
  hollow: boolean;
  r: number;
  /** Popup lines in Chinese, the region first. */
  facts: PopupFact[];
  /** Popup lines in English; names and places as written stay Chinese and say so. */
  factsEn: PopupFact[];
  /** The source quote in the Chinese edition, and in the English one. */
  href: string;
  hrefEn: string;
}

const enNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 20 });

/** A project's popup lines in one language. */
export function popupFacts(p: Project, regionName: string, locale: Locale): PopupFact[] {
  const tr = (key: Parameters<typeof t>[1], params?: Record<string, string | number>) => t(locale, key, params);
  const asWritten = (label: string, v: string | null): PopupFact => (v ? (locale === 'en' ? [label, v, 'zh-CN'] : [label, v]) : [label, '—']);
  const inv = investmentOf(p);
  const num = (n: number) => (locale === 'zh' ? String(n) : enNumber.format(n));
  return [
    [tr('projects.fact.region'), regionName],
    [tr('projects.fact.category'), CATEGORY_STYLE[p.category][locale]],
    [tr('projects.fact.nature'), NATURE[locale][p.nature]],
    ...(p.beds !== null ? [[tr('projects.fact.beds'), tr('projects.fact.bedsValue', { n: num(p.beds) })] as PopupFact] : []),
    ...(p.floor_area_m2 !== null ? [[tr('projects.fact.floorArea'), tr('projects.fact.floorAreaValue', { n: num(p.floor_area_m2) })] as PopupFact] : []),
    ...(inv ? [[tr('projects.fact.investment'), `${formatYuan(inv.cny, locale)}${inv.perYear ? tr('projects.perYear') : ''}`] as PopupFact] : []),
    ...(p.start_year !== null || p.end_year !== null ? [[tr('projects.fact.years'), yearsLabel(p.start_year, p.end_year, locale)] as PopupFact] : []),
    ...(p.implementer_zh ? [asWritten(tr('projects.fact.implementer'), p.implementer_zh)] : []),
    // English readers get the place in English first; the Chinese as written stays for checking.
    ...(locale === 'en' && p.location_en ? [[tr('projects.fact.locationEn'), p.location_en] as PopupFact] : []),
    asWritten(tr('projects.fact.location'), p.location_zh),
    [tr('projects.fact.precision'), PRECISION[locale][p.location_precision]],
  ];
}

export function projectFeatures(data: Dataset, view: ProjectsView): FeatureCollection<Point, ProjectFeatureProps> {
  const maxInv = Math.max(0, ...view.placement.mapped.map((m) => markerInvestment(m.project) ?? 0));
  const regionOf = new Map(view.rows.map((r) => [r.project.project_id, r]));
  const regionByCode = new Map(data.regions.map((r) => [r.region_code, r]));
  const features = view.placement.mapped.map(({ project: p, lon, lat }): Feature<Point, ProjectFeatureProps> => {
    const row = regionOf.get(p.project_id)!;
    const region = regionByCode.get(row.regionCode)!;
    const href = sourceHref(p.doc_id, data.sources[p.doc_id] ?? '', p.source_quote);
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        id: p.project_id,
        region: row.regionCode,
        at: [p.lon ?? lon, p.lat ?? lat],
        regionName: region.name_zh,
        regionNameEn: region.name_en,
        name: p.name_zh,
        nameEn: localName(p, false),
        category: p.category,
        categoryZh: CATEGORY_STYLE[p.category].zh,
        categoryEn: CATEGORY_STYLE[p.category].en,
        color: CATEGORY_STYLE[p.category].color,
        nature: p.nature,
        hollow: p.location_precision !== 'address',
        r: Math.round(markerRadius(markerInvestment(p), maxInv) * 10) / 10,
        facts: popupFacts(p, region.name_zh, 'zh'),
        factsEn: popupFacts(p, region.name_en, 'en'),
        href,
        hrefEn: localizedPath('en', href),
      },
    };
  });
  return { type: 'FeatureCollection', features };
}
