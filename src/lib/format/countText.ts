import type { Locale } from '../i18n/locales';
import { t, type UiKey } from '../i18n/ui';

/** A whole count as each edition writes it: 1234 in Chinese, 1,234 in English. */
export const formatCount = (n: number, locale: Locale): string => (locale === 'en' ? n.toLocaleString('en') : String(n));

/** Dictionary keys that have a singular form under `<key>.one`. */
export type CountKey = { [K in UiKey]: `${K}.one` extends UiKey ? K : never }[UiKey];

/** The text of `key` for a count n: its `.one` form when n is 1, `{n}` filled with the formatted count. */
export function countText(locale: Locale, key: CountKey, n: number, params: Record<string, string | number> = {}): string {
  return t(locale, (n === 1 ? `${key}.one` : key) as UiKey, { ...params, n: formatCount(n, locale) });
}
