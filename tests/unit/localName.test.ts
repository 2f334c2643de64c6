import { describe, expect, test } from 'vitest';
import { localName, NAME_EN_MARKER, NOT_YET_TRANSLATED } from '../../src/lib/format/localName';

describe('the name an edition shows', () => {
  test('each edition its own name', () => {
    const x = { name_zh: '护理型床位占比', name_en: 'Share of nursing-care beds' };
    expect([localName(x, true), localName(x, false)]).toEqual(['护理型床位占比', 'Share of nursing-care beds']);
  });

  test('a drafted name not yet translated: the English pages show the Chinese, marked, never the placeholder', () => {
    const x = { name_zh: '城乡低保标准', name_en: NAME_EN_MARKER };
    expect(localName(x, false)).toBe(`城乡低保标准 ${NOT_YET_TRANSLATED}`);
    expect(localName({ ...x, name_en: ' ' }, false)).toBe(`城乡低保标准 ${NOT_YET_TRANSLATED}`);
  });
});
