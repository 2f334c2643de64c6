export type Locale = 'zh' | 'en';

const compact = {
  zh: new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 }),
};
const plain = {
  zh: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 20, useGrouping: false }),
  en: new Intl.NumberFormat('en', { maximumFractionDigits: 20 }),
};

/** Axis ticks: 1.5万 and 2.77亿 in Chinese, 15K and 277M in English; small numbers as they are. */
export function formatTick(n: number, locale: Locale): string {
  return Math.abs(n) >= 10_000 ? compact[locale].format(n) : plain[locale].format(n);
}

/** A value exactly as stored, never rounded. */
export function formatExact(n: number, locale: Locale): string {
  return plain[locale].format(n);
}
