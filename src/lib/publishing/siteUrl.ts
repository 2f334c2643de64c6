// The site's public address comes from one place: the SITE_URL environment
// variable of the build. Canonical links, og:url, embed code, chart credits
// (SVG and PNG) and the CSVs' source_url all derive from it through Astro's
// `site`, so a deployment names itself and nothing else.

/** Where `npm start` serves its preview (astro preview --host 127.0.0.1 --port 4321); local builds name it. */
export const LOCAL_SITE_URL = 'http://127.0.0.1:4321/';

const EXAMPLE = 'SITE_URL=https://data.example.cn/ npm run build';

/**
 * Validates a SITE_URL value and returns it as `scheme://host[:port]/`.
 * The site is built for the root of its host (no Astro `base`), so a path,
 * query, fragment or credentials are refused rather than silently dropped.
 */
export function parseSiteUrl(value: string | undefined): string {
  const raw = value?.trim() ?? '';
  if (!raw) throw new Error(`SITE_URL is not set: set it to the site's public address, e.g. ${EXAMPLE}`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not an absolute URL: give the site's public address with its scheme, e.g. ${EXAMPLE}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL "${raw}" must be an http:// or https:// address`);
  if (url.username || url.password) throw new Error(`SITE_URL "${raw}" must not carry a user name or password`);
  if (url.pathname !== '/' || url.search || url.hash) throw new Error(`SITE_URL "${raw}" must be the root of a host (no path, query or fragment): the site is built for /, e.g. ${url.origin}/`);
  return `${url.origin}/`;
}
