/** Replaces `{name}` placeholders with `params.name`; unknown names stay as written. Shared by `t()` and the islands. */
export function fill(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
