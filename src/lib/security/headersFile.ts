// The `_headers` file format (Cloudflare Pages, Netlify and others): a path
// pattern on its own line, then indented `Name: value` lines for it.

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
  /** Headers an earlier, broader rule set that this rule removes (Cloudflare's `! Name`). */
  detach: string[];
}

/** Writes rules as a `_headers` file. */
export function headersFileText(rules: HeaderRule[], comment: string[] = []): string {
  const block = (r: HeaderRule) => [r.pattern, ...r.detach.map((n) => `  ! ${n}`), ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)];
  return [...comment.map((c) => `# ${c}`), ...rules.flatMap(block), ''].join('\n');
}

/** Parses a `_headers` file back into rules, for servers (and tests) that apply it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {}, detach: [] });
    else if (line.trim().startsWith('!')) rules[rules.length - 1]?.detach.push(line.trim().slice(1).trim());
    else {
      const at = line.indexOf(':');
      const rule = rules[rules.length - 1];
      if (rule && at > 0) rule.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** Whether a `_headers` path pattern (`/*`, `/embed/*`, `/exact/`) applies to a request path. */
export function headerPatternMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/**
 * The headers a path gets on Cloudflare Pages, as its documentation says: every
 * matching rule applies, in file order; `! Name` removes a header an earlier rule
 * set; a header set by more than one matching rule gets their values joined by ", ".
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!headerPatternMatches(rule.pattern, path)) continue;
    for (const name of rule.detach) delete out[name];
    for (const [name, value] of Object.entries(rule.headers)) out[name] = out[name] === undefined ? value : `${out[name]}, ${value}`;
  }
  return out;
}
