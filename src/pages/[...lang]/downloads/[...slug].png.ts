import type { APIRoute } from 'astro';
import { pngSet } from '../../../lib/downloads/pngSet';
import { siteCatalog } from '../../../lib/downloads/siteCatalog';
import { LANG_PARAM, LOCALES, localeOf, type Locale } from '../../../lib/i18n/locales';

// /downloads/<slug>.png in Chinese, /en/downloads/<slug>.png in English.
export const getStaticPaths = () => LOCALES.flatMap((locale) => siteCatalog(locale).map((entry) => ({ params: { lang: LANG_PARAM[locale], slug: entry.slug } })));

const png = Object.fromEntries(LOCALES.map((locale) => [locale, pngSet(() => new Map(siteCatalog(locale).map((entry) => [entry.slug, entry.svg()])))])) as Record<Locale, ReturnType<typeof pngSet>>;

/** The chart's SVG file drawn at 2× as PNG, for slides, chat apps and print, in the edition's language. */
export const GET: APIRoute = async ({ params }) => new Response(await png[localeOf(params['lang'])](String(params['slug'])), { headers: { 'Content-Type': 'image/png' } });
