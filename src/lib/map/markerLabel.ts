import { fill } from '../i18n/fill';

/**
 * A map marker's accessible name from its template ("{name}({category}),按回车查看详情").
 * fill() replaces in one pass with a replacer function, so a name holding $&, $' or $1
 * (special in a String.replace replacement string) or "{category}" stays as written.
 */
export const markerLabel = (template: string, label: { name: string; category: string }): string => fill(template, label);
