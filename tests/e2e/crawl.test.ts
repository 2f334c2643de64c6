import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, test } from 'vitest';
import { builtPages } from './builtPages';

const base = inject('baseUrl');
const pages = builtPages();
const htmlByPath = new Map(pages.map((p) => [p.path, p.html]));
// Conformance to the HTML standard is the W3C Nu checker's job (htmlChecker.test.ts): html-validate's
// "standard" rules are turned off, and it keeps what the Nu checker lacks: accessibility (wcag/*,
// hidden-focusable, empty-heading…), inline styles, redundant roles, implicit button types and the like.
const NU_COVERS = [
  'area-alt', 'aria-label-misuse', 'attr-spacing', 'attribute-allowed-values', 'attribute-misuse', 'close-attr',
  'close-order', 'deprecated-rule', 'doctype-html', 'element-name', 'element-permitted-content',
  'element-permitted-occurrences', 'element-permitted-order', 'element-permitted-parent', 'element-required-ancestor',
  'element-required-attributes', 'element-required-content', 'map-dup-name', 'map-id-name', 'multiple-labeled-controls',
  'no-abstract-role', 'no-deprecated-attr', 'no-dup-attr', 'no-dup-id', 'no-multiple-main', 'no-raw-characters',
  'script-element', 'unrecognized-char-ref', 'valid-autocomplete', 'valid-for', 'valid-id', 'void-content',
] as const;
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    ...Object.fromEntries(NU_COVERS.map((rule) => [rule, 'off'])),
    // A group of checkboxes shares one name: that is how HTML forms send a list.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
});

// A loaded machine sometimes drops a connection mid-crawl; one retry tells that from a missing page.
const fetchStatus = (path: string): Promise<number> => fetch(base + path).then((r) => r.status, () => fetch(base + path).then((r) => r.status));
const statusCache = new Map<string, Promise<number>>();
const statusOf = (path: string) => {
  if (!statusCache.has(path)) statusCache.set(path, fetchStatus(path));
  return statusCache.get(path)!;
};

// A source page is the target of hundreds of anchors: parse each page's ids once.
const idCache = new Map<string, Set<string>>();
function idsIn(path: string, html: string): Set<string> {
  let ids = idCache.get(path);
  if (!ids) {
    const { document } = parseHTML(html);
    ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id') ?? ''));
    idCache.set(path, ids);
  }
  return ids;
}

describe('the whole built site', () => {
  test('has pages', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  describe.each(pages.map((p) => [p.path, p.html]))('%s', (path, html) => {
    const { document } = parseHTML(html);

    test('returns 200', async () => {
      expect(await statusOf(path)).toBe(200);
    });

    test('has a language, a title, a description and one h1', () => {
      expect(document.documentElement.getAttribute('lang')).toMatch(/^(zh-CN|en)$/);
      expect(document.querySelector('title')?.textContent?.trim()).toBeTruthy();
      expect(document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()).toBeTruthy();
      expect(document.querySelectorAll('h1')).toHaveLength(1);
    });

    test('writes no JavaScript non-value (Infinity, NaN, undefined, null) where a value belongs', () => {
      expect(html.match(/="(-?Infinity|NaN|undefined|null|\[object Object\])"|>(-?Infinity|NaN|undefined|\[object Object\])</g) ?? []).toEqual([]);
    });

    test('passes html-validate\'s accessibility and best-practice rules', async () => {
      const report = await validator.validateString(html, path);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);
    });

    test('every internal link and anchor resolves', async () => {
      const refs = [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? '');
      const broken: string[] = [];
      for (const ref of refs) {
        if (/^(https?:|mailto:|data:)/.test(ref)) continue;
        const url = new URL(ref, `http://local${path}`);
        const target = url.pathname;
        if ((await statusOf(target)) !== 200) broken.push(`${ref} (HTTP ${await statusOf(target)})`);
        else if (url.hash) {
          const targetPath = htmlByPath.has(target) ? target : path;
          if (!idsIn(targetPath, htmlByPath.get(targetPath) ?? html).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${ref} (no such anchor)`);
        }
      }
      expect(broken).toEqual([]);
    });
  });
});
