// One policy for every place it is sent: the <meta> in every page (works on
// any host) and the hosts' header files generated from it after the build
// (src/lib/security/hostHeaders.ts: `_headers` for Cloudflare Pages and Netlify,
// `vercel.json`, Apache `.htaccess`), which can also carry what a <meta> cannot.

/** Everything from our own origin only; no inline script or style, no plugins. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets site search (Pagefind) compile its own WebAssembly
  // module; it allows no eval() of JavaScript and no inline script.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Headers every response gets, page or embed, whatever host sends them. */
export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Who may frame a response. frame-ancestors and X-Frame-Options only work as
 * headers (a <meta> policy ignores them), so these go to the hosts' files only.
 */
export const PAGE_FRAMING: Record<string, string> = {
  'Content-Security-Policy': [CONTENT_SECURITY_POLICY, "frame-ancestors 'self'"].join('; '),
  'X-Frame-Options': 'SAMEORIGIN',
};
/** Embed pages are made to be framed by anyone's article: any ancestor, and no X-Frame-Options. */
export const EMBED_FRAMING: Record<string, string> = {
  'Content-Security-Policy': [CONTENT_SECURITY_POLICY, 'frame-ancestors *'].join('; '),
};

/** Every header a page other than an embed gets. */
export const SECURITY_HEADERS: Record<string, string> = { ...PAGE_FRAMING, ...COMMON_HEADERS };
/** Every header an embed page gets. */
export const EMBED_HEADERS: Record<string, string> = { ...EMBED_FRAMING, ...COMMON_HEADERS };

/** The folders of embed pages in both editions: /embed/… (Chinese) and /en/embed/… (English). */
export const EMBED_FOLDERS = ['/embed/', '/en/embed/'];

export const isEmbedPath = (path: string): boolean => EMBED_FOLDERS.some((folder) => path.startsWith(folder));

/** The headers the policy intends for a request path; every host file is generated to send exactly these. */
export function intendedHeaders(path: string): Record<string, string> {
  return isEmbedPath(path) ? EMBED_HEADERS : SECURITY_HEADERS;
}
