import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCalendarDate } from './schema';

/** The dataset's version and the day it was released: what "data last updated" means on every page and download. */
export interface DatasetRelease {
  version: string;
  /** YYYY-MM-DD, CITATION.cff's date-released. */
  date: string;
}

/**
 * Reads the release from its two files: the version from package.json, its date from
 * CITATION.cff (which must name the same version, so the date cannot belong to another).
 * Never the clock: two builds of the same files give the same pages.
 */
export function parseDatasetRelease(packageJson: string, citationCff: string): DatasetRelease {
  const { version } = JSON.parse(packageJson) as { version?: unknown };
  if (typeof version !== 'string') throw new Error('package.json: no version');
  const field = (name: string) => new RegExp(`^${name}:\\s*["']?([^"'\\s]+)["']?\\s*$`, 'm').exec(citationCff)?.[1];
  const citedVersion = field('version');
  const date = field('date-released');
  if (citedVersion !== version) throw new Error(`CITATION.cff: version ${citedVersion ?? '(none)'} is not package.json's ${version}; release both together`);
  if (date === undefined || !isCalendarDate(date)) throw new Error(`CITATION.cff: date-released "${date ?? ''}" is not a date YYYY-MM-DD`);
  return { version, date };
}

export function datasetRelease(root = process.cwd()): DatasetRelease {
  return parseDatasetRelease(readFileSync(join(root, 'package.json'), 'utf8'), readFileSync(join(root, 'CITATION.cff'), 'utf8'));
}
