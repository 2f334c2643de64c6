import { SENTENCE_END, isNumberedHeading } from './contentLine';

/**
 * Page chrome: the parts of a government or mirror web page around the document — breadcrumbs,
 * publication metadata, page tools, navigation, comments, footers, ads. A line is chrome only as a
 * whole: every part of it is a chrome key or a short value of one, so a paragraph that merely
 * mentions 来源 or 发布 is never taken for chrome.
 */

/** Metadata keys whose values are short (a date, an office, a number). */
const SHORT_VALUE_KEYS = [
  '索引号', '发布机构', '发文机关', '发文单位', '制发机关', '成文日期', '生成日期', '发布日期', '公开日期', '印发日期',
  '公开方式', '公开范围', '公开时限', '公开形式', '公开属性', '文件编号', '发文字号', '文号', '废止日期', '失效日期',
  '有效性', '时效性', '信息来源', '来源', '发布时间', '更新时间', '浏览量', '浏览次数', '访问次数', '访问量', '阅读',
  '阅读量', '阅读数', '阅读次数', '点击', '点击数', '点击量', '点击次数', '作者', '编辑', '责任编辑', '审核', '审校',
  '供稿', '字号', '字体', '关键词', '主题词', '所属机构', '统一编号', '信息类别', '体裁',
];
/** Metadata keys whose value is the document's name or summary, which may be long. */
const LONG_VALUE_KEYS = ['信息名称', '标题', '内容概述'];
/** Classification keys of the open-government catalogue: 主题分类, 组配分类, 体裁分类, 法定主动公开分类… */
const CLASSIFICATION_KEY = '\\p{Script=Han}{0,8}分\\s?类';
const MAX_SHORT_VALUE = 40;

const spaced = (key: string): string => [...key].join('\\s?');
const KEY_ALTERNATIVES = [...LONG_VALUE_KEYS, ...SHORT_VALUE_KEYS]
  .sort((a, b) => b.length - a.length)
  .map(spaced)
  .concat(CLASSIFICATION_KEY)
  .join('|');
const KEY_COLON = new RegExp(`(${KEY_ALTERNATIVES})\\s*[::]`, 'gu');
const WHOLE_KEY = new RegExp(`^(?:${KEY_ALTERNATIVES})$`, 'u');

const isLongValueKey = (key: string): boolean => LONG_VALUE_KEYS.includes(key.replace(/\s/g, ''));
const isShortValue = (value: string): boolean => value.length <= MAX_SHORT_VALUE && !SENTENCE_END.test(value);

/** `索引号:… 发布机构:…` — the line is made of key:value pairs and starts with a key. */
function isKeyValueMetadata(line: string): boolean {
  const keys = [...line.matchAll(KEY_COLON)];
  if (keys.length === 0 || keys[0]!.index !== 0) return false;
  return keys.every((m, i) => {
    const value = line.slice(m.index + m[0].length, keys[i + 1]?.index ?? line.length).trim();
    return isLongValueKey(m[1]!) || isShortValue(value);
  });
}

/** `索引号 | … | 发布机构 | … |` — a pipe-table row of keys and their values. */
function isPipeTableMetadata(line: string): boolean {
  if (!line.includes('|')) return false;
  const cells = line.split('|').map((c) => c.trim()).filter((c) => c !== '');
  return cells.length > 0 && cells.every((cell, i) => (i % 2 === 0 ? WHOLE_KEY.test(cell) : isShortValue(cell)));
}

const BREADCRUMB_START = /^(?:您当前的位置|您现在的位置|您的位置|当前位置|所在位置|现在位置)\s*[::>>]/;
const BREADCRUMB_SEPARATOR = /\s*(?:>>|>|>|»|›|〉|→)\s*/;
const BREADCRUMB_CONTINUATION = /^(?:>>|>|>|»|›)+\s*\S/;
const HOME = /^(?:首页|网站首页|主页)$/;

function isBreadcrumb(line: string): boolean {
  if (SENTENCE_END.test(line)) return false;
  if (BREADCRUMB_START.test(line)) return line.length <= 120;
  if (BREADCRUMB_CONTINUATION.test(line)) return line.length <= 30;
  const parts = line.split(BREADCRUMB_SEPARATOR);
  if (parts.length < 2 || parts.some((p) => p === '' || p.length > 40)) return false;
  return parts.length >= 3 || HOME.test(parts[0]!);
}

type Kind = 'page tools' | 'site navigation' | 'links to other articles' | 'comments and captcha' | 'publication metadata';

/** Words that, standing alone between separators, are chrome of one kind. */
const CHROME_WORDS: Record<Kind, readonly string[]> = {
  'page tools': [
    '字体', '字号', '打印', '打印本页', '打印此页', '打印文章', '关闭', '关闭窗口', '关闭本页', '收藏', '收藏本页', '加入收藏',
    '分享', '分享到', '纠错', '我要纠错', '返回顶部', '顶部',
  ],
  'site navigation': [
    '首页', '网站首页', '返回首页', '设为首页', '网站地图', '关于我们', '联系我们', '客服中心', '广告服务', '建站服务',
    '网站声明', '隐私政策', '意见反馈', '帮助中心', '友情链接', '投稿', '今天是', '移动端访问', '移动端', '手机版', '电脑版',
    '无障碍', '无障碍浏览', '长者模式', '关怀版', '繁体', '简体', '繁体版', '简体版', '登录', '注册', '微信', '微博',
  ],
  'links to other articles': ['上一篇', '下一篇', '上一条', '下一条', '相关链接', '相关文章', '相关阅读', '相关新闻', '推荐阅读', '热门文章', '延伸阅读'],
  'comments and captcha': ['验证码', '留言与评论', '发表评论', '网友评论', '我要评论', '评论'],
  'publication metadata': ['浏览次数', '浏览量', '阅读', '阅读量', '阅读次数', '点击', '点击量', '点击数', '访问次数'],
};
const CHROME_WORD_KIND = new Map<string, Kind>(
  (Object.entries(CHROME_WORDS) as [Kind, readonly string[]][]).flatMap(([kind, words]) => words.map((w): [string, Kind] => [w, kind])),
);
/** Chrome phrases with a variable part: 扫一扫在手机打开当前页, 今天是2024年1月1日. */
const CHROME_PHRASES: readonly [RegExp, Kind][] = [
  [/^(?:扫一扫|扫码|扫描二维码)\S{0,12}$/, 'page tools'],
  [/^今天是\S{0,20}$/, 'site navigation'],
];
/** Values that chrome words carry (font sizes, dates, counts), chrome only next to a chrome word. */
const CHROME_VALUES = [
  /^(?:大|中|小|默认|标准|特大|共有|条评论|次|人次)$/,
  /^共?有?\d*条(?:评论|留言)?$/,
  /^\d{4}[-年/.]\d{1,2}(?:[-月/.]\d{1,2}日?)?$/,
  /^\d{1,2}:\d{2}(?::\d{2})?$/,
  /^\d+$/,
  /^(?:星期|周)[一二三四五六日天]$/,
];
const TOKEN_SEPARATORS = /[\s|||/·•、,,【】[\]()()::<>《》“”"'!!]+/;

function chromeWordsKind(line: string): Kind | null {
  const tokens = line.split(TOKEN_SEPARATORS).filter((t) => t !== '');
  let kind: Kind | null = null;
  for (const token of tokens) {
    const k = CHROME_WORD_KIND.get(token) ?? CHROME_PHRASES.find(([re]) => re.test(token))?.[1];
    if (k) kind ??= k;
    else if (!CHROME_VALUES.some((re) => re.test(token))) return null;
  }
  return kind;
}

const OTHER_ARTICLE = /^(?:上一篇|下一篇|上一条|下一条|上一页|下一页)\s*[::]/;
const PAGE_ADDRESS = /^(?:本文|本页|本文章)(?:地址|链接|网址)\s*[::]|^(?:https?:\/\/|www\.)\S+$/i;
const FOOTER_MARK = /版权所有|copyright|©|ICP\s?备|ICP\s?证|公网安备|网站标识码|网站主办|网站维护/i;
const CALL_TO_ACTION = /(?:立即|马上|免费|点击)(?:了解|下载|体验|咨询|购买|领取|试用|查看|进入|注册|开通)[!!]?$/;

/** Why the line is page chrome (`page chrome: …`), or null when it is not chrome as a whole. */
export function pageChromeReason(line: string): string | null {
  if (line === '' || isNumberedHeading(line)) return null;
  const kind = chromeKind(line);
  return kind ? `page chrome: ${kind}` : null;
}

function chromeKind(line: string): string | null {
  if (isKeyValueMetadata(line) || isPipeTableMetadata(line)) return 'publication metadata';
  if (isBreadcrumb(line)) return 'breadcrumb';
  if (OTHER_ARTICLE.test(line) && line.length <= 100 && !SENTENCE_END.test(line)) return 'links to other articles';
  if (PAGE_ADDRESS.test(line) && line.length <= 200) return 'page address';
  if (FOOTER_MARK.test(line) && line.length <= 200) return 'site footer';
  if (CALL_TO_ACTION.test(line) && line.length <= 40) return 'advertisement';
  return chromeWordsKind(line);
}
