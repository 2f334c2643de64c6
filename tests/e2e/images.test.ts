import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { pngSize } from '../unit/pngDecode';
import { builtSiteUrl } from '../siteAddressCheck';
import { builtPages, DIST } from './builtPages';

const base = inject('baseUrl');
/** The address the build was given (SITE_URL), without its trailing slash. */
const SITE = builtSiteUrl(DIST).slice(0, -1);
const pages = builtPages();
const meta = (html: string, key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];
const downloads = readdirSync(join(DIST, 'downloads'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svg'));

describe('chart downloads as PNG', () => {
  test('no PNG is shipped per chart: the share panel draws it from the SVG file in the browser (embed.test.ts)', () => {
    expect(downloads.length).toBeGreaterThan(0);
    const pngs = readdirSync(join(DIST, 'downloads'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png'));
    expect(pngs).toEqual([]);
  });

  test('the chart font the browser draws PNGs with is served as WOFF2, both faces', async () => {
    for (const face of ['regular', 'bold']) {
      const res = await fetch(`${base}/fonts/chart-${face}.woff2`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('font/woff2');
      const bytes = new Uint8Array(await res.arrayBuffer());
      // wOF2 signature
      expect([...bytes.subarray(0, 4)]).toEqual([0x77, 0x4f, 0x46, 0x32]);
    }
  });
});

describe('link previews (Open Graph, Twitter)', () => {
  // Embed pages live inside other sites' articles and are not shared on their own.
  const shared = pages.filter((p) => !/^(\/en)?\/embed\//.test(p.path));
  const own = /^(\/en)?\/(regions\/\d{6}|compare\/[^/]+)\/$/;
  const indicatorPage = /^(\/en)?\/indicators\/[^/]+\/$/;
  const withOwn = shared.filter((p) => own.test(p.path));
  /** /en/regions/331022/ → /en/og/regions/331022.png: each edition has cards in its own language. */
  const cardOf = (path: string) => path.replace(/^(\/en)?\/(.*)\/$/, (_m, en: string | undefined, rest: string) => `${en ?? ''}/og/${rest}.png`);
  /** The region page an indicator page's breadcrumb links to. */
  const regionOf = (html: string, path: string) => {
    const m = /<a href="((?:\/en)?\/regions\/\d{6}\/)"/.exec(html);
    if (!m) throw new Error(`${path}: no region link`);
    return m[1]!;
  };

  test('every page names a title, description, its address and a large image card', () => {
    for (const { path, html } of shared) {
      expect(meta(html, 'og:title'), path).toBeTruthy();
      expect(meta(html, 'og:description'), path).toBeTruthy();
      expect(meta(html, 'og:url'), path).toBe(`${SITE}${path}`);
      expect(meta(html, 'og:image:width'), path).toBe('1200');
      expect(meta(html, 'og:image:height'), path).toBe('630');
      expect(meta(html, 'twitter:card'), path).toBe('summary_large_image');
    }
  });

  test('every region and concept page has its own card: a 1200 × 630 PNG that exists', () => {
    expect(withOwn.length).toBeGreaterThan(0);
    for (const { path, html } of withOwn) {
      const image = meta(html, 'og:image') ?? '';
      expect(image, path).toBe(`${SITE}${cardOf(path)}`);
      const file = join(DIST, image.slice(SITE.length));
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(readFileSync(file)), file).toEqual({ width: 1200, height: 630 });
    }
  });

  test('an indicator page shares its region’s card, in its own edition', () => {
    const indicators = shared.filter((p) => indicatorPage.test(p.path));
    expect(indicators.length).toBeGreaterThan(0);
    for (const { path, html } of indicators) expect(meta(html, 'og:image'), path).toBe(`${SITE}${cardOf(regionOf(html, path))}`);
  });

  test('other pages share the site card', () => {
    const others = shared.filter((p) => !own.test(p.path) && !indicatorPage.test(p.path));
    expect(others.map((p) => meta(p.html, 'og:image'))).toEqual(others.map((p) => `${SITE}${p.path.startsWith('/en/') ? '/en' : ''}/og/site.png`));
    expect(pngSize(readFileSync(join(DIST, 'og', 'site.png')))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(readFileSync(join(DIST, 'en', 'og', 'site.png')))).toEqual({ width: 1200, height: 630 });
  });

  test('no card is published without a page to preview', () => {
    const cards = [
      ...readdirSync(join(DIST, 'og'), { recursive: true, encoding: 'utf8' }).map((f) => `/og/${f}`),
      ...readdirSync(join(DIST, 'en', 'og'), { recursive: true, encoding: 'utf8' }).map((f) => `/en/og/${f}`),
    ].filter((f) => f.endsWith('.png'));
    const linked = new Set(pages.map((p) => (meta(p.html, 'og:image') ?? '').slice(SITE.length)));
    expect(cards.filter((c) => !linked.has(c))).toEqual([]);
  });
});
