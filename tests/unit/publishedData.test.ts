import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { DERIVED_FIELDS, FIELD_DOCS, publishedFields } from '../../src/lib/data/fieldDocs';
import { publishedRows } from '../../src/lib/data/publishedColumns';
import { checkDataset } from '../../src/lib/validation/loadDataset';
import { TABLES, type TableName } from '../../src/lib/data/schema';
import { buildDataPackage, checksums, datasetZip, publishedCsv, publishedDataFiles, tableJson } from '../../src/lib/publishing/publishedFiles';

const root = resolve(import.meta.dirname, '..', '..');
const { dataset } = checkDataset(join(root, 'data'), root);
const NAMES = Object.keys(TABLES) as TableName[];
type Field = { name: string; type: string; constraints: { required: boolean; enum?: string[]; pattern?: string } };
type Resource = { name: string; bytes: number; hash: string; schema: { fields: Field[]; foreignKeys?: { fields: string; reference: { resource: TableName; fields: string } }[] } };
const pkg = buildDataPackage(dataset) as { version: string; resources: Resource[] };

describe('the data dictionary', () => {
  test.each(NAMES)('names exactly the columns of %s, in the CSV order: the curated ones, then the derived ones', (name) => {
    const header = Papa.parse<string[]>(publishedCsv(name), { preview: 1 }).data[0]!.map((h) => h.replace(/^\ufeff/, ''));
    expect(Object.keys(FIELD_DOCS[name])).toEqual(Object.keys(TABLES[name].shape));
    expect(header).toEqual([...Object.keys(FIELD_DOCS[name]), ...Object.keys(DERIVED_FIELDS[name] ?? {})]);
    expect(header).toEqual(Object.keys(publishedFields(name)));
  });

  test('a derived column is never curated: it is in no data/*.csv header', () => {
    for (const name of NAMES) for (const column of Object.keys(DERIVED_FIELDS[name] ?? {})) expect(Object.keys(TABLES[name].shape)).not.toContain(column);
  });

  test('every money column of projects has its amount in yuan (*_cny) beside the text as written', () => {
    const fields = FIELD_DOCS.projects;
    const texts = Object.keys(fields).filter((c) => /^(investment|annual_budget)/.test(c) && c.endsWith('_text'));
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(fields[t.replace(/_text$/, '_cny')]?.unit, t).toMatch(/^yuan/);
    for (const [c, f] of Object.entries(fields)) if (c.endsWith('_cny')) expect(f.unit, c).toMatch(/^yuan/);
  });
});

describe.each(NAMES)('the published %s', (name) => {
  const csv = publishedCsv(name);
  const resource = pkg.resources.find((r) => r.name === name)!;
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

  test('opens in Excel (UTF-8 with BOM) and reads back with papaparse to the validated rows', () => {
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(rows).toHaveLength(dataset[name].length);
    expect(Object.keys(rows[0] ?? {})).toEqual(Object.keys(publishedFields(name)));
  });

  test('JSON round-trips to the same values', () => {
    expect(JSON.parse(tableJson(dataset, name))).toEqual(JSON.parse(JSON.stringify(publishedRows(dataset, name))));
  });

  test('CSV and JSON carry the same derived numbers', () => {
    const json = JSON.parse(tableJson(dataset, name)) as Record<string, unknown>[];
    for (const column of Object.keys(DERIVED_FIELDS[name] ?? {})) {
      for (const [i, row] of rows.entries()) expect(row[column] === '' ? null : Number(row[column]), `${name}:${i + 2}:${column}`).toBe(json[i]![column]);
    }
  });

  test('keeps every constraint of its Table Schema and states its true size and hash', () => {
    for (const f of resource.schema.fields) {
      for (const [i, row] of rows.entries()) {
        const v = row[f.name] ?? '';
        if (f.constraints.required) expect(v, `${name}:${i + 2}:${f.name}`).not.toBe('');
        if (v && f.constraints.enum) expect(f.constraints.enum, `${name}:${i + 2}:${f.name}`).toContain(v);
        if (v && f.constraints.pattern) expect(v, `${name}:${i + 2}:${f.name}`).toMatch(new RegExp(f.constraints.pattern));
        if (v && f.type === 'number') expect(Number.isFinite(Number(v))).toBe(true);
        if (v && (f.type === 'integer' || f.type === 'year')) expect(Number.isInteger(Number(v))).toBe(true);
      }
    }
    expect(resource.bytes).toBe(Buffer.byteLength(csv));
    expect(resource.hash).toBe(`sha256:${createHash('sha256').update(csv).digest('hex')}`);
  });

  test('foreign keys resolve', () => {
    for (const fk of resource.schema.foreignKeys ?? []) {
      const targets = new Set((dataset[fk.reference.resource] as unknown as Record<string, unknown>[]).map((r) => String(r[fk.reference.fields])));
      for (const row of rows) if (row[fk.fields]) expect(targets.has(row[fk.fields]!), `${fk.fields}=${row[fk.fields]}`).toBe(true);
    }
  });
});

describe('the whole dataset', () => {
  test('checksums list every published file with its SHA-256, Parquet copies included', () => {
    const files = publishedDataFiles(dataset);
    const lines = checksums(dataset).trim().split('\n');
    expect(lines).toHaveLength(Object.keys(files).length);
    for (const line of lines) {
      const [hash, path] = line.split('  ');
      expect(hash).toBe(createHash('sha256').update(files[path!]!).digest('hex'));
    }
  });

  test('the ZIP holds every file, byte for byte, and is the same every time', () => {
    const zip = datasetZip(dataset);
    expect(Buffer.from(datasetZip(dataset)).equals(Buffer.from(zip))).toBe(true);
    const entries = unzipSync(zip);
    const files = publishedDataFiles(dataset);
    for (const name of NAMES) expect(Object.keys(files)).toContain(`${name}.parquet`);
    for (const [path, content] of Object.entries(files)) {
      const expected = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
      expect(Buffer.from(entries[`minzheng-guihua-shuju/${path}`]!).equals(expected), path).toBe(true);
    }
  });

  test('stays a tabular data package: every resource is a CSV table, Parquet copies are not resources', () => {
    const resources = pkg.resources as unknown as { path: string; format: string; profile: string }[];
    expect(resources.map((r) => r.path)).toEqual(NAMES.map((n) => `${n}.csv`));
    for (const r of resources) expect([r.format, r.profile]).toEqual(['csv', 'tabular-data-resource']);
  });

  test('carries a version, a licence and its sources', () => {
    const p = pkg as unknown as { version: string; licenses: { name: string }[]; sources: unknown[] };
    expect(p.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(p.licenses[0]!.name).toBe('CC-BY-4.0');
    expect(p.sources).toHaveLength(dataset.documents.length);
  });
});
