import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** pagefind-ui, -modular-ui, -component-ui (.js/.css) and pagefind-highlight.js. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * Indexes the built site with Pagefind after every build (whatever the outDir),
 * writing `<outDir>/pagefind/`. The npm package's binary is `pagefind_extended`,
 * which segments Chinese text into words (养老 / 护理 / 型 / 床位) at index time;
 * in the browser Pagefind segments the query with Intl.Segmenter. Only pages
 * whose <main> carries data-pagefind-body are indexed (BaseLayout's `search`).
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = join(site, 'pagefind');
        const started = performance.now();
        try {
          // A stale bundle from an earlier build would leave files nobody references.
          rmSync(outputPath, { recursive: true, force: true });
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
          // The site has its own search UI (SiteSearch.astro): Pagefind's ready-made UIs are never loaded, so they are not published.
          for (const file of readdirSync(outputPath)) if (UNUSED.test(file)) rmSync(join(outputPath, file));
          const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
          const indexed = Object.entries(entry.languages).map(([lang, l]) => `${l.page_count} ${lang}`).join(', ');
          logger.info(`indexed ${indexed} pages (of ${added.page_count} HTML files) in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
