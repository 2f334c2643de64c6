import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cleanSource, type CleaningRule } from '../../src/lib/cleaning/cleanSource';
import { GARBLE_SIGNS } from '../../src/lib/cleaning/corrections';
import { loadCorrections } from '../../src/lib/cleaning/loadCorrections';

const root = resolve(import.meta.dirname, '..', '..');
const seeds = process.env['SEEDS_DIR'] ?? resolve(root, '..', 'shared', 'seeds');
const rules = JSON.parse(readFileSync(join(root, 'data', 'source_cleaning.json'), 'utf8')) as CleaningRule[];
const corrections = loadCorrections(join(root, 'data', 'source_corrections.csv'));

describe.each(rules)('the cleaned text of $doc_id', (rule) => {
  const committed = readFileSync(join(root, 'data', 'sources', `${rule.doc_id}.txt`), 'utf8');

  test('is exactly what the cleaning script makes from the seed', () => {
    expect(existsSync(join(seeds, rule.seed_file)), `seed ${rule.seed_file} in ${seeds}`).toBe(true);
    const raw = readFileSync(join(seeds, rule.seed_file), 'utf8');
    expect(cleanSource(raw, rule, corrections).text).toBe(committed);
  });

  test('has no garbled characters, HTML or pinyin annotations left', () => {
    expect(committed).not.toMatch(GARBLE_SIGNS);
    expect(committed).not.toMatch(/<\/?[a-z]+[^>]*>/);
    expect(committed).not.toMatch(/[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)/);
  });

  test('keeps none of the lines the seed has before its start line', () => {
    if (!rule.start_line) return;
    const raw = readFileSync(join(seeds, rule.seed_file), 'utf8');
    const firstRawLine = raw.split('\n').find((l) => l.trim())!.trim();
    expect(committed).not.toContain(firstRawLine);
  });
});

describe('the corrections table', () => {
  test('every correction is applied to its document', () => {
    for (const c of corrections) {
      const rule = rules.find((r) => r.doc_id === c.doc_id);
      expect(rule, c.doc_id).toBeDefined();
      const raw = readFileSync(join(seeds, rule!.seed_file), 'utf8');
      expect(raw.includes(c.garbled), c.garbled).toBe(true);
    }
  });

  test('restores the about fourteen garbled spans of the Changzhou seed, and marks the unrestorable ones', () => {
    const own = corrections.filter((c) => c.doc_id === 'changzhou-fyp14');
    expect(own.length).toBeGreaterThanOrEqual(14);
    const text = readFileSync(join(root, 'data', 'sources', 'changzhou-fyp14.txt'), 'utf8');
    expect(text).toContain('按照保基本、兜底线、救急难、可持续');
    expect(text).toContain('推动共建苏锡常互融互通的养老服务体系');
    const unrestored = own.filter((c) => c.correction.includes('□'));
    expect((text.match(/□/g) ?? []).length).toBe(unrestored.length);
  });

  test('every cleaned text in data/sources has a cleaning rule', () => {
    const files = readdirSync(join(root, 'data', 'sources')).filter((f) => f.endsWith('.txt'));
    expect(files.sort()).toEqual(rules.map((r) => `${r.doc_id}.txt`).sort());
  });
});
