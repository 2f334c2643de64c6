import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import subsetFont from 'subset-font';
import { NOTO_SANS_SC } from './renderPng';

/** Printable ASCII is always kept: digits, Latin names, units and punctuation in attributes' text. */
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/** The distinct characters of some SVG or text, numeric character references decoded, in code-point order. */
export function charactersOf(text: string): string {
  const decoded = text.replace(/&#(x[0-9a-f]+|[0-9]+);/gi, (_, n: string) => String.fromCodePoint(n[0] === 'x' || n[0] === 'X' ? parseInt(n.slice(1), 16) : Number(n)));
  return [...new Set([...ASCII, ...decoded])].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/**
 * Noto Sans SC cut down to the characters of `text`, as font files for renderPng (TrueType) or for
 * the reader's browser, which draws a chart's PNG from its SVG file (WOFF2, /fonts/chart-*.woff2). resvg reads a
 * whole font for every run of text it lays out, so the 10 MB faces cost ~0.7 s per chart and a
 * subset ~30 ms. Files are kept in node_modules/.cache, named by a hash of the characters, and
 * written by rename so concurrent builds never see half a file.
 */
export async function subsetFonts(text: string, fonts: readonly string[] = NOTO_SANS_SC, format: 'truetype' | 'woff2' = 'truetype'): Promise<string[]> {
  const chars = charactersOf(text);
  const dir = join(process.cwd(), 'node_modules', '.cache', 'minzheng-png-fonts');
  mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (const font of fonts) {
    const source = readFileSync(font);
    const hash = createHash('sha256').update(source).update(chars).digest('hex').slice(0, 16);
    const path = join(dir, `${basename(font, '.ttf')}-${hash}.${format === 'woff2' ? 'woff2' : 'ttf'}`);
    if (!existsSync(path)) {
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, await subsetFont(source, chars, { targetFormat: format }));
      renameSync(tmp, path);
    }
    out.push(path);
  }
  return out;
}
