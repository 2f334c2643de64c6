// @ts-check
import { defineConfig } from 'astro/config';
import pagefindIndex from './src/integrations/pagefindIndex.ts';
import securityHeaders from './src/integrations/securityHeaders.ts';
import siteAddress from './src/integrations/siteAddress.ts';

// Static output only: every page, chart and data file is built at deploy time.
export default defineConfig({
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
  // siteAddress() sets `site` (canonical links, embed code, credits, CSV links) from SITE_URL and
  // stops a build without it; pagefindIndex() indexes the finished pages into <outDir>/pagefind/;
  // securityHeaders() then writes the hosts' header files, which list the finished output's paths.
  integrations: [siteAddress(), pagefindIndex(), securityHeaders()],
  // Scripts stay files, never inlined, so script-src 'self' covers them.
  vite: { build: { assetsInlineLimit: 0 } },
});
