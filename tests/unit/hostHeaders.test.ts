import { describe, expect, test } from 'vitest';
import { headersFileText, type HeaderRule } from '../../src/lib/security/headersFile';
import { apacheHtaccess, headersFileRules, vercelConfig, type BuiltEntry } from '../../src/lib/security/hostHeaders';
import { COMMON_HEADERS, EMBED_FOLDERS, EMBED_FRAMING, intendedHeaders, PAGE_FRAMING } from '../../src/lib/security/securityPolicy';
import { apache, cloudflare, commaJoin, netlify, vercel, type HostModel } from '../hostHeaderModels';

// A small built site: both editions' homes, a page folder, a file and both embed folders.
const TREE: Record<string, BuiltEntry[]> = {
  '/': [{ name: 'index.html', folder: false }, { name: 'favicon.svg', folder: false }, { name: 'indicators', folder: true }, { name: 'embed', folder: true }, { name: 'en', folder: true }],
  '/en/': [{ name: 'index.html', folder: false }, { name: 'indicators', folder: true }, { name: 'embed', folder: true }],
};
const PATHS = ['/', '/index.html', '/favicon.svg', '/indicators/', '/indicators/x/', '/embed/', '/embed/indicators/x/', '/embed/resize.js', '/en/', '/en/index.html', '/en/indicators/x/', '/en/embed/indicators/x/'];
const headersFile = headersFileText(headersFileRules((path) => TREE[path] ?? []));

const hosts: [string, HostModel][] = [
  ['Cloudflare Pages', cloudflare(headersFile)],
  ['Netlify', netlify(headersFile)],
  ['a host that comma-joins every matching rule', commaJoin(headersFile)],
  ['Vercel', vercel(JSON.stringify(vercelConfig()))],
  ['Apache', apache(apacheHtaccess())],
];

describe('the hosts’ header files', () => {
  test('embed folders are framed by anyone, every other path only by the site', () => {
    for (const folder of EMBED_FOLDERS) expect(intendedHeaders(`${folder}indicators/x/`)['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    expect(intendedHeaders('/indicators/x/')).toEqual({ ...PAGE_FRAMING, ...COMMON_HEADERS });
    expect(intendedHeaders('/en/embed/x/')).toEqual({ ...EMBED_FRAMING, ...COMMON_HEADERS });
  });

  describe.each(hosts)('on %s', (_host, serve) => {
    test.each(PATHS)('%s gets exactly the headers the policy intends', (path) => {
      expect(serve(path)).toEqual(intendedHeaders(path));
    });
  });

  test('a path the build did not make gets the common headers from _headers, with no second policy', () => {
    expect(cloudflare(headersFile)('/no-such-page/')).toEqual(COMMON_HEADERS);
    expect(commaJoin(headersFile)('/no-such-page/')).toEqual(COMMON_HEADERS);
  });

  test('the models tell a Cloudflare-only file (a catch-all and `!` detaches) from a portable one', () => {
    // What the site wrote before: right on Cloudflare, embeds blocked where `!` means nothing.
    const detaching: HeaderRule[] = [
      { pattern: '/*', headers: { ...PAGE_FRAMING, ...COMMON_HEADERS }, detach: [] },
      ...EMBED_FOLDERS.map((f) => ({ pattern: `${f}*`, headers: EMBED_FRAMING, detach: ['X-Frame-Options', 'Content-Security-Policy'] })),
    ];
    const file = headersFileText(detaching);
    const embed = '/embed/indicators/x/';
    expect(cloudflare(file)(embed)).toEqual(intendedHeaders(embed));
    expect(netlify(file)(embed)['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(commaJoin(file)(embed)['Content-Security-Policy']).toContain("frame-ancestors 'self', ");
  });
});
