import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** pagefind-ui, -modular-ui, -component-ui (.js/.css) and pagefind-highlight.js. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * The HTML Pagefind reads: the page with a space between two tags that touch.
 * Astro writes `<span class="badge">binding</span><bdi>Share…</bdi>` with no
 * white space between them (the badge's margin separates them on screen), and
 * Pagefind would index and excerpt "bindingShare". Text inside an element is
 * left as it is, so Chinese words are never split. Only the index sees this;
 * the published page is unchanged.
 */
export function htmlForIndex(html: string): string {
  // A tag is matched whole, quoted attribute values included: a ">" or "<" inside a value (a
  // hostile name in a title attribute) is text, and is never split.
  return html.replace(/(<[a-zA-Z/!][^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*>)(?=<)/g, '$1 ');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
}

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
          let pageCount = 0;
          for (const file of htmlFiles(site)) {
            const added = await index.addHTMLFile({ sourcePath: relative(site, file), content: htmlForIndex(readFileSync(file, 'utf8')) });
            if (added.errors.length) throw new Error(`pagefind: ${relative(site, file)}: ${added.errors.join('; ')}`);
            pageCount++;
          }
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
          // The site has its own search UI (SiteSearch.astro): Pagefind's ready-made UIs are never loaded, so they are not published.
          for (const file of readdirSync(outputPath)) if (UNUSED.test(file)) rmSync(join(outputPath, file));
          const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
          const indexed = Object.entries(entry.languages).map(([lang, l]) => `${l.page_count} ${lang}`).join(', ');
          logger.info(`indexed ${indexed} pages (of ${pageCount} HTML files) in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
