import { describe, expect, test } from 'vitest';
import { parseSiteUrl } from '../../src/lib/publishing/siteUrl';
import { builtSiteUrl, siteAddressProblems } from '../siteAddressCheck';
import { DIST } from './builtPages';

describe('the site’s own address', () => {
  const siteUrl = builtSiteUrl(DIST);

  test('is the SITE_URL the build was given', () => {
    // npm test builds with a local address; a build for a deployment is checked against its own.
    if (process.env['SITE_URL']) expect(siteUrl).toBe(parseSiteUrl(process.env['SITE_URL']));
    expect(siteUrl).toBe(parseSiteUrl(siteUrl));
  });

  test('is the only one the published files name: no placeholder domain, and every page link, chart credit and chart CSV source_url is under it', () => {
    expect(siteAddressProblems(DIST, siteUrl)).toEqual([]);
  });
});
