// One policy for both places it is sent: the <meta> in every page (works on
// any host) and the _headers file (static hosts that read it, e.g. Netlify,
// Cloudflare Pages), which can also carry what a <meta> cannot.

/** Everything from our own origin only; no inline script or style, no plugins. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets site search (Pagefind) compile its own WebAssembly
  // module; it allows no eval() of JavaScript and no inline script.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Directives a <meta> policy ignores, so they go in the header only. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'self'"];

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [CONTENT_SECURITY_POLICY, ...HEADER_ONLY_DIRECTIVES].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'SAMEORIGIN',
};

/**
 * Embed pages are made to be framed by anyone's article: they keep the same
 * policy but allow every ancestor, and drop X-Frame-Options.
 */
export const EMBED_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [CONTENT_SECURITY_POLICY, 'frame-ancestors *'].join('; '),
};

/** The embed pages of both editions: /embed/… (Chinese) and /en/embed/… (English). */
export const EMBED_PATTERNS = ['/embed/*', '/en/embed/*'];

/**
 * The `_headers` file (Cloudflare Pages format): every path gets the security
 * headers; the embed pages then detach X-Frame-Options (`! Name`) and replace
 * the CSP with one that allows framing.
 */
export function headersFile(): string {
  const lines = (h: Record<string, string>) => Object.entries(h).map(([k, v]) => `  ${k}: ${v}`);
  const embeds = EMBED_PATTERNS.flatMap((pattern) => [pattern, '  ! X-Frame-Options', '  ! Content-Security-Policy', ...lines(EMBED_HEADERS)]);
  return ['/*', ...lines(SECURITY_HEADERS), ...embeds, ''].join('\n');
}

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
  /** Headers an earlier, broader rule set that this rule removes. */
  detach: string[];
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

/** The headers a path gets: matching rules in file order, later ones detaching or overriding earlier ones. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!headerPatternMatches(rule.pattern, path)) continue;
    for (const name of rule.detach) delete out[name];
    Object.assign(out, rule.headers);
  }
  return out;
}
