import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LOCAL_SITE_URL, parseSiteUrl } from '../../src/lib/publishing/siteUrl';

const root = resolve(import.meta.dirname, '..', '..');
const messageFor = (value: string | undefined) => {
  try {
    return parseSiteUrl(value);
  } catch (e) {
    return (e as Error).message;
  }
};

describe('SITE_URL', () => {
  test.each([
    ['https://data.example.cn', 'https://data.example.cn/'],
    ['https://data.example.cn/', 'https://data.example.cn/'],
    ['  HTTPS://Data.Example.CN  ', 'https://data.example.cn/'],
    ['http://127.0.0.1:4321', 'http://127.0.0.1:4321/'],
  ])('%s is the site address %s', (value, url) => {
    expect(parseSiteUrl(value)).toBe(url);
  });

  test.each([
    [undefined, "SITE_URL is not set: set it to the site's public address, e.g. SITE_URL=https://data.example.cn/ npm run build"],
    ['', 'SITE_URL is not set'],
    ['data.example.cn', 'SITE_URL "data.example.cn" is not an absolute URL'],
    ['ftp://data.example.cn/', 'SITE_URL "ftp://data.example.cn/" must be an http:// or https:// address'],
    ['https://user:pw@data.example.cn/', 'must not carry a user name or password'],
    ['https://data.example.cn/minzheng/', 'must be the root of a host (no path, query or fragment): the site is built for /, e.g. https://data.example.cn/'],
    ['https://data.example.cn/?x=1', 'must be the root of a host'],
  ])('%s is refused: %s', (value, message) => {
    expect(messageFor(value)).toContain(message);
  });

  test('npm start builds with the address its preview serves on', () => {
    const start = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['start']!;
    const built = /SITE_URL=(\S+) npm run build/.exec(start)?.[1];
    const host = /--host (\S+)/.exec(start)?.[1];
    const port = /--port (\d+)/.exec(start)?.[1];
    expect(built).toBe(LOCAL_SITE_URL);
    expect(parseSiteUrl(built)).toBe(`http://${host}:${port}/`);
  });
});
