// Interface text shared by every page: layout, navigation, footer, language switch.
export const zh = {
  'site.name': '民政规划数据',
  'site.skip': '跳到正文',
  'nav.label': '主导航',
  'nav.regions': '地区',
  'nav.compare': '比较',
  'nav.projects': '建设项目',
  'nav.data': '数据下载',
  'nav.methodology': '方法',
  'lang.switch': 'English',
  'lang.switchLabel': 'Read this page in English',
  'footer.about': '数据摘自各地公开发布的民政规划与工作报告;每个数字都附原文引语并经程序核对。英文译名为本站翻译。',
  'footer.licence': '数据许可 CC BY 4.0,代码许可 MIT。',
  'footer.navLabel': '页脚链接',
  'footer.updated': '数据更新于 {date}(数据集版本 {version})。',
  'translation.ours': '英文名为本站翻译',
} as const;

export type CommonKey = keyof typeof zh;

export const en: Record<CommonKey, string> = {
  'site.name': 'Civil-Affairs Plans in Data',
  'site.skip': 'Skip to content',
  'nav.label': 'Main navigation',
  'nav.regions': 'Regions',
  'nav.compare': 'Compare',
  'nav.projects': 'Projects',
  'nav.data': 'Data',
  'nav.methodology': 'Methodology',
  'lang.switch': '中文',
  'lang.switchLabel': '阅读本页中文版',
  'footer.about': 'Figures are extracted from published local civil-affairs plans and work reports; each carries a quote from its source that a program has checked. Source quotes stay in Chinese; English names and notes are our translations.',
  'footer.licence': 'Data licence CC BY 4.0, code licence MIT.',
  'footer.navLabel': 'Footer links',
  'footer.updated': 'Data last updated {date} (dataset version {version}).',
  'translation.ours': 'English name: our translation',
};
