/**
 * The first step of `npm test`: the suite drives Debian's Chromium, screenshots need CJK fonts and
 * the W3C Nu HTML checker needs a Java runtime. When one is missing this installs it from Debian
 * (as root, or with password-less sudo), or stops at once with the one command to run, so the
 * suite never fails deep inside with a missing browser or checker.
 * `TEST_TOOLS=check` only checks (it never installs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

interface Tool {
  /** What the suite uses it for, for the message. */
  what: string;
  debianPackage: string;
  present: () => boolean;
}

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const MIN_JAVA = 17; // vnu.jar's own requirement

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' });

/** The major version of the `java` on PATH, or null when there is none. */
export function javaMajor(versionOutput: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return null;
  // Java 8 and older call themselves 1.8, 1.7…
  return m[1] === '1' ? Number(m[2]) : Number(m[1]);
}

export const TOOLS: Tool[] = [
  { what: `Chromium at ${CHROMIUM} (browser tests)`, debianPackage: 'chromium', present: () => existsSync(CHROMIUM) },
  {
    what: 'CJK fonts (screenshots and Chinese text in the browser)',
    debianPackage: 'fonts-noto-cjk',
    present: () => /\S/.test(run('fc-list', [':lang=zh']).stdout ?? ''),
  },
  {
    what: `Java ${MIN_JAVA} or later (the W3C Nu HTML checker)`,
    debianPackage: 'default-jre-headless',
    present: () => {
      const r = run('java', ['-version']);
      const major = r.error ? null : javaMajor(`${r.stderr}${r.stdout}`);
      return major !== null && major >= MIN_JAVA;
    },
  },
];

function canInstall(): string[] | null {
  if (process.env['TEST_TOOLS'] === 'check' || process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) return null;
  if (process.getuid?.() === 0) return [];
  return run('sudo', ['-n', 'true']).status === 0 ? ['sudo'] : null;
}

function install(prefix: string[], packages: string[]): boolean {
  const step = (args: string[]) => {
    const [cmd, ...rest] = [...prefix, ...args];
    console.log(`testTools: ${[cmd, ...rest].join(' ')}`);
    return spawnSync(cmd!, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  };
  return step(['apt-get', 'update', '-qq']) && step(['apt-get', 'install', '-y', '-qq', ...packages]);
}

function main(): void {
  let missing = TOOLS.filter((t) => !t.present());
  if (!missing.length) return;
  const packages = missing.map((t) => t.debianPackage);
  const prefix = canInstall();
  if (prefix) {
    console.log(`testTools: installing what the suite needs: ${missing.map((t) => t.what).join('; ')}`);
    if (install(prefix, packages)) missing = missing.filter((t) => !t.present());
  }
  if (!missing.length) return;
  console.error(
    `npm test needs what this machine lacks:\n${missing.map((t) => `  - ${t.what}`).join('\n')}\n` +
      `Install it, then run npm test again:\n  sudo apt-get install -y ${missing.map((t) => t.debianPackage).join(' ')}`,
  );
  process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
