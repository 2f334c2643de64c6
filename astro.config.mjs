// @ts-check
import { defineConfig } from 'astro/config';
import pagefindIndex from './src/integrations/pagefindIndex.ts';
import securityHeaders from './src/integrations/securityHeaders.ts';

// Static output only: every page, chart and data file is built at deploy time.
export default defineConfig({
  // The public address, for canonical links, embed code and credits: set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://example.org',
  output: 'static',
  // OUT_DIR lets tests build fixture datasets without touching dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Chinese at /, English at /en/: pages live in src/pages/[...lang]/ (src/lib/i18n/locales.ts).
  i18n: { locales: ['zh', 'en'], defaultLocale: 'zh', routing: { prefixDefaultLocale: false } },
  // External stylesheets only, so the CSP needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No runtime network: the dev toolbar stays off.
  devToolbar: { enabled: false },
  // pagefindIndex() indexes the finished pages into <outDir>/pagefind/ (site search).
  integrations: [securityHeaders(), pagefindIndex()],
  // Scripts stay files, never inlined, so script-src 'self' covers them.
  vite: { build: { assetsInlineLimit: 0 } },
});
