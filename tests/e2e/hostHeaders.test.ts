import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { parseHeadersFile } from '../../src/lib/security/headersFile';
import { EMBED_FOLDERS, intendedHeaders, isEmbedPath } from '../../src/lib/security/securityPolicy';
import { apache, cloudflare, commaJoin, netlify, vercel, type HostModel } from '../hostHeaderModels';
import { DIST } from './builtPages';

const base = inject('baseUrl');
const file = (name: string) => readFileSync(join(DIST, name), 'utf8');

/** The hosts' own configuration files, which they read rather than serve. */
const HOST_FILES = new Set(['_headers', 'vercel.json', '.htaccess']);

/** Every path the build serves: each file, and each folder that has an index page (`/en/embed/x/`). */
const servedPaths = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && !(e.parentPath === DIST && HOST_FILES.has(e.name)))
  .flatMap((e) => {
    const path = `/${relative(DIST, join(e.parentPath, e.name)).replace(/\\/g, '/')}`;
    return path.endsWith('/index.html') ? [path, path.slice(0, -'index.html'.length)] : [path];
  });

const sameHeaders = (a: Record<string, string>, b: Record<string, string>) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

const hosts: [string, () => HostModel][] = [
  ['Cloudflare Pages (_headers)', () => cloudflare(file('_headers'))],
  ['Netlify (_headers)', () => netlify(file('_headers'))],
  ['a host that comma-joins matching _headers rules', () => commaJoin(file('_headers'))],
  ['Vercel (vercel.json)', () => vercel(file('vercel.json'))],
  ['Apache (.htaccess)', () => apache(file('.htaccess'))],
];

describe('framing rules of the built site on every common static host', () => {
  test('the build serves embed pages of both editions and other pages', () => {
    for (const folder of EMBED_FOLDERS) expect(servedPaths.some((p) => p.startsWith(folder) && p.endsWith('/')), folder).toBe(true);
    expect(servedPaths.filter((p) => !isEmbedPath(p) && p.endsWith('/')).length).toBeGreaterThan(0);
  });

  test.each(hosts)('%s: every built path gets exactly the intended headers (one CSP; embeds framable by anyone without X-Frame-Options, the rest SAMEORIGIN)', (_host, load) => {
    const serve = load();
    const wrong = servedPaths.filter((p) => !sameHeaders(serve(p), intendedHeaders(p)));
    // The first few wrong paths with what they got, so a failure says where and how.
    expect(wrong.slice(0, 5).map((p) => [p, serve(p)]), `${wrong.length} paths`).toEqual([]);
  });

  test('_headers stays within Cloudflare Pages’ documented limits (100 rules, 2,000 characters a line)', () => {
    expect(parseHeadersFile(file('_headers')).length).toBeLessThanOrEqual(100);
    for (const line of file('_headers').split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });

  test('the test server sends an embed page and an ordinary page their own framing', async () => {
    const embed = servedPaths.find((p) => p.startsWith('/en/embed/') && p.endsWith('/'))!;
    const page = servedPaths.find((p) => p.startsWith('/en/indicators/') && p.endsWith('/'))!;
    const [e, p] = await Promise.all([fetch(`${base}${embed}`), fetch(`${base}${page}`)]);
    expect(e.headers.get('content-security-policy')).toBe(intendedHeaders(embed)['Content-Security-Policy']);
    expect(e.headers.get('x-frame-options')).toBeNull();
    expect(p.headers.get('content-security-policy')).toBe(intendedHeaders(page)['Content-Security-Policy']);
    expect(p.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});
