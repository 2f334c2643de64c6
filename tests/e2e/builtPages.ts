import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '..', '..', 'dist');

/** Every HTML page of the production build, as its URL path (`/regions/331022/`) and its HTML. */
export function builtPages(dist = DIST): { path: string; html: string }[] {
  const out: { path: string; html: string }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) {
        const rel = `/${relative(dist, p).replace(/\\/g, '/')}`;
        out.push({ path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, html: readFileSync(p, 'utf8') });
      }
    }
  };
  walk(dist);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
