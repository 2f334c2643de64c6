import type { Locale } from '../i18n/locales';
import { t } from '../i18n/ui';

/**
 * A project's years as a reader says them: "2021" for one year (not "2021–2021"),
 * "2022–2024", "from 2021" or "until 2024" when only one end is known, and
 * "years not stated" instead of "?–?".
 */
export function yearsLabel(start: number | null, end: number | null, locale: Locale): string {
  if (start !== null && end !== null) return start === end ? String(start) : `${start}–${end}`;
  if (start !== null) return t(locale, 'projects.years.from', { year: start });
  if (end !== null) return t(locale, 'projects.years.until', { year: end });
  return t(locale, 'projects.years.notStated');
}
