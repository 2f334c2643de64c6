import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** The county outlines of data/geo/ (GB/T 2260 codes): the validator places projects in them, the map draws them. */
export type Counties = FeatureCollection<Polygon | MultiPolygon, { code: string; name_zh: string; prefecture_code: string }>;
