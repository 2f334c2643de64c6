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

/** The `_headers` file (Netlify / Cloudflare Pages format): every path gets the security headers. */
export function headersFile(): string {
  return `/*\n${Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
}

/** Parses a `_headers` file back into rules, for servers (and tests) that apply it. */
export function parseHeadersFile(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
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
