import type { APIRoute } from 'astro';
import { siteData } from '../../lib/data/siteData';
import { pngSet } from '../../lib/downloads/pngSet';
import { siteCatalog } from '../../lib/downloads/siteCatalog';
import { ogCardSvg } from '../../lib/site/ogCard';
import { ogImages, type OgImage } from '../../lib/site/ogImages';

let cached: OgImage[] | undefined;
const images = () => (cached ??= ogImages(siteData(), siteCatalog(), import.meta.env.SITE ?? ''));

export const getStaticPaths = () => images().map((image) => ({ params: { slug: image.slug } }));

const png = pngSet(() => new Map(images().map((image) => [image.slug, ogCardSvg(image.card)])));

/** The page's link-preview card (Open Graph, Twitter), 1200 × 630. */
export const GET: APIRoute = async ({ params }) => new Response(await png(String(params['slug'])), { headers: { 'Content-Type': 'image/png' } });
