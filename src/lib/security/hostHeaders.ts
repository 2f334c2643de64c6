// Every static host's header file, generated from the one policy in
// securityPolicy.ts after the build. Each file is written so that no request
// path is matched by two rules that set the same header: hosts differ in how
// they merge overlapping rules (docs/hosting.md), and without overlaps every
// documented merge gives the same result.
import type { HeaderRule } from './headersFile';
import { COMMON_HEADERS, EMBED_FOLDERS, EMBED_FRAMING, PAGE_FRAMING } from './securityPolicy';

/** One entry of a built folder. */
export interface BuiltEntry {
  name: string;
  folder: boolean;
}
/** Lists a built folder by its URL path (`/`, `/en/`). */
export type ListFolder = (path: string) => BuiltEntry[];

const GENERATED = 'Generated after the build from src/lib/security/securityPolicy.ts; see docs/hosting.md.';
const rule = (pattern: string, headers: Record<string, string>): HeaderRule => ({ pattern, headers, detach: [] });

/**
 * Framing rules for a folder and everything under it. A folder with no embed
 * pages inside is one `/folder/*` rule; a folder that holds an embed folder
 * (the root, /en/) is split into its own index and one rule per entry, since
 * `_headers` has no way to say "all but /embed/".
 */
function framingRules(list: ListFolder, folder: string): HeaderRule[] {
  const rules = [rule(folder, PAGE_FRAMING)];
  for (const entry of list(folder)) {
    const path = `${folder}${entry.name}${entry.folder ? '/' : ''}`;
    if (!entry.folder) rules.push(rule(path, PAGE_FRAMING));
    else if (EMBED_FOLDERS.includes(path)) rules.push(rule(`${path}*`, EMBED_FRAMING));
    else if (EMBED_FOLDERS.some((embed) => embed.startsWith(path))) rules.push(...framingRules(list, path));
    else rules.push(rule(`${path}*`, PAGE_FRAMING));
  }
  return rules;
}

/**
 * The `_headers` rules (Cloudflare Pages, Netlify): the common headers for `/*`,
 * and the framing headers by the built output's own paths. A path the build did
 * not make (a 404) gets the common headers only.
 */
export function headersFileRules(list: ListFolder): HeaderRule[] {
  return [rule('/*', COMMON_HEADERS), ...framingRules(list, '/')];
}

export const HEADERS_FILE_COMMENT = [GENERATED, 'No path matches two rules that set the same header, so Cloudflare and Netlify send the same.'];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** EMBED_FOLDERS as alternatives for a regular expression after the leading slash: `embed/|en/embed/`. */
const embedAlternatives = EMBED_FOLDERS.map((f) => escapeRegExp(f.slice(1))).join('|');

interface VercelHeaders {
  source: string;
  headers: { key: string; value: string }[];
}
const vercelRule = (source: string, headers: Record<string, string>): VercelHeaders => ({ source, headers: Object.entries(headers).map(([key, value]) => ({ key, value })) });

/**
 * `vercel.json`'s `headers` (path-to-regexp sources; a regular expression group
 * with a negative lookahead says "every path but the embed folders").
 */
export function vercelConfig(): { $comment: string; headers: VercelHeaders[] } {
  return {
    $comment: GENERATED,
    headers: [
      vercelRule('/(.*)', COMMON_HEADERS),
      vercelRule(`/((?!${embedAlternatives}).*)`, PAGE_FRAMING),
      ...EMBED_FOLDERS.map((folder) => vercelRule(`${folder}(.*)`, EMBED_FRAMING)),
    ],
  };
}

/** The request-path expression the Apache file uses for embed pages. */
export const APACHE_EMBED_PATTERN = `^/(${embedAlternatives})`;

/** An Apache `.htaccess` (mod_headers, Apache 2.4 `<If>`): `Header always set` replaces, and the branches are exclusive. */
export function apacheHtaccess(): string {
  const set = (headers: Record<string, string>, indent: string) => Object.entries(headers).map(([k, v]) => `${indent}Header always set ${k} "${v}"`);
  return [
    `# ${GENERATED}`,
    '<IfModule mod_headers.c>',
    ...set(COMMON_HEADERS, '  '),
    `  <If "%{REQUEST_URI} =~ m#${APACHE_EMBED_PATTERN}#">`,
    ...set(EMBED_FRAMING, '    '),
    '    Header always unset X-Frame-Options',
    '  </If>',
    '  <Else>',
    ...set(PAGE_FRAMING, '    '),
    '  </Else>',
    '</IfModule>',
    '',
  ].join('\n');
}
