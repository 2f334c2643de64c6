// A number that is one of a drafted project's own figures (its investment, beds, area, years) is
// data of that project, not an indicator: the values draft leaves it out (skip_reason
// project_figure), so accepting both drafts as drafted never publishes one figure twice.
import type { DraftRow } from './draftText';
import type { ProjectDraftRow } from './projectDraftRow';

function figuresOf(p: ProjectDraftRow): { texts: string[]; numbers: number[] } {
  const texts = [p.investment_total_text, p.investment_in_period_text, p.investment_to_date_text, p.annual_budget_text].filter((t): t is string => t !== null);
  const numbers = [p.beds, p.floor_area_m2, p.site_area_m2, p.site_area_mu].filter((n): n is number => n !== null);
  return { texts, numbers };
}

export function skipProjectFigures<T extends DraftRow>(rows: readonly T[], projects: readonly ProjectDraftRow[]): T[] {
  return rows.map((r) => {
    if (r.skip_reason !== null && r.skip_reason !== 'fails_check') return r;
    const project = projects.find((p) => r.start >= p.start && r.end <= p.end && ((f) => f.texts.some((t) => t.includes(r.value_text) || r.value_text.includes(t)) || (r.value !== null && f.numbers.includes(r.value)))(figuresOf(p)));
    return project ? { ...r, skip_reason: 'project_figure' as const, ...('check' in r ? { check: `a figure of the drafted project ${project.name_zh} (projects draft)` } : {}) } : r;
  });
}
