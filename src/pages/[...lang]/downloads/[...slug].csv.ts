import type { APIRoute } from 'astro';
import { chartCsv } from '../../../lib/downloads/chartCsv';
import { LOCALES, LANG_PARAM, localeOf } from '../../../lib/i18n/locales';
import { catalogEntry, siteCatalog } from '../../../lib/downloads/siteCatalog';

// /downloads/<slug>.csv in Chinese, /en/downloads/<slug>.csv in English (names and labels in English, quotes in Chinese).
export const getStaticPaths = () => LOCALES.flatMap((locale) => siteCatalog(locale).map((entry) => ({ params: { lang: LANG_PARAM[locale], slug: entry.slug } })));

/** The numbers the chart draws, each with its quote and a link to it. */
export const GET: APIRoute = ({ params }) => new Response(chartCsv(catalogEntry(String(params['slug']), localeOf(params['lang'])).csv()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
