import { describe, expect, test } from 'vitest';
import { pageText } from '../pageText';

const page = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><title>标题 &amp; 站名</title><style>p{}</style></head><body>${body}</body></html>`;

describe('the readable text of a page (golden copies of built pages)', () => {
  test('the title, then one line per block; headings and list items are marked', () => {
    expect(pageText(page('<header><a href="/">站名</a></header><main><h1>示例县</h1><p>文件:<a href="/s/"><bdi>规划</bdi></a>(2021–2025年)</p><ul><li>一</li><li><p>二</p></li></ul><h2>小节</h2></main>'))).toBe(
      'title: 标题 & 站名\n\n站名\n# 示例县\n文件:规划(2021–2025年)\n- 一\n- 二\n## 小节\n',
    );
  });

  test('nothing a reader cannot see: scripts, styles, templates, hidden and visually-hidden elements', () => {
    const text = pageText(page('<p>看得见</p><script>var x = 1;</script><style>p{}</style><template><p>模板</p></template><p hidden>隐藏</p><span class="visually-hidden">读屏</span><noscript>无脚本</noscript>'));
    expect(text).toBe('title: 标题 & 站名\n\n看得见\n');
  });

  test('a table row is one line of cells; a <q> gets its quotation marks; elements side by side get a space', () => {
    const text = pageText(page('<table><caption>表</caption><tr><th>年份</th><th>数值</th></tr><tr><td>2020</td><td><p>53%</p><q>原文</q></td></tr></table><p><span class="badge">约束性</span><bdi>床位</bdi></p>'));
    expect(text).toBe('title: 标题 & 站名\n\n表\n年份 | 数值\n2020 | 53% “原文”\n约束性 床位\n');
  });

  test('form controls, images and SVG text show what is drawn; a textarea shows its decoded text', () => {
    const text = pageText(page('<label>搜索 <input placeholder="地区"></label><button>搜索</button><img src="a.png" alt="地图"><svg role="img"><title>不画出</title><text>2020</text><text>53%</text></svg><svg aria-hidden="true"><text>图例</text></svg><textarea>&lt;iframe src=&quot;x&quot;&gt;</textarea>'));
    expect(text).toBe('title: 标题 & 站名\n\n搜索 [input: 地区] 搜索 [img: 地图]\n[svg: 2020 53%]\n[textarea: <iframe src="x">]\n');
  });

  test('a <pre> keeps its lines as written', () => {
    expect(pageText(page('<pre>第一行\n  缩进\n</pre>'))).toBe('title: 标题 & 站名\n\n第一行\n  缩进\n');
  });
});
