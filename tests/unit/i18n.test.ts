import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDataset } from '../../src/lib/data/loadDataset';
import { DOMAIN_NAMES } from '../../src/lib/data/vocabulary';
import { localeOf, localizedPath, unlocalizedPath, withLocales } from '../../src/lib/i18n/locales';
import { DICTIONARY_AREAS, t } from '../../src/lib/i18n/ui';

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
  test('fills placeholders and picks the locale', () => {
    expect(t('en', 'nav.regions')).toBe('Regions');
    expect(t('zh', 'nav.regions')).toBe('地区');
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

describe('English names in the data', () => {
  const root = resolve(import.meta.dirname, '..', '..');
  const { dataset } = checkDataset(join(root, 'data'), root);
  const missing = (rows: Record<string, unknown>[], id: string, field: string) => rows.filter((r) => typeof r[field] !== 'string' || !(r[field] as string).trim()).map((r) => String(r[id]));
  test.each([
    ['regions', 'region_code', 'name_en'],
    ['documents', 'doc_id', 'title_en'],
    ['indicators', 'indicator_id', 'name_en'],
    ['projects', 'project_id', 'name_en'],
    ['concepts', 'concept_id', 'name_en'],
    ['concepts', 'concept_id', 'comparability_note_en'],
    ['notes', 'note_id', 'text_en'],
  ] as const)('every row of %s has %s… %s', (table, id, field) => {
    expect(missing(dataset[table] as unknown as Record<string, unknown>[], id, field)).toEqual([]);
  });
  test('every domain has an English name', () => {
    expect(Object.entries(DOMAIN_NAMES).filter(([, v]) => !v.en.trim())).toEqual([]);
  });
});
