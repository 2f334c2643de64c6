// Small models of how each static host turns its header file into the headers
// of one response, each after the host's documentation (docs/hosting.md cites it).
// Tests apply them to every built path: a header file is right only if every
// model gives each path exactly the headers the policy intends.
import { headerPatternMatches, headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/security/headersFile';

export type HostModel = (path: string) => Record<string, string>;

/** Cloudflare Pages: every matching rule, `!` detaches, repeats joined by ", " (the site's own static server does the same). */
export const cloudflare = (file: string): HostModel => {
  const rules = parseHeadersFile(file);
  return (path) => headersFor(rules, path);
};

/** Netlify's `_headers` parser skips lines without a colon, so a `! Name` line means nothing there. */
const withoutDetach = (file: string): HeaderRule[] => parseHeadersFile(file).map((r) => ({ ...r, detach: [] }));

/** Netlify: every matching rule applies; a header set by several, the later rule's value (netlify dev's headersForPath). */
export const netlify = (file: string): HostModel => {
  const rules = withoutDetach(file);
  return (path) => Object.assign({}, ...rules.filter((r) => headerPatternMatches(r.pattern, path)).map((r) => r.headers)) as Record<string, string>;
};

/** Hosts that join the values of every matching rule with commas (e.g. Sevalla's documented rule), knowing no `!`. */
export const commaJoin = (file: string): HostModel => {
  const rules = withoutDetach(file);
  return (path) => headersFor(rules, path);
};

interface VercelConfig {
  headers: { source: string; headers: { key: string; value: string }[] }[];
}
/**
 * Vercel: every rule whose source matches the whole path applies, a later one's
 * value replacing an earlier one's. Sources are read as regular expressions, which
 * path-to-regexp sources made of literal text and `(…)` groups are.
 */
export const vercel = (json: string): HostModel => {
  const config = JSON.parse(json) as VercelConfig;
  return (path) => {
    const out: Record<string, string> = {};
    for (const rule of config.headers) if (new RegExp(`^${rule.source}$`).test(path)) for (const h of rule.headers) out[h.key] = h.value;
    return out;
  };
};

/** Apache mod_headers in a `.htaccess`: `Header always set|unset`, top level or in one `<If "%{REQUEST_URI} =~ m#…#">`/`<Else>` pair. */
export const apache = (htaccess: string): HostModel => (path) => {
  const out: Record<string, string> = {};
  let active = true;
  let matched = false;
  for (const line of htaccess.split('\n').map((l) => l.trim())) {
    const cond = /^<If "%\{REQUEST_URI\} =~ m#(.+)#">$/.exec(line);
    if (cond) active = matched = new RegExp(cond[1]!).test(path);
    else if (line === '<Else>') active = !matched;
    else if (line === '</If>' || line === '</Else>') active = true;
    else if (active) {
      const set = /^Header always set (\S+) "(.*)"$/.exec(line);
      const unset = /^Header always unset (\S+)$/.exec(line);
      if (set) out[set[1]!] = set[2]!;
      else if (unset) delete out[unset[1]!];
    }
  }
  return out;
};
