/**
 * npm run bench [-- --factors 1,10,50] — builds the whole site as it ships (validate, pages,
 * downloads, link-preview cards, search index) on the real data and on synthetic data replicated
 * N times, and reports per document: bytes and files in the output, build seconds, and the
 * build's peak memory; with each figure's ratio to the 1× run of the same run (these machines are
 * noisy, so only ratios within one run compare). Writes bench/report.md and prints it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LOCAL_SITE_URL } from '../src/lib/publishing/siteUrl';
import { generateSyntheticData } from './generateSyntheticData';
import { siteFootprint, type Footprint } from './siteFootprint';

const root = resolve(import.meta.dirname, '..');
const arg = process.argv.indexOf('--factors');
const FACTORS = arg >= 0 ? process.argv[arg + 1]!.split(',').map(Number) : [1, 10, 50];

interface Run extends Footprint { factor: number; documents: number; seconds: number; peakMb: number }

const documentsIn = (dataDir: string) => readFileSync(join(dataDir, 'documents.csv'), 'utf8').trim().split('\n').length - 1;

const runs: Run[] = [];
for (const factor of FACTORS) {
  const work = mkdtempSync(join(tmpdir(), `minzheng-bench-${factor}x-`));
  const dataDir = factor === 1 ? join(root, 'data') : join(work, 'data');
  if (factor > 1) generateSyntheticData(join(root, 'data'), factor, dataDir);
  const outDir = join(work, 'dist');
  const t0 = performance.now();
  // GNU time reports the largest resident set of the build's processes; Astro's page list (megabytes at 50×) is not kept.
  const build = spawnSync('/usr/bin/time', ['-f', '%M', 'npm', 'run', '-s', 'build'], { cwd: root, env: { ...process.env, SITE_URL: LOCAL_SITE_URL, DATA_DIR: dataDir, OUT_DIR: outDir }, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - t0) / 1000;
  if (build.status !== 0) throw new Error(`build at ${factor}× failed (${build.error?.message ?? `exit ${build.status}`}):\n${build.stderr}`);
  const peakKb = Number(build.stderr.trim().split('\n').at(-1));
  runs.push({ factor, documents: documentsIn(dataDir), seconds, peakMb: peakKb / 1024, ...siteFootprint(outDir) });
  rmSync(work, { recursive: true, force: true });
  console.error(`${factor}×: ${seconds.toFixed(1)} s`);
}

const one = runs[0]!;
const mb = (b: number) => (b / 1e6).toFixed(2);
const ratio = (x: number, y: number) => (x / y).toFixed(1);
const kinds = [...new Set(runs.flatMap((x) => Object.keys(x.byKind)))].sort();
const lines = [
  '# Build benchmark',
  '',
  `Machine: ${cpus().length} cores, Node ${process.version}. Command: \`npm run bench\` (validate + the whole build, as it ships: pages, downloads, link-preview cards, search index).`,
  'Budgets per document (issue 17): at most 5 MB and 800 files, at most 3 s of build, growing linearly.',
  '',
  '| data | documents | build s | s per document | peak memory MB | files | files per document | MB | MB per document | time ratio | size ratio | memory ratio |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...runs.map((x) => `| ${x.factor}× | ${x.documents} | ${x.seconds.toFixed(1)} | ${(x.seconds / x.documents).toFixed(2)} | ${x.peakMb.toFixed(0)} | ${x.files} | ${(x.files / x.documents).toFixed(0)} | ${mb(x.bytes)} | ${mb(x.bytes / x.documents)} | ${ratio(x.seconds, one.seconds)} | ${ratio(x.bytes, one.bytes)} | ${ratio(x.peakMb, one.peakMb)} |`),
  '',
  'Bytes per document by kind of file (MB):',
  '',
  `| data | ${kinds.join(' | ')} |`,
  `| --- | ${kinds.map(() => '---:').join(' | ')} |`,
  ...runs.map((x) => `| ${x.factor}× | ${kinds.map((k) => mb((x.byKind[k]?.bytes ?? 0) / x.documents)).join(' | ')} |`),
  '',
  'Synthetic data: the real dataset copied N times with new region codes and IDs (scripts/generateSyntheticData.ts).',
  '',
];
writeFileSync(join(root, 'bench', 'report.md'), lines.join('\n'));
console.log(lines.join('\n'));
