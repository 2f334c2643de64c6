import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFileText } from '../lib/security/headersFile';
import { apacheHtaccess, HEADERS_FILE_COMMENT, headersFileRules, vercelConfig, type ListFolder } from '../lib/security/hostHeaders';

/**
 * Writes the static hosts' header files after the build (`_headers` for Cloudflare
 * Pages and Netlify, `vercel.json`, Apache `.htaccess`), so hosts send the policy the
 * pages' <meta> carries plus what a <meta> cannot (framing). It runs after every
 * other step that writes into the output, since `_headers` lists the output's paths.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const list: ListFolder = (path) => readdirSync(join(root, path), { withFileTypes: true })
          .map((e) => ({ name: e.name, folder: e.isDirectory() }))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const rules = headersFileRules(list);
        writeFileSync(join(root, '_headers'), headersFileText(rules, HEADERS_FILE_COMMENT));
        writeFileSync(join(root, 'vercel.json'), `${JSON.stringify(vercelConfig(), null, 2)}\n`);
        writeFileSync(join(root, '.htaccess'), apacheHtaccess());
      },
    },
  };
}
