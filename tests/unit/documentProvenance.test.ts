import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isRawFile } from '../../src/lib/cleaning/rawDocumentText';
import { loadDataset } from '../../src/lib/validation/loadDataset';

// Where a document comes from is read off its raw seed (page chrome the cleaning removes), so
// every provenance value must be text that seed states; nothing is filled in from elsewhere.
const root = resolve(import.meta.dirname, '..', '..');
const seeds = process.env['SEEDS_DIR'] ?? resolve(root, '..', 'shared', 'seeds');
const { documents } = loadDataset();

/** The body's short form on the page: 宁波市北仑区民政局 is written 区民政局 beside 发布机构. */
function shortIssuer(issuer: string): string {
  const lastUnit = issuer.search(/[省市区县](?=[^省市区县]*$)/);
  return lastUnit < 0 ? issuer : issuer.slice(lastUnit);
}

// A document added with add-document names its raw file in data/raw/ instead (cleanedSources checks its text).
describe.each(documents.filter((d) => !isRawFile(d.seed_file)))('the provenance of $doc_id', (doc) => {
  const seedPath = join(seeds, doc.seed_file);

  test('is stated in its seed', () => {
    expect(existsSync(seedPath), `seed ${doc.seed_file} in ${seeds}`).toBe(true);
    const seed = readFileSync(seedPath, 'utf8');
    for (const value of [doc.published, doc.source_url, doc.source_site_zh, doc.source_address, doc.index_no]) {
      if (value !== null) expect(seed, `${doc.doc_id}: "${value}"`).toContain(value);
    }
    if (doc.issuer_zh !== null) {
      const named = seed.includes(doc.issuer_zh) || new RegExp(`(发布机构|發\\S*布機構\\S*)\\s*[|:：]\\s*${shortIssuer(doc.issuer_zh)}`).test(seed);
      expect(named, `${doc.doc_id}: issuer "${doc.issuer_zh}" not named in the seed`).toBe(true);
    }
  });

  test('has an English issuer exactly when it has a Chinese one', () => {
    expect(doc.issuer_en === null).toBe(doc.issuer_zh === null);
  });
});
