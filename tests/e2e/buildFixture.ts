import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LOCAL_SITE_URL } from '../../src/lib/publishing/siteUrl';

const root = resolve(import.meta.dirname, '..', '..');

/** Builds the site from a fixture data folder into a fresh temporary folder; throws with the build log if it fails. */
export function buildFixtureSite(dataDir: string): string {
  const outDir = mkdtempSync(join(tmpdir(), 'minzheng-fixture-'));
  const run = spawnSync('npm', ['run', '-s', 'build'], {
    cwd: root,
    env: { ...process.env, SITE_URL: LOCAL_SITE_URL, DATA_DIR: resolve(root, dataDir), OUT_DIR: outDir },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`build of ${dataDir} failed:\n${run.stdout}\n${run.stderr}`);
  return outDir;
}
