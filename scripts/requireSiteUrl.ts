/**
 * First step of `npm run build`: stops at once, before validation and rendering,
 * when SITE_URL is missing or malformed (src/lib/publishing/siteUrl.ts says why).
 */
import { parseSiteUrl } from '../src/lib/publishing/siteUrl';

try {
  parseSiteUrl(process.env['SITE_URL']);
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exitCode = 1;
}
