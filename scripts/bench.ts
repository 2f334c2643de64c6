/**
 * npm run bench — builds the site on the real data and on synthetic data
 * replicated 10× and 50×, and reports build time, page count, total and
 * per-page bytes, and each figure's ratio to the 1× run (ratios from one
 * run, since these machines are noisy). Writes bench/report.md and prints it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LOCAL_SITE_URL } from '../src/lib/site/siteUrl';
import { generateSyntheticData } from './generateSyntheticData';

const root = resolve(import.meta.dirname, '..');
const FACTORS = [1, 10, 50];

interface Run { factor: number; seconds: number; pages: number; totalBytes: number; htmlBytes: number; maxPageBytes: number }

function sizeOf(dir: string): { pages: number; totalBytes: number; htmlBytes: number; maxPageBytes: number } {
  let pages = 0, totalBytes = 0, htmlBytes = 0, maxPageBytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const size = statSync(join(e.parentPath, e.name)).size;
    totalBytes += size;
    if (e.name.endsWith('.html')) { pages++; htmlBytes += size; maxPageBytes = Math.max(maxPageBytes, size); }
  }
  return { pages, totalBytes, htmlBytes, maxPageBytes };
}

const runs: Run[] = [];
for (const factor of FACTORS) {
  const work = mkdtempSync(join(tmpdir(), `minzheng-bench-${factor}x-`));
  const dataDir = factor === 1 ? join(root, 'data') : join(work, 'data');
  if (factor > 1) generateSyntheticData(join(root, 'data'), factor, dataDir);
  const outDir = join(work, 'dist');
  const t0 = performance.now();
  // Astro lists every page it writes: at 50× that is megabytes of stdout, so it is not captured.
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, env: { ...process.env, SITE_URL: LOCAL_SITE_URL, DATA_DIR: dataDir, OUT_DIR: outDir }, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - t0) / 1000;
  if (build.status !== 0) throw new Error(`build at ${factor}× failed (${build.error?.message ?? `exit ${build.status}`}):\n${build.stderr}`);
  runs.push({ factor, seconds, ...sizeOf(outDir) });
  rmSync(work, { recursive: true, force: true });
  console.error(`${factor}×: ${seconds.toFixed(1)} s`);
}

const one = runs[0]!;
const r = (x: number, y: number) => (x / y).toFixed(1);
const kb = (b: number) => (b / 1024).toFixed(0);
const lines = [
  '# Build benchmark',
  '',
  `Machine: ${cpus().length} cores, Node ${process.version}. Command: \`npm run bench\` (validate + astro build per run).`,
  '',
  '| data | build s | pages | total KB | HTML KB | mean page KB | largest page KB | time ratio | page ratio | total-size ratio |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...runs.map((x) => `| ${x.factor}× | ${x.seconds.toFixed(1)} | ${x.pages} | ${kb(x.totalBytes)} | ${kb(x.htmlBytes)} | ${(x.htmlBytes / x.pages / 1024).toFixed(1)} | ${kb(x.maxPageBytes)} | ${r(x.seconds, one.seconds)} | ${r(x.pages, one.pages)} | ${r(x.totalBytes, one.totalBytes)} |`),
  '',
  'Synthetic data: the real dataset copied N times with new region codes and IDs (scripts/generateSyntheticData.ts).',
  '',
];
writeFileSync(join(root, 'bench', 'report.md'), lines.join('\n'));
console.log(lines.join('\n'));
