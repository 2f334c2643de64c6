import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cleanSource } from '../../src/lib/cleaning/cleanSource';
import { readCleaningRules } from '../../src/lib/cleaning/cleaningRules';
import { GARBLE_SIGNS } from '../../src/lib/cleaning/corrections';
import { loadCorrections } from '../../src/lib/cleaning/loadCorrections';

const root = resolve(import.meta.dirname, '..', '..');
const seeds = process.env['SEEDS_DIR'] ?? resolve(root, '..', 'shared', 'seeds');
const rules = readCleaningRules(join(root, 'data', 'source_cleaning.json'));
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
});

// The cut lines are what the same pipeline makes of the seed without the cut, so the check sees them as
// the cleaned text would: converted, normalised, without HTML.
const cuts = rules.flatMap((rule) => [
  ...(rule.start_line ? [{ rule, kind: 'before its start line', dropped: (all: string[]) => all.slice(0, all.findIndex((l) => new RegExp(rule.start_line!).test(l))) }] : []),
  ...(rule.end_before_line ? [{ rule, kind: 'from its end line on', dropped: (all: string[]) => all.slice(all.findIndex((l) => new RegExp(rule.end_before_line!).test(l))) }] : []),
]);

describe.each(cuts)('the cleaned text of $rule.doc_id', ({ rule, kind, dropped }) => {
  test(`keeps none of the seed's lines ${kind}`, () => {
    const raw = readFileSync(join(seeds, rule.seed_file), 'utf8');
    const all = cleanSource(raw, { doc_id: rule.doc_id, seed_file: rule.seed_file, to_simplified: rule.to_simplified }, corrections).text.split('\n').filter(Boolean);
    const cut = dropped(all);
    expect(cut.length).toBeGreaterThan(0);
    const kept = new Set(readFileSync(join(root, 'data', 'sources', `${rule.doc_id}.txt`), 'utf8').split('\n'));
    expect(cut.filter((l) => kept.has(l))).toEqual([]);
  });
});

describe('the corrections table', () => {
  test.each(corrections.map((c) => [c.doc_id, c.garbled, c]))('%s: %s is corrected in the cleaned text', (_doc, _garbled, c) => {
    const rule = rules.find((r) => r.doc_id === c.doc_id);
    expect(rule, c.doc_id).toBeDefined();
    const raw = readFileSync(join(seeds, rule!.seed_file), 'utf8');
    expect(raw.split(c.garbled)).toHaveLength(2);
    // The correction is written in the seed's script; the cleaned text is converted and normalised like it.
    const expected = cleanSource(c.correction, { doc_id: c.doc_id, seed_file: '', to_simplified: rule!.to_simplified }, []).text.trim();
    const cleaned = readFileSync(join(root, 'data', 'sources', `${c.doc_id}.txt`), 'utf8');
    expect(cleaned).toContain(expected);
    expect(cleaned).not.toContain(c.garbled);
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
