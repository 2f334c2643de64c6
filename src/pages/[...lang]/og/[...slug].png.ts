import type { APIRoute } from 'astro';
import { siteData } from '../../../lib/validation/siteData';
import { pngSet } from '../../../lib/downloads/pngSet';
import { siteCatalog } from '../../../lib/downloads/siteCatalog';
import { LOCALES, LANG_PARAM, localeOf, type Locale } from '../../../lib/i18n/locales';
import { ogCardSvg } from '../../../lib/cards/ogCard';
import { ogImages, type OgImage } from '../../../lib/cards/ogImages';

const cached = new Map<Locale, OgImage[]>();
const images = (locale: Locale) => {
  if (!cached.has(locale)) cached.set(locale, ogImages(siteData(), siteCatalog(locale), import.meta.env.SITE ?? '', locale));
  return cached.get(locale)!;
};

export const getStaticPaths = () => LOCALES.flatMap((locale) => images(locale).map((image) => ({ params: { lang: LANG_PARAM[locale], slug: image.slug } })));

const png = Object.fromEntries(LOCALES.map((locale) => [locale, pngSet(() => new Map(images(locale).map((image) => [image.slug, ogCardSvg(image.card)])))])) as Record<Locale, ReturnType<typeof pngSet>>;

/** The page's link-preview card (Open Graph, Twitter), 1200 × 630, in the page's language. */
export const GET: APIRoute = async ({ params }) => new Response(await png[localeOf(params['lang'])](String(params['slug'])), { headers: { 'Content-Type': 'image/png' } });
