// The review page's script, bundled from reviewClient.ts (with the quote checks and labels it shares
// with the page) into one inline script. Built once per process; the same source gives the same bytes,
// so the page's CSP hash is stable.
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

let script: string | undefined;

export function reviewClientScript(): string {
  script ??= buildSync({
    entryPoints: [fileURLToPath(new URL('./reviewClient.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  }).outputFiles[0]!.text;
  return script;
}
