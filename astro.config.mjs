// @ts-check
import { defineConfig } from 'astro/config';

// Static output only: every page, chart and data file is built at deploy time.
export default defineConfig({
  site: 'https://example.org',
  output: 'static',
  // OUT_DIR lets tests build fixture datasets without touching dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No runtime network: Astro's telemetry and dev toolbar stay off.
  devToolbar: { enabled: false },
});
