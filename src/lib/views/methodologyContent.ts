import type { MarkdownInstance } from 'astro';
import type { Locale } from './methodologyFacts';

export interface MethodologyFrontmatter {
  title: string;
  description: string;
  /** The opening paragraph, shown under the h1. */
  lede: string;
}

// The prose lives in src/content/methodology/<locale>.md; Astro renders the Markdown at build time.
const FILES = import.meta.glob<MarkdownInstance<MethodologyFrontmatter>>('../../content/methodology/*.md', { eager: true });

/** The methodology text of one locale. */
export function methodologyDoc(locale: Locale): MarkdownInstance<MethodologyFrontmatter> {
  const doc = FILES[`../../content/methodology/${locale}.md`];
  if (!doc) throw new Error(`src/content/methodology/${locale}.md is missing`);
  return doc;
}
