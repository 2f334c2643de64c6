import type { APIRoute } from 'astro';
import { LOCALES, LANG_PARAM, localeOf } from '../../../lib/i18n/locales';
import { catalogEntry, siteCatalog } from '../../../lib/downloads/siteCatalog';

// /downloads/<slug>.svg in Chinese, /en/downloads/<slug>.svg in English.
export const getStaticPaths = () => LOCALES.flatMap((locale) => siteCatalog(locale).map((entry) => ({ params: { lang: LANG_PARAM[locale], slug: entry.slug } })));

/** The chart as a self-contained SVG file: title, source, credit and licence inside, in the edition's language. */
export const GET: APIRoute = ({ params }) => new Response(catalogEntry(String(params['slug']), localeOf(params['lang'])).svg(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
