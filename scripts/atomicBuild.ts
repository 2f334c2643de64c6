import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Runs a build into a fresh temporary sibling of `target` and moves it into place
 * only if the build reports success (status 0). On failure (a non-zero status, a
 * signal, a thrown error) the temporary folder is removed and `target` is left
 * exactly as it was, so a crash mid-build never leaves a half-written site where
 * the last good one was. Returns whether `target` was replaced.
 */
export function buildInto(target: string, run: (outDir: string) => number | null): boolean {
  const dest = resolve(target);
  const parent = dirname(dest);
  mkdirSync(parent, { recursive: true });
  // A sibling, so the final move is a rename within one file system.
  const tmp = mkdtempSync(join(parent, `.${basename(dest)}.building-`));
  let moved = false;
  try {
    if (run(tmp) !== 0) return false;
    const old = existsSync(dest) ? `${tmp}.previous` : null;
    if (old) renameSync(dest, old);
    try {
      renameSync(tmp, dest);
    } catch (e) {
      if (old) renameSync(old, dest);
      throw e;
    }
    moved = true;
    if (old) rmSync(old, { recursive: true, force: true });
    return true;
  } finally {
    if (!moved) rmSync(tmp, { recursive: true, force: true });
  }
}
