import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Dataset } from '../data/schema';
import { formatYuan } from '../format/values';
import { sourceHref } from '../site/sourceLines';
import { investmentOf, type ProjectsView } from '../site/projectsView';
import { CATEGORY_STYLE, NATURE_ZH, PRECISION_ZH } from './categories';
import { markerInvestment, markerRadius } from './projectPoints';

/** What a map popup shows, precomputed at build time so the browser only reads text. */
export interface ProjectFeatureProps {
  id: string;
  region: string;
  regionName: string;
  name: string;
  nameEn: string;
  category: string;
  categoryZh: string;
  color: string;
  nature: string;
  hollow: boolean;
  r: number;
  facts: [string, string][];
  href: string;
}

export function projectFeatures(data: Dataset, view: ProjectsView): FeatureCollection<Point, ProjectFeatureProps> {
  const maxInv = Math.max(0, ...view.placement.mapped.map((m) => markerInvestment(m.project) ?? 0));
  const regionOf = new Map(view.rows.map((r) => [r.project.project_id, r]));
  const features = view.placement.mapped.map(({ project: p, lon, lat }): Feature<Point, ProjectFeatureProps> => {
    const row = regionOf.get(p.project_id)!;
    const inv = investmentOf(p);
    const facts: [string, string][] = [
      ['类别', CATEGORY_STYLE[p.category].zh],
      ['性质', NATURE_ZH[p.nature]],
      ...(p.beds !== null ? [['床位', `${p.beds}张`] as [string, string]] : []),
      ...(p.floor_area_m2 !== null ? [['建筑面积', `${p.floor_area_m2}平方米`] as [string, string]] : []),
      ...(inv ? [['投资', `${formatYuan(inv.cny)}${inv.perYear ? '/年' : ''}`] as [string, string]] : []),
      ...(p.start_year !== null || p.end_year !== null ? [['年份', `${p.start_year ?? '?'}–${p.end_year ?? '?'}`] as [string, string]] : []),
      ...(p.implementer_zh ? [['实施主体', p.implementer_zh] as [string, string]] : []),
      ['地点(原文)', p.location_zh ?? '—'],
      ['位置精度', PRECISION_ZH[p.location_precision]],
    ];
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        id: p.project_id,
        region: row.regionCode,
        regionName: row.regionName,
        name: p.name_zh,
        nameEn: p.name_en,
        category: p.category,
        categoryZh: CATEGORY_STYLE[p.category].zh,
        color: CATEGORY_STYLE[p.category].color,
        nature: p.nature,
        hollow: p.location_precision !== 'address',
        r: Math.round(markerRadius(markerInvestment(p), maxInv) * 10) / 10,
        facts,
        href: sourceHref(p.doc_id, data.sources[p.doc_id] ?? '', p.source_quote),
      },
    };
  });
  return { type: 'FeatureCollection', features };
}
