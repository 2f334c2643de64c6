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

// The mirror site inserted its pinyin annotations into a byte stream read one byte off. Where a
// garbled span starts `?<pinyin>)`, the reading names the false character made of the trail byte
// of the character before the span and the lost character's lead byte; the byte after the
// annotation is the lost character's trail byte. Every such span must agree with its correction.
describe('characters recovered from the bytes around a pinyin annotation', () => {
  const gbk = new TextDecoder('gbk', { fatal: true });
  const bytesOf = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = gbk.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && !bytesOf.has(ch)) bytesOf.set(ch, [lead, trail]);
      } catch { /* not a GBK pair */ }
    }
  }
  const firstByte = (ch: string) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : bytesOf.get(ch)?.[0]);
  const cases = corrections.flatMap((c) => {
    const m = /^\?([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)(.)/u.exec(c.garbled);
    return m && c.method !== 'unrestored' ? [{ c, reading: m[1]!, after: m[2]! }] : [];
  });

  test('there are such spans', () => expect(cases.length).toBeGreaterThanOrEqual(5));

  test.each(cases.map((x) => [x.c.garbled, x]))('%s', (_g, { c, reading, after }) => {
    const rule = rules.find((r) => r.doc_id === c.doc_id)!;
    const raw = readFileSync(join(seeds, rule.seed_file), 'utf8');
    const before = raw[raw.indexOf(c.garbled) - 1]!;
    const annotated = new Set([...raw.matchAll(new RegExp(`(\\p{Script=Han})\\(${reading}\\)`, 'gu'))].map((m) => m[1]!));
    const falseChars = [...annotated].filter((ch) => bytesOf.get(ch)?.[0] === bytesOf.get(before)?.[1]);
    expect(falseChars, `characters annotated (${reading}) whose lead byte is the trail byte of ${before}`).toHaveLength(1);
    const lead = bytesOf.get(falseChars[0]!)![1]!;
    const restored = [...c.correction][0]!;
    expect(bytesOf.get(restored)?.[0], `lead byte of ${restored}`).toBe(lead);
    const trail = after === '?' ? undefined : firstByte(after);
    if (trail !== undefined) expect(gbk.decode(new Uint8Array([lead, trail]))).toBe(restored);
  });
});
