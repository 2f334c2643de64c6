import * as common from './dictionaries/common';
import * as compare from './dictionaries/compare';
import * as data from './dictionaries/data';
import * as embed from './dictionaries/embed';
import * as findings from './dictionaries/findings';
import * as home from './dictionaries/home';
import * as indicator from './dictionaries/indicator';
import * as projects from './dictionaries/projects';
import * as region from './dictionaries/region';
import * as search from './dictionaries/search';
import * as sources from './dictionaries/sources';
import { fill } from './fill';
import type { Locale } from './locales';

export { LOCALES, type Locale } from './locales';

// Each area of the site keeps its interface text in src/lib/i18n/dictionaries/<area>.ts as a
// Chinese dictionary and an English one typed against it, so a missing English key fails
// `astro check`; tests/unit/i18n.test.ts also fails on empty strings and mismatched {params}.
const DICTIONARIES = [common, home, region, indicator, projects, compare, sources, data, embed, search, findings] as const;

/** Each area's dictionaries by name, for the completeness test. */
export const DICTIONARY_AREAS = { common, home, region, indicator, projects, compare, sources, data, embed, search, findings } as const;

type Merge<T extends readonly { zh: object }[]> = T extends readonly [infer H extends { zh: object }, ...infer R extends readonly { zh: object }[]] ? H['zh'] & Merge<R> : unknown;
type ZhDictionary = Merge<typeof DICTIONARIES>;
export type UiKey = keyof ZhDictionary & string;

const merged = (locale: Locale) => Object.assign({}, ...DICTIONARIES.map((d) => d[locale])) as Record<UiKey, string>;
export const UI: Record<Locale, Record<UiKey, string>> = { zh: merged('zh'), en: merged('en') };

/** Interface text in a locale; `{name}` placeholders are filled from params. */
export function t(locale: Locale, key: UiKey, params?: Record<string, string | number>): string {
  const text = UI[locale][key];
  if (text === undefined) throw new Error(`missing ${locale} text for ${key}`);
  return fill(text, params);
}

/** A translator bound to one locale, for components: `const tr = translator(locale); tr('nav.regions')`. */
export const translator = (locale: Locale) => (key: UiKey, params?: Record<string, string | number>) => t(locale, key, params);
