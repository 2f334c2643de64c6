import { subsetFonts } from './fontSubset';
import { renderPng } from './renderPng';

/**
 * PNGs of a set of SVGs, keyed by slug, that share one font subset cut once to the characters
 * of the whole set. The SVGs are made on the first request and kept for the rest of the build.
 */
export function pngSet(svgs: () => Map<string, string>): (slug: string) => Promise<Uint8Array<ArrayBuffer>> {
  let ready: Promise<{ all: Map<string, string>; fonts: string[] }> | undefined;
  return async (slug) => {
    ready ??= (async () => {
      const all = svgs();
      return { all, fonts: await subsetFonts([...all.values()].join('')) };
    })();
    const { all, fonts } = await ready;
    const svg = all.get(slug);
    if (svg === undefined) throw new Error(`no SVG for ${slug}`);
    return renderPng(svg, fonts);
  };
}
