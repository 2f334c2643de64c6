import { join, resolve } from 'node:path';

/** The data folder the site is built from: data/, or DATA_DIR (tests build fixture datasets this way). */
export function dataDir(): string {
  return process.env['DATA_DIR'] ? resolve(process.env['DATA_DIR']) : join(process.cwd(), 'data');
}
