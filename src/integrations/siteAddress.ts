import type { AstroIntegration } from 'astro';
import { parseSiteUrl } from '../lib/publishing/siteUrl';

/**
 * Sets Astro's `site` from SITE_URL, the one place a deployment names its address.
 * A build without it stops before rendering anything; `astro dev` and `astro check`
 * run without it (the dev server names its own address instead).
 */
export default function siteAddress(): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const value = process.env['SITE_URL'];
        if (command === 'build' || value !== undefined) updateConfig({ site: parseSiteUrl(value) });
        else if (command === 'dev') updateConfig({ site: `http://localhost:${config.server.port}/` });
      },
    },
  };
}
