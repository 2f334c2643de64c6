/**
 * npm run build (after npm run validate) — runs `astro build` into a temporary
 * sibling of the output folder (OUT_DIR, default dist/) and moves it into place
 * only when the build succeeds: a build that fails half-way leaves the previous
 * site untouched and no temporary folder behind.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildInto } from './atomicBuild';

const root = resolve(import.meta.dirname, '..');
const target = resolve(process.env['OUT_DIR'] ?? join(root, 'dist'));
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

// Ctrl-C reaches astro too; this process outlives it to remove the temporary folder.
const ignore = () => {};
process.on('SIGINT', ignore);
process.on('SIGTERM', ignore);

let failure = '';
const ok = buildInto(target, (outDir) => {
  const run = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env: { ...process.env, OUT_DIR: outDir } });
  if (run.error) failure = run.error.message;
  else if (run.signal) failure = `astro build was stopped by ${run.signal}`;
  else if (run.status !== 0) failure = `astro build failed (exit ${run.status})`;
  return run.status;
});
if (!ok) {
  process.stderr.write(`${failure || 'the build failed'}; ${target} was left as it was.\n`);
  process.exitCode = 1;
}
