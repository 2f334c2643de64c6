// What the site weighs per document of its data: the files and bytes a host must store. A PNG per
// chart and edition once made it 27 MB and 1,070 files a document; the budgets keep it from
// growing back (budgets.config.json footprint; npm run bench measures 10× and 50×).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { siteFootprint } from '../../scripts/siteFootprint';
import { BUDGETS } from '../budgets';
import { DIST } from './builtPages';

const root = resolve(import.meta.dirname, '..', '..');
const documents = Papa.parse(readFileSync(join(root, 'data', 'documents.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data.length;

describe('the built site per document', () => {
  const footprint = siteFootprint(DIST);
  const detail = Object.entries(footprint.byKind).map(([k, v]) => `${k}: ${v.files} files, ${(v.bytes / 1e6).toFixed(2)} MB`).join('; ');

  test(`has at most ${BUDGETS.footprint.maxFilesPerDocument} files`, () => {
    expect(footprint.files / documents, detail).toBeLessThanOrEqual(BUDGETS.footprint.maxFilesPerDocument);
  });

  test(`weighs at most ${BUDGETS.footprint.maxMBPerDocument} MB`, () => {
    expect(footprint.bytes / 1e6 / documents, detail).toBeLessThanOrEqual(BUDGETS.footprint.maxMBPerDocument);
  });
});
