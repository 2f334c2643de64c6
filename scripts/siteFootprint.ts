// What a built site weighs: files and bytes, in all and by kind (pages, chart files, cards, search
// index, data, scripts and fonts). Used by `npm run bench` and by the suite's budget check.
import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

export interface Footprint {
  files: number;
  bytes: number;
  byKind: Record<string, { files: number; bytes: number }>;
}

/** The kind of a built file, by where it is and what it is. */
export function kindOf(path: string): string {
  const p = path.replace(/^en\//, '');
  if (p.startsWith('pagefind/')) return 'search index';
  if (p.startsWith('og/')) return 'link cards';
  if (p.startsWith('downloads/')) return 'chart files';
  if (p.startsWith('embed/')) return 'embed pages';
  if (p.startsWith('data/')) return 'data';
  if (p.startsWith('_astro/') || p.startsWith('fonts/') || p.startsWith('geo/')) return 'scripts, fonts, maps';
  return extname(p) === '.html' ? 'pages' : 'other';
}

export function siteFootprint(dir: string): Footprint {
  const out: Footprint = { files: 0, bytes: 0, byKind: {} };
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    const size = statSync(path).size;
    const kind = kindOf(relative(dir, path));
    out.files += 1;
    out.bytes += size;
    const k = (out.byKind[kind] ??= { files: 0, bytes: 0 });
    k.files += 1;
    k.bytes += size;
  }
  return out;
}
