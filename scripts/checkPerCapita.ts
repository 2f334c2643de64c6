/**
 * npm run check-per-capita (part of npm run build, after validate) — a rate per head paired
 * with the count of the same quantity in the same document (indicators.per_capita_count_id)
 * implies a population. Prints every pair and its implied population; when two pairs of one
 * document, year and population base are more than 25 % apart, a data note must name them
 * (the document contradicts itself and readers are told). Exit 1 if one is not noted.
 * DATA_DIR points it at another folder.
 */
import { checkDataset } from '../src/lib/validation/loadDataset';
import { dataDir } from '../src/lib/data/dataDir';
import type { Qualifier } from '../src/lib/data/vocabulary';
import { impliedPopulations, populationDisagreements } from '../src/lib/derive/perCapita';

const { dataset, issues } = checkDataset(dataDir());
if (issues.length) {
  process.stderr.write('the data is not valid: run npm run validate first\n');
  process.exitCode = 1;
} else {
  const pairs = impliedPopulations(dataset.indicators, dataset.indicator_values);
  const sign: Record<Qualifier, string> = { eq: '', ge: '≥', le: '≤', about: '≈' };
  for (const p of pairs) {
    console.log(`${p.doc_id} ${p.year} (${p.base}): ${p.count.indicator_id} ${sign[p.count.qualifier]}${p.count.value} ÷ ${p.rate.indicator_id} ${sign[p.rate.qualifier]}${p.rate.value} → ${p.population.toLocaleString('en')}`);
  }
  const apart = populationDisagreements(pairs, dataset.notes);
  for (const d of apart) {
    const line = `${d.a.doc_id} ${d.a.year}: ${d.a.population.toLocaleString('en')} (${d.a.rate.indicator_id}) vs ${d.b.population.toLocaleString('en')} (${d.b.rate.indicator_id}), ${Math.round(d.apart * 100)} % apart`;
    if (d.note_id) console.log(`${line}: noted in ${d.note_id}`);
    else {
      process.stderr.write(`${line}: no data note names both; add one to data/notes.csv (both languages, with the quotes)\n`);
      process.exitCode = 1;
    }
  }
  console.log(`${pairs.length} per-capita pair value(s), ${apart.length} disagreement(s) over 25 %`);
}
