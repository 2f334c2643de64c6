import { describe, expect, test } from 'vitest';
import { htmlForIndex } from '../../src/integrations/pagefindIndex';

describe('the HTML the search index reads', () => {
  test('puts a space between two tags that touch, so two elements’ words never run together', () => {
    expect(htmlForIndex('<li><span class="badge">binding</span><bdi>Share of beds</bdi></li>')).toBe('<li> <span class="badge">binding</span> <bdi>Share of beds</bdi> </li>');
  });

  test('leaves text inside an element alone, so Chinese words are not split', () => {
    expect(htmlForIndex('<p><bdi>常州市</bdi>的养老床位</p>')).toBe('<p> <bdi>常州市</bdi>的养老床位</p>');
  });

  test('never changes an attribute value, even one holding < and > (a hostile name)', () => {
    const html = '<main data-search-title="床位<svg onload=x><circle r=9/></svg>"><h1 title=\'a><b\'>x</h1></main>';
    const out = htmlForIndex(html);
    expect(out).toContain('data-search-title="床位<svg onload=x><circle r=9/></svg>"');
    expect(out).toContain("title='a><b'");
    expect(out).toBe('<main data-search-title="床位<svg onload=x><circle r=9/></svg>"> <h1 title=\'a><b\'>x</h1> </main>');
  });
});
