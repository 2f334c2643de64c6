import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Papa from 'papaparse';

const PLACEHOLDER = /example\.(org|com)/i;
/**
 * Pagefind's runtime parses relative result URLs against a dummy https://example.com
 * base and strips it again before use; that base never reaches a reader.
 */
const URL_PARSING_BASE = /new URL\(`https:\/\/example\.com\$\{|\.replace\(\/\^https:\\\/\\\/example\\?\.com\//g;

/** Every file under a built site, as its path relative to the folder (`downloads/x.svg`). */
function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).replace(/\\/g, '/'))
    .sort();
}

/** The address a built site names itself by: its home page's canonical link. */
export function builtSiteUrl(dir: string): string {
  const href = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))?.[1];
  if (!href) throw new Error(`${dir}/index.html has no canonical link`);
  return href;
}

/** The absolute addresses a page gives for itself: canonical and alternate links, Open Graph URL and image, the embed code's origin. */
function pageSelfLinks(html: string): string[] {
  const links = [
    ...html.matchAll(/<link rel="(?:canonical|alternate)"[^>]* href="([^"]+)"/g),
    ...html.matchAll(/<meta (?:property|name)="(?:og:url|og:image|twitter:image)" content="([^"]+)"/g),
    ...html.matchAll(/data-build-origin="([^"]+)"/g),
  ];
  return links.map((m) => m[1]!);
}

/** The http(s) addresses written in an SVG's text (its credit line), not its XML namespaces. */
function svgTextUrls(svg: string): string[] {
  const text = [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '')).join('\n');
  return [...text.matchAll(/https?:\/\/[^\s<"]+/g)].map((m) => m[0]);
}

/**
 * Everything in a built site that names an address but not `siteUrl`: any file
 * holding a placeholder domain (every file is searched as bytes, so HTML, SVG, CSV,
 * JSON, XML, text, scripts and header files alike; compressed files such as PNGs
 * cannot be searched), any page whose self links, any chart SVG whose credit, and
 * any chart CSV whose source_url does not start with the site's own address.
 * Empty when the site is right.
 */
export function siteAddressProblems(dir: string, siteUrl: string): string[] {
  const problems: string[] = [];
  const files = builtFiles(dir);
  // The embed code's origin is written without the trailing slash.
  const wrong = (file: string, what: string, url: string) => {
    if (!url.startsWith(siteUrl) && url !== siteUrl.slice(0, -1)) problems.push(`${file}: ${what} ${url} is not under ${siteUrl}`);
  };
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    const found = PLACEHOLDER.exec(bytes.toString('latin1').replace(URL_PARSING_BASE, ''));
    if (found) problems.push(`${file}: holds the placeholder domain ${found[0]}`);
    if (file.endsWith('.html')) {
      const links = pageSelfLinks(bytes.toString('utf8'));
      if (!links.some((l) => l.startsWith('http'))) problems.push(`${file}: names no address of its own`);
      for (const l of links) wrong(file, 'link', l);
    } else if (/(^|\/)downloads\/.+\.svg$/.test(file)) {
      const urls = svgTextUrls(bytes.toString('utf8'));
      if (urls.length === 0) problems.push(`${file}: its credit names no address`);
      for (const u of urls) wrong(file, 'credit', u);
    } else if (/(^|\/)downloads\/.+\.csv$/.test(file)) {
      const rows = Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
      for (const row of rows) if (row['source_url']) wrong(file, 'source_url', row['source_url']);
    }
  }
  return problems;
}
