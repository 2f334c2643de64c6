import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readCleaningRules } from '../../src/lib/cleaning/cleaningRules';
import { parseBudgets } from '../budgets';

const root = resolve(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'minzheng-config-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('data/source_cleaning.json', () => {
  const real = JSON.parse(readFileSync(join(root, 'data', 'source_cleaning.json'), 'utf8')) as Record<string, unknown>[];
  const messageFor = (rules: unknown): string => {
    const path = join(tmp, 'source_cleaning.json');
    writeFileSync(path, typeof rules === 'string' ? rules : JSON.stringify(rules));
    try {
      readCleaningRules(path);
      return 'accepted';
    } catch (e) {
      return (e as Error).message.replaceAll(path, 'source_cleaning.json');
    }
  };

  test('the real rules pass the schema', () => {
    expect(readCleaningRules(join(root, 'data', 'source_cleaning.json')).map((r) => r.doc_id)).toEqual(real.map((r) => r['doc_id']));
  });

  test.each([
    ['a misspelt key', [{ ...real[0], start_lines: '^x$' }], 'source_cleaning.json: [0]: Unrecognized key: "start_lines"'],
    ['a regex that does not compile', [{ ...real[0], end_before_line: '^(unclosed' }], 'source_cleaning.json: [0].end_before_line: is not a valid regular expression'],
    ['a flag given as a string', [{ ...real[0], to_simplified: 'yes' }], 'source_cleaning.json: [0].to_simplified: Invalid input: expected boolean, received string'],
    ['two rules for one document', [real[0], real[0]], `source_cleaning.json: [1].doc_id: "${String(real[0]!['doc_id'])}" has a rule already`],
    ['a table without its header size', [{ ...real[0], tables: [{ title: '^t$' }] }], 'source_cleaning.json: [0].tables[0].header_lines: Invalid input: expected number, received undefined'],
    ['text that is not JSON', '[{"doc_id": ', 'source_cleaning.json: is not valid JSON'],
  ])('rejects %s with a message that names the field', (_name, rules, message) => {
    expect(messageFor(rules)).toContain(message);
  });
});

describe('budgets.config.json', () => {
  const text = readFileSync(join(root, 'budgets.config.json'), 'utf8');
  const real = JSON.parse(text) as { templates: Record<string, unknown>[]; mapLibrary: Record<string, unknown> };
  const messageFor = (budgets: unknown): string => {
    try {
      parseBudgets(JSON.stringify(budgets));
      return 'accepted';
    } catch (e) {
      return (e as Error).message;
    }
  };

  test('the real budgets pass the schema', () => {
    expect(parseBudgets(text).templates.length).toBe(real.templates.length);
  });

  test.each([
    ['a misspelt budget', { ...real, templates: [{ ...real.templates[0], maxJSGzipKB: 1 }] }, 'budgets.config.json: templates.0: Unrecognized key: "maxJSGzipKB"'],
    ['a budget given as text', { ...real, templates: [{ ...real.templates[0], maxTotalGzipKB: '60' }] }, 'budgets.config.json: templates.0.maxTotalGzipKB: Invalid input: expected number, received string'],
    ['a pattern that does not compile', { ...real, templates: [{ ...real.templates[0], match: '^(/en' }] }, 'budgets.config.json: templates.0.match: is not a valid regular expression'],
    ['a map exception for a template that does not exist', { ...real, mapLibrary: { ...real.mapLibrary, allowedTemplates: ['nope'] } }, 'budgets.config.json: mapLibrary.allowedTemplates: "nope" is not a template name'],
  ])('rejects %s with a message that names the field', (_name, budgets, message) => {
    expect(messageFor(budgets)).toContain(message);
  });
});
