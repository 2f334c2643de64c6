import type { Qualifier } from '../data/vocabulary';
import type { Locale } from '../i18n/locales';

/**
 * The one place a stored qualifier (eq, ge, le, about: src/lib/data/vocabulary.ts)
 * becomes what readers see.
 */

/** The sign before a number: "≥80%", "约3000 万元", "≈3,000". */
export const QUALIFIER_SIGN: Record<Locale, Record<Qualifier, string>> = {
  zh: { eq: '', ge: '≥', le: '≤', about: '约' },
  en: { eq: '', ge: '≥', le: '≤', about: '≈' },
};

/** The qualifier in words: "不低于58%", "at least 58%". */
export const QUALIFIER_WORDS: Record<Locale, Record<Qualifier, string>> = {
  zh: { eq: '', ge: '不低于', le: '不高于', about: '约' },
  en: { eq: '', ge: 'at least', le: 'at most', about: 'about' },
};
