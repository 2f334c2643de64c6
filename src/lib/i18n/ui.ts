// Interface strings, one dictionary per locale. Chinese is the reference: a key
// missing from English is a type error. Page content (names, quotes) comes from
// the data, not from here.

import { fill } from './fill';

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const zh = {
  'search.label': '搜索',
  'search.placeholder': '地区、指标或项目,如“养老”',
  'search.submit': '搜索',
  'search.hint': '输入后按↓进入结果,Enter 打开,Esc 关闭。',
  'search.loading': '正在载入搜索……',
  'search.results': '{count} 条结果',
  'search.none': '没有找到与“{query}”相关的页面。',
  'search.error': '搜索暂时无法使用,请稍后再试。',
  'search.all': '查看全部 {count} 条结果',
  'search.pageTitle': '站内搜索',
  'search.pageDescription': '搜索本站的地区、指标、建设项目、地区比较和原文。',
  'search.noscript': '站内搜索需要 JavaScript。不用搜索也可以浏览全部内容:',
  'search.kind.region': '地区',
  'search.kind.indicator': '指标',
  'search.kind.projects': '建设项目',
  'search.kind.compare': '地区比较',
  'search.kind.source': '原文',
} as const;

export type UiKey = keyof typeof zh;

const en: Record<UiKey, string> = {
  'search.label': 'Search',
  'search.placeholder': 'Region, indicator or project, e.g. “nursing beds”',
  'search.submit': 'Search',
  'search.hint': 'Type, then press ↓ to reach the results, Enter to open one, Esc to close.',
  'search.loading': 'Loading search…',
  'search.results': '{count} results',
  'search.none': 'No page matches “{query}”.',
  'search.error': 'Search is unavailable at the moment; please try again later.',
  'search.all': 'See all {count} results',
  'search.pageTitle': 'Search this site',
  'search.pageDescription': 'Search the regions, indicators, construction projects, comparisons and source texts of this site.',
  'search.noscript': 'Search needs JavaScript. Everything can also be reached by browsing:',
  'search.kind.region': 'Region',
  'search.kind.indicator': 'Indicator',
  'search.kind.projects': 'Projects',
  'search.kind.compare': 'Comparison',
  'search.kind.source': 'Source text',
};

export const UI: Record<Locale, Record<UiKey, string>> = { zh, en };

/** The string for `key` in `locale`, with every `{name}` replaced by `params.name` (unknown names stay as written). */
export function t(locale: Locale, key: UiKey, params?: Record<string, string | number>): string {
  return fill(UI[locale][key], params);
}
