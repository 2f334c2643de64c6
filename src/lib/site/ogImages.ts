import type { ChartEntry } from '../downloads/chartCatalog';
import { buildConceptComparison } from '../compare/compareView';
import type { Dataset } from '../data/schema';
import { UNITS } from '../data/units';
import { DOMAIN_NAMES } from '../data/vocabulary';
import { indexDataset } from './datasetIndex';
import { DOC_TYPE_ZH, periodLabel } from './homeView';
import type { OgCard } from './ogCard';
import { buildRegionView, regionsWithDocuments } from './regionView';

/** One link-preview image: published at /og/<slug>.png for the page at pagePath. */
export interface OgImage {
  slug: string;
  pagePath: string;
  card: OgCard;
}

export const ogImagePath = (slug: string) => `/og/${slug}.png`;
/** The card of every page without one of its own. */
export const SITE_OG_IMAGE = ogImagePath('site');

const ATTRIBUTE_ZH = { binding: '约束性指标', expected: '预期性指标' } as const;
const count = (n: number) => n.toLocaleString('en-US');

/**
 * The cards of the site: one for the site, one per region, indicator and concept page. Indicator
 * and concept cards show the page's own chart from the catalog; region cards show its counts.
 */
export function ogImages(data: Dataset, catalog: ChartEntry[], origin: string): OgImage[] {
  const ix = indexDataset(data);
  const host = origin.replace(/^https?:\/\//, '').replace(/\/$/, '');
  const chartOf = (slug: string) => {
    const entry = catalog.find((e) => e.slug === slug);
    if (!entry) throw new Error(`no chart ${slug} for its link preview`);
    return entry.chart();
  };
  const regions = regionsWithDocuments(data);
  const images: OgImage[] = [
    {
      slug: 'site',
      pagePath: '/',
      card: {
        kicker: 'Civil-affairs plans, in data',
        title: '地方民政规划里的承诺,逐条核对',
        subtitle: '各地民政规划与工作报告中的指标、目标和重大建设项目,整理成可下载的数据;每个数字都附原文引语。',
        url: `${host}/`,
        stats: [
          { value: count(regions.length), label: '个地区' },
          { value: count(data.indicators.length), label: '项指标' },
          { value: count(data.indicator_values.length), label: '个数值' },
          { value: count(data.projects.length), label: '个建设项目' },
        ],
        note: `地区:${regions.map((r) => r.name_zh).join('、')}`,
      },
    },
  ];

  for (const region of regions) {
    const view = buildRegionView(data, region.region_code);
    const indicators = view.domains.flatMap((d) => d.indicators);
    const binding = indicators.filter((i) => i.indicator.attribute === 'binding').length;
    const pagePath = `/regions/${region.region_code}/`;
    images.push({
      slug: `regions/${region.region_code}`,
      pagePath,
      card: {
        kicker: `地区 · ${region.province_zh}`,
        title: `${region.name_zh}民政规划指标`,
        subtitle: view.documents.map((d) => `《${d.title_zh}》(${DOC_TYPE_ZH[d.doc_type]},${periodLabel(d)})`).join(' '),
        url: `${host}${pagePath}`,
        stats: [
          { value: count(indicators.length), label: '项指标' },
          { value: count(view.valueCount), label: '个数值' },
          // Only plans that classify their targets have binding ones; a zero elsewhere would mislead.
          ...(binding > 0 ? [{ value: count(binding), label: '项约束性指标' }] : []),
          { value: count(view.projects.length), label: '个建设项目' },
        ],
        note: `涉及:${view.domains.map((d) => DOMAIN_NAMES[d.domain].zh).join('、')}`,
      },
    });
  }

  for (const indicator of data.indicators) {
    const doc = ix.document(indicator.doc_id);
    const region = ix.region(doc.region_code);
    const pagePath = `/indicators/${indicator.indicator_id}/`;
    const attribute = indicator.attribute ? ` · ${ATTRIBUTE_ZH[indicator.attribute]}` : '';
    images.push({
      slug: `indicators/${indicator.indicator_id}`,
      pagePath,
      card: {
        kicker: `指标 · ${region.name_zh}`,
        title: indicator.name_zh,
        subtitle: `${region.province_zh}${region.name_zh}《${doc.title_zh}》${attribute}`,
        url: `${host}${pagePath}`,
        chart: chartOf(`indicators/${indicator.indicator_id}`),
      },
    });
  }

  for (const concept of data.concepts) {
    const cmp = buildConceptComparison(data, concept.concept_id);
    const pagePath = `/compare/${concept.concept_id}/`;
    images.push({
      slug: `compare/${concept.concept_id}`,
      pagePath,
      card: {
        kicker: '地区比较',
        title: concept.name_zh,
        subtitle: `${[...new Set(cmp.series.map((s) => s.region.name_zh))].join('、')} · 单位:${UNITS[concept.unit].zh} · ● 基期  ■ 最新实际  ○ 目标`,
        url: `${host}${pagePath}`,
        chart: chartOf(`compare/${concept.concept_id}`),
      },
    });
  }
  return images;
}
