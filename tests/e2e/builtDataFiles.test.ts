import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/lib/validation/loadDataset';
import { dataDir } from '../../src/lib/data/dataDir';
import { TABLES, type TableName } from '../../src/lib/data/schema';
import { readCleaningInputs } from '../../src/lib/views/methodologyFacts';
import { tableParquet } from '../../src/lib/publishing/parquetTables';
import { expectSameTable, readBack } from '../parquetReadBack';
import { DIST } from './builtPages';

// What the production build wrote, read as a researcher gets it: the files in dist/.
const dataset = loadDataset();
const NAMES = Object.keys(TABLES) as TableName[];

describe.each(NAMES)('the built /data/%s.parquet', (name) => {
  test('is the Parquet copy byte for byte, and reads back to the validated rows', async () => {
    const published = readFileSync(join(DIST, 'data', `${name}.parquet`));
    expect(published.equals(Buffer.from(tableParquet(dataset, name)))).toBe(true);
    expectSameTable(name, dataset, (await readBack(new Uint8Array(published))).rows);
  });
});

describe('the built data page', () => {
  test('links every table’s Parquet file and states its size', () => {
    const { document } = parseHTML(readFileSync(join(DIST, 'data', 'index.html'), 'utf8'));
    const links = [...document.querySelectorAll('a[href$=".parquet"]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(NAMES.map((n) => `/data/${n}.parquet`));
    for (const name of NAMES) {
      const row = [...document.querySelectorAll('tbody tr')].find((tr) => tr.querySelector(`a[href="/data/${name}.parquet"]`));
      const kb = `${(readFileSync(join(DIST, 'data', `${name}.parquet`)).length / 1024).toFixed(1)} KB`;
      expect(row?.textContent, name).toContain(kb);
    }
  });
});

describe('the built /methodology/ page', () => {
  const { document } = parseHTML(readFileSync(join(DIST, 'methodology', 'index.html'), 'utf8'));
  const main = document.querySelector('main')!;
  const { corrections } = readCleaningInputs(dataDir());

  test('quotes the real counts and leaves no placeholder', () => {
    expect(main.innerHTML).not.toContain('{{');
    expect(main.textContent).toContain(`${dataset.indicator_values.length} 个数值`);
    expect(main.textContent).toContain(`共 ${corrections.length} 处`);
    expect(main.textContent).toContain(`${dataset.notes.length} 条数据说明`);
  });

  test('lists its sections in a contents list that links to each h2, in order', () => {
    const h2 = [...main.querySelectorAll('h2')].map((h) => `#${h.getAttribute('id')}`);
    expect([...main.querySelectorAll('nav.toc a')].map((a) => a.getAttribute('href'))).toEqual(h2);
    expect(main.querySelectorAll('h1')).toHaveLength(1);
  });
});
