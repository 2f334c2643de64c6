import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Project } from '../data/schema';
import type { Counties } from '../data/counties';

export interface MappedProject {
  project: Project;
  /** Where the marker is drawn: the project's point, spread apart when several share one county point. */
  lon: number;
  lat: number;
}

export interface ProjectPlacement {
  mapped: MappedProject[];
  /** City-wide programmes and sites the text does not place: listed beside the map, never pinned. */
  unmapped: Project[];
}

const RING = 0.06;

/**
 * Places projects for drawing. Many projects sit on the same county point
 * (the text names only the county); they are spread on a small ring around it
 * so each stays visible and clickable, and every spread point is kept inside
 * its county (the ring shrinks until it is). The data's own lon/lat is unchanged.
 */
export function placeProjects(projects: Project[], counties: Counties): ProjectPlacement {
  const byCode = new Map(counties.features.map((f) => [f.properties.code, f]));
  const groups = new Map<string, Project[]>();
  const unmapped: Project[] = [];
  for (const p of projects) {
    if (p.lon === null || p.lat === null || p.location_precision === 'city') {
      unmapped.push(p);
      continue;
    }
    const key = `${p.lon},${p.lat}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const mapped: MappedProject[] = [];
  for (const group of groups.values()) {
    const n = group.length;
    group.forEach((project, i) => {
      const lon0 = project.lon!;
      const lat0 = project.lat!;
      if (n === 1) return void mapped.push({ project, lon: lon0, lat: lat0 });
      const county = byCode.get(project.county_code);
      const angle = (2 * Math.PI * i) / n - Math.PI / 2;
      let r = RING;
      let point: [number, number] = [lon0, lat0];
      while (r > 0.001) {
        point = [lon0 + r * Math.cos(angle), lat0 + r * Math.sin(angle)];
        if (!county || booleanPointInPolygon(point, county)) break;
        r /= 2;
      }
      if (county && !booleanPointInPolygon(point, county)) point = [lon0, lat0];
      mapped.push({ project, lon: Math.round(point[0] * 1e5) / 1e5, lat: Math.round(point[1] * 1e5) / 1e5 });
    });
  }
  return { mapped, unmapped };
}

/** The investment a marker is sized by: the one-off total; a yearly budget is not a total and is not summed. */
export const markerInvestment = (p: Project): number | null => p.investment_total_cny;

/** Marker radius in px: area proportional to investment, with a floor so small and unknown projects stay visible. */
export function markerRadius(investment: number | null, maxInvestment: number): number {
  if (investment === null || maxInvestment <= 0) return 5;
  return 5 + 15 * Math.sqrt(investment / maxInvestment);
}
