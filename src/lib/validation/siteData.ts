import { loadDataset } from './loadDataset';
import type { Dataset } from '../data/schema';

/** The validated dataset for pages; the build stops with every issue listed if the data is invalid. */
export function siteData(): Dataset {
  return loadDataset();
}
