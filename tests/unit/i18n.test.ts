import { describe, expect, test } from 'vitest';
import { DOMAIN_NAMES } from '../../src/lib/data/vocabulary';
import { localeOf, localizedPath, unlocalizedPath, withLocales } from '../../src/lib/i18n/locales';
import { DICTIONARY_AREAS, LOCALES, t, UI, type UiKey } from '../../src/lib/i18n/ui';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(DICTIONARY_AREAS))('the %s dictionary', (_area, dict) => {
  const zh = dict.zh as Record<string, string>;
  const en = dict.en as Record<string, string>;
  test('has an English text for every Chinese key and no extra ones', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });
  test('has no empty text, and the same {placeholders} in both languages', () => {
    for (const key of Object.keys(zh)) {
      expect(zh[key]!.trim(), `zh ${key}`).not.toBe('');
      expect(en[key]!.trim(), `en ${key}`).not.toBe('');
      expect(placeholders(en[key]!), key).toEqual(placeholders(zh[key]!));
    }
  });
  test('English texts contain no Chinese characters (Chinese belongs in data or quotes)', () => {
    const chinese = Object.entries(en).filter(([, v]) => /[\u3400-\u9fff]/.test(v)).map(([k]) => k);
    expect(chinese.filter((k) => k !== 'lang.switch' && k !== 'lang.switchLabel')).toEqual([]);
  });
});

describe('keys are unique across areas', () => {
  test('no two dictionaries define the same key', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const [area, dict] of Object.entries(DICTIONARY_AREAS)) {
      for (const key of Object.keys(dict.zh)) {
        if (seen.has(key)) dupes.push(`${key} (${seen.get(key)}, ${area})`);
        seen.set(key, area);
      }
    }
    expect(dupes).toEqual([]);
  });
});

describe('t()', () => {
  test('picks the locale', () => {
    expect(t('en', 'nav.regions')).toBe('Regions');
    expect(t('zh', 'nav.regions')).toBe('地区');
  });

  const withPlaceholders = (Object.keys(UI.zh) as UiKey[]).filter((k) => placeholders(UI.zh[k]).length > 0);
  test.each(withPlaceholders.flatMap((key) => LOCALES.map((locale) => [locale, key] as const)))('%s %s: fills every placeholder, and leaves none unfilled', (locale, key) => {
    const names = placeholders(UI[locale][key]);
    const params = Object.fromEntries(names.map((n, i) => [n, `⟨${i}:$&$1⟩`]));
    const out = t(locale, key, params);
    for (const value of Object.values(params)) expect(out).toContain(value);
    expect(out).not.toMatch(/\{\w+\}/);
    // A placeholder given no value stays as written, so a missing parameter shows rather than vanishes.
    expect(t(locale, key, {})).toBe(UI[locale][key]);
  });

  test('has keys with placeholders to fill', () => {
    expect(withPlaceholders.length).toBeGreaterThan(0);
  });
});

describe('locale paths', () => {
  test('Chinese at /, English at /en/, and back', () => {
    expect(localizedPath('zh', '/regions/331022/')).toBe('/regions/331022/');
    expect(localizedPath('en', '/regions/331022/')).toBe('/en/regions/331022/');
    expect(unlocalizedPath('/en/regions/331022/')).toBe('/regions/331022/');
    expect(unlocalizedPath('/en/')).toBe('/');
    expect(unlocalizedPath('/entries/')).toBe('/entries/');
    expect(localeOf(undefined)).toBe('zh');
    expect(localeOf('en')).toBe('en');
    expect(() => localeOf('fr')).toThrow(/unknown locale/);
    expect(withLocales([{ code: '1' }])).toEqual([{ params: { code: '1', lang: undefined } }, { params: { code: '1', lang: 'en' } }]);
  });
});

// Every *_en column of the data is required and non-empty by its zod schema (schema.ts, tested in
// validation.test.ts); what the schema does not hold is the vocabulary's own English names.
describe('English names of the vocabularies', () => {
  test('every domain has an English name', () => {
    expect(Object.entries(DOMAIN_NAMES).filter(([, v]) => !v.en.trim())).toEqual([]);
  });
});
