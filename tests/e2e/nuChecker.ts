import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The W3C Nu HTML checker's jar, from the `vnu-jar` package (run with the Java that `npm test` ensures). */
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

export interface NuMessage {
  /** The checked file, relative to `root`. */
  file: string;
  line: number;
  column: number;
  message: string;
  extract: string;
}

/**
 * Checks HTML and SVG files and folders (every .html and .svg below a folder) in one run of the Nu
 * checker and returns its errors (warnings and info are left out). One JVM start for the whole site.
 */
export function nuErrors(paths: string[], root: string): NuMessage[] {
  const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', '--also-check-svg', ...paths], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (run.error) throw new Error(`the Nu checker did not start (is Java installed? npm test installs it): ${run.error.message}`);
  // It prints its JSON report on stderr, exits 1 when there are errors.
  const report = JSON.parse(run.stderr || run.stdout) as { messages: { url?: string; type: string; message: string; lastLine?: number; firstColumn?: number; extract?: string }[] };
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({
      file: m.url ? relative(root, fileURLToPath(m.url)) : '?',
      line: m.lastLine ?? 0,
      column: m.firstColumn ?? 0,
      message: m.message,
      extract: (m.extract ?? '').replace(/\s+/g, ' ').slice(0, 120),
    }));
}

export const formatNu = (m: NuMessage) => `${m.file}:${m.line}:${m.column}: ${m.message} [${m.extract}]`;
