// The site's two editions: Chinese at /, English at /en/ (astro.config.mjs `i18n`).
// Pages live under src/pages/[...lang]/ and are built once per locale.

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The `lang` attribute for each edition, and for Chinese fragments (quotes) inside English pages. */
export const HTML_LANG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** The `[...lang]` route parameter of each locale: none for Chinese, `en` for English. */
export const LANG_PARAM: Record<Locale, string | undefined> = { zh: undefined, en: 'en' };

/** The locale of a `[...lang]` route parameter. */
export function localeOf(param: string | undefined): Locale {
  if (param === undefined || param === '') return 'zh';
  if (param === 'en') return 'en';
  throw new Error(`unknown locale path segment: ${param}`);
}

/** A site path (`/regions/331022/`) in a locale's edition (`/en/regions/331022/`). */
export function localizedPath(locale: Locale, path: string): string {
  if (!path.startsWith('/')) throw new Error(`not a site path: ${path}`);
  return locale === 'zh' ? path : `/en${path}`;
}

/** The locale-free path of a page path: `/en/regions/331022/` → `/regions/331022/`. */
export function unlocalizedPath(path: string): string {
  return path === '/en' || path === '/en/' ? '/' : path.startsWith('/en/') ? path.slice(3) : path;
}

/** getStaticPaths for a page with no other parameters: one path per locale. */
export function localePaths(): { params: { lang: string | undefined } }[] {
  return LOCALES.map((l) => ({ params: { lang: LANG_PARAM[l] } }));
}

/** getStaticPaths for a page with parameters: each set of parameters once per locale. */
export function withLocales<P extends Record<string, string>>(params: P[]): { params: P & { lang: string | undefined } }[] {
  return LOCALES.flatMap((l) => params.map((p) => ({ params: { ...p, lang: LANG_PARAM[l] } })));
}

