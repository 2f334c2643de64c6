import type { ChartEntry } from '../downloads/chartCatalog';
import { canonicalIndicators, canonicalValues } from '../data/duplicates';
import type { Dataset } from '../data/schema';
import { DOMAIN_NAMES } from '../data/vocabulary';
import { localizedPath, type Locale } from '../i18n/locales';
import { DOC_TYPE, periodLabel } from '../format/documentLabels';
import type { OgCard } from './ogCard';
import { buildRegionView } from '../views/regionView';
import { regionsWithDocuments } from '../data/regionsWithDocuments';
import { localName } from '../format/localName';

/** One link-preview image: published at /og/<slug>.png (/en/og/… in English) for the page at pagePath (in its edition). */
export interface OgImage {
  slug: string;
  pagePath: string;
  card: OgCard;
}

export const ogImagePath = (slug: string, locale: Locale = 'zh') => localizedPath(locale, `/og/${slug}.png`);
/** The card an indicator page shows: its region's. */
export const indicatorOgSlug = (regionCode: string) => `regions/${regionCode}`;

// The cards' words. Names come from the data (name_zh / name_en; English names are our translations).
const WORDS = {
  zh: {
    siteName: '民政规划数据',
    footer: '每个数字附原文引语 · CC BY 4.0',
    kicker: 'Civil-affairs plans, in data',
    siteTitle: '地方民政规划里的承诺,逐条核对',
    siteSubtitle: '各地民政规划与工作报告中的指标、目标和重大建设项目,整理成可下载的数据;每个数字都附原文引语。',
    regions: '个地区',
    indicators: '项指标',
    values: '个数值',
    binding: '项约束性指标',
    projects: '个建设项目',
    regionList: '地区:',
    region: '地区',
    regionTitle: (name: string) => `${name}民政规划指标`,
    domains: '涉及:',
    list: '、',
    doc: (title: string, type: string, period: string) => `《${title}》(${type},${period})`,
  },
  en: {
    siteName: 'Civil-Affairs Plans in Data',
    footer: 'Every number quotes its source · CC BY 4.0',
    kicker: '民政规划数据',
    siteTitle: 'What China’s local civil-affairs plans promise, checked line by line',
    siteSubtitle: 'Indicators, targets and major construction projects from local civil-affairs plans and reports, as downloadable data; every number carries a quote from its source.',
    regions: 'regions',
    indicators: 'indicators',
    values: 'values',
    binding: 'binding targets',
    projects: 'projects',
    regionList: 'Regions: ',
    region: 'Region',
    regionTitle: (name: string) => `${name}: civil-affairs plan indicators`,
    domains: 'Areas: ',
    list: ', ',
    doc: (title: string, type: string, period: string) => `${title} (${type}, ${period})`,
  },
} as const;

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The cards of one edition: one for the site, one per region and concept page. An indicator page
 * shares its region's card (`ogSlugOf`): a card per indicator and edition was a third of the
 * site's bytes, and the chart itself is one click away. Concept cards show the comparison chart
 * from that edition's catalog; region cards show the region's counts.
 */
export function ogImages(data: Dataset, catalog: ChartEntry[], origin: string, locale: Locale = 'zh'): OgImage[] {
  const w = WORDS[locale];
  const host = origin.replace(/^https?:\/\//, '').replace(/\/$/, '');
  const url = (path: string) => `${host}${localizedPath(locale, path)}`;
  const name = (x: { name_zh: string; name_en: string }) => (localName(x, locale === 'zh'));
  const frame = { siteName: w.siteName, footer: w.footer };
  const regions = regionsWithDocuments(data);
  const images: OgImage[] = [
    {
      slug: 'site',
      pagePath: localizedPath(locale, '/'),
      card: {
        ...frame,
        kicker: w.kicker,
        title: w.siteTitle,
        subtitle: w.siteSubtitle,
        url: url('/'),
        stats: [
          { value: count(regions.length), label: w.regions },
          { value: count(canonicalIndicators(data).length), label: w.indicators },
          { value: count(canonicalValues(data).length), label: w.values },
          { value: count(data.projects.length), label: w.projects },
        ],
        note: `${w.regionList}${regions.map(name).join(w.list)}`,
      },
    },
  ];

  for (const region of regions) {
    const view = buildRegionView(data, region.region_code);
    const indicators = view.domains.flatMap((d) => d.indicators);
    const binding = indicators.filter((i) => i.indicator.attribute === 'binding').length;
    const path = `/regions/${region.region_code}/`;
    images.push({
      slug: `regions/${region.region_code}`,
      pagePath: localizedPath(locale, path),
      card: {
        ...frame,
        kicker: `${w.region} · ${locale === 'zh' ? region.province_zh : region.province_en}`,
        title: w.regionTitle(name(region)),
        subtitle: view.documents.map((d) => w.doc(locale === 'zh' ? d.title_zh : d.title_en, DOC_TYPE[locale][d.doc_type], periodLabel(d, locale))).join(' '),
        url: url(path),
        stats: [
          { value: count(indicators.length), label: w.indicators },
          { value: count(view.valueCount), label: w.values },
          // Only plans that classify their targets have binding ones; a zero elsewhere would mislead.
          ...(binding > 0 ? [{ value: count(binding), label: w.binding }] : []),
          { value: count(view.projects.length), label: w.projects },
        ],
        note: `${w.domains}${view.domains.map((d) => DOMAIN_NAMES[d.domain][locale]).join(w.list)}`,
      },
    });
  }

  // A chart kind whose page has its own card declares its words (chartKinds/); the picture is the chart's file drawing.
  for (const entry of catalog) {
    if (!entry.card) continue;
    images.push({ slug: entry.slug, pagePath: entry.pagePath, card: { ...frame, ...entry.card, url: `${host}${entry.pagePath}`, chart: entry.chart() } });
  }
  return images;
}
