import type { Project } from '../data/schema';
import type { Locale } from '../i18n/locales';

/** Category colours (Okabe–Ito based, dark enough for white text and 3:1 against the map). */
export const CATEGORY_STYLE: Record<Project['category'], { zh: string; en: string; color: string }> = {
  elderly_care: { zh: '养老服务', en: 'Elderly care', color: '#0b5cad' },
  funeral: { zh: '殡葬', en: 'Funeral services', color: '#5b4a8a' },
  social_assistance: { zh: '社会救助', en: 'Social assistance', color: '#a63f00' },
  child_welfare: { zh: '儿童福利', en: 'Child welfare', color: '#0a6b3d' },
  community: { zh: '社区建设', en: 'Community', color: '#8a5a00' },
  disability: { zh: '残疾人福利', en: 'Disability', color: '#9c2f6e' },
  social_work: { zh: '社会工作', en: 'Social work', color: '#00677a' },
  social_organisations: { zh: '社会组织', en: 'Social organisations', color: '#4d5968' },
  other: { zh: '其他', en: 'Other', color: '#6b5c3e' },
};

export const NATURE_ZH: Record<Project['nature'], string> = { new: '新建', expansion: '扩建', renovation: '改造提升', relocation: '迁建', programme: '专项资金' };
export const NATURE: Record<Locale, Record<Project['nature'], string>> = { zh: NATURE_ZH, en: { new: 'new build', expansion: 'expansion', renovation: 'renovation', relocation: 'relocation', programme: 'funding programme' } };
export const PRECISION_ZH: Record<Project['location_precision'], string> = { address: '具体地址', township: '乡镇中心点', county: '县区代表点(非实际地址)', city: '全市,无具体地点' };
export const PRECISION: Record<Locale, Record<Project['location_precision'], string>> = {
  zh: PRECISION_ZH,
  en: { address: 'street address', township: 'township centre', county: 'county representative point (not the actual address)', city: 'city-wide, no single location' },
};
