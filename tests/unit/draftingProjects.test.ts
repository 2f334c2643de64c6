// Project rows drafted from a text: on the real cleaned texts (expectations from data/projects.csv),
// on the development corpus, and on small tables and sentences of other shapes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/lib/data/csv';
import type { Project } from '../../src/lib/data/schema';
import { NATURES, PROJECT_CATEGORIES } from '../../src/lib/data/vocabulary';
import { documentFactsOf } from '../../src/lib/drafting/documentFacts';
import { draftProjects, type ProjectDocument, type ProjectDraftRow } from '../../src/lib/drafting/draftProjects';
import { curatedProjectsOf, scoreProjectDraft, type CuratedProject } from '../../src/lib/drafting/measureProjects';
import { PROJECT_DRAFT_COLUMNS, projectDraftCsv } from '../../src/lib/drafting/projectDraftCsv';
import { readProjectDraft } from '../../src/lib/drafting/readProjectDraft';
import type { Issue } from '../../src/lib/validation/issues';
import { checkProjectQuotes } from '../../src/lib/validation/rules/quotes';

const read = (file: string) => parseCsv(file, readFileSync(file, 'utf8')).rows.map((r) => r.record);
const documents = read('data/documents.csv');
const curatedProjects = read('data/projects.csv');
const plan: ProjectDocument = { doc_type: 'five_year_plan', period_start: 2021, period_end: 2025, region_code: '330000', doc_id: 'test-plan' };

const curatedOf = (docId: string): CuratedProject[] => curatedProjectsOf(curatedProjects, docId);

/** The validator's quote rule (quote in the text, each figure and money text in the quote) on drafted rows. */
function quoteProblems(rows: readonly ProjectDraftRow[], docId: string, text: string): string[] {
  const issues: Issue[] = [];
  const located = rows.map((row, i) => ({ line: i + 2, row: { ...row, doc_id: docId, project_id: `${docId}.p${i}`, county_code: '000000', lon: null, lat: null, location_precision: 'city' } as Project }));
  checkProjectQuotes('projects.csv', located, { [docId]: text }, issues);
  return issues.map((i) => `${i.line}:${i.column}: ${i.message}`);
}

const pick = (r: ProjectDraftRow) => ({
  name_zh: r.name_zh, category: r.category, nature: r.nature, location_zh: r.location_zh, township_zh: r.township_zh,
  investment_total_cny: r.investment_total_cny, investment_total_text: r.investment_total_text, annual_budget_cny: r.annual_budget_cny,
  beds: r.beds, floor_area_m2: r.floor_area_m2, site_area_m2: r.site_area_m2, site_area_mu: r.site_area_mu,
  start_year: r.start_year, end_year: r.end_year, status_zh: r.status_zh, implementer_zh: r.implementer_zh,
});

describe.each(documents.map((d) => [d.doc_id!, d] as const))('projects drafted from data/sources/%s.txt', (docId, record) => {
  const text = readFileSync(`data/sources/${docId}.txt`, 'utf8');
  const rows = draftProjects(text, { ...documentFactsOf(record), doc_id: docId, region_code: record.region_code! });
  const curated = curatedOf(docId);

  test('every row quotes the text at its offsets and passes the validator’s quote rule', () => {
    for (const r of rows) {
      expect(text.slice(r.start, r.end)).toBe(r.source_quote);
      expect(r.doc_id).toBe(docId);
      expect(r.project_id).toBe('');
      expect(PROJECT_CATEGORIES).toContain(r.category);
      expect(NATURES).toContain(r.nature);
    }
    expect(quoteProblems(rows, docId, text)).toEqual([]);
  });

  test('every curated project listed in a table is found, with its investment, beds and years', () => {
    const inTables = curated.filter((c) => c.source_quote.includes(' | '));
    const score = scoreProjectDraft(text, rows, inTables);
    expect(score.missed.map((m) => m.name_zh)).toEqual([]);
    expect(score.investment.right).toBe(score.investment.compared);
    expect(score.beds.right).toBe(score.beds.compared);
    expect(score.years.right).toBe(score.years.compared);
  });

  test('the draft reads back through the checked reader unchanged', () => {
    const back = readProjectDraft(`data/drafts/${docId}.projects.csv`, projectDraftCsv(rows));
    expect(back.errors).toEqual([]);
    expect(back.rows.map((r) => ({ ...pick(r as unknown as ProjectDraftRow), quote: r.source_quote }))).toEqual(rows.map((r) => ({ ...pick(r), quote: r.source_quote })));
  });
});

test('most curated projects of the real texts are found, tables and sentences together', () => {
  let found = 0;
  let total = 0;
  for (const d of documents) {
    const text = readFileSync(`data/sources/${d.doc_id}.txt`, 'utf8');
    const score = scoreProjectDraft(text, draftProjects(text, { ...documentFactsOf(d), doc_id: d.doc_id!, region_code: d.region_code! }), curatedOf(d.doc_id!));
    found += score.found;
    total += score.curated;
  }
  expect(found / total).toBeGreaterThanOrEqual(0.9);
});

describe('the development corpus', () => {
  const dir = join(import.meta.dirname, '../fixtures/corpus');
  const corpus = (file: string) => readFileSync(join(dir, file), 'utf8');
  const report = { doc_type: 'annual_work_report', period_start: 2020, period_end: 2020, region_code: '000000' } as const;

  // These texts report counts, surveys and evaluations but describe no building project.
  test.each(['tongzhou-2020-summary.txt', 'anding-2020-review.txt', 'zhejiang-2019-evaluation.txt'])('%s: no project is drafted from a text that describes none', (file) => {
    expect(draftProjects(corpus(file), report)).toEqual([]);
  });

  test('a template’s placeholder places and amounts (XX镇敬老院, X.X万元) never become a project or a figure', () => {
    const template = corpus('x-district-2022-summary-template.txt');
    const rows = draftProjects(template, report);
    for (const r of rows) expect(JSON.stringify(r)).not.toMatch(/[XＸ]/);
    const own = draftProjects('德清县颐养中心已开工建设,总投资X.X万元,床位X张,建筑面积X平方米。', report);
    expect(own.map(pick)).toEqual([expect.objectContaining({ name_zh: '德清县颐养中心', investment_total_cny: null, beds: null, floor_area_m2: null })]);
  });
});

describe('project tables of other shapes', () => {
  test('columns are found by their headings in any order, and a money column’s unit comes from its heading', () => {
    const text = [
      '附表 重点建设项目',
      '序号 | 工程名称 | 责任单位 | 建设年限 | 估算投资(亿元) | 建设规模及内容 | 性质',
      '1 | 德清县社会福利中心 | 德清县民政局 | 2022—2024年 | 1.2 | 新增床位300张,建筑面积2.4万平方米,占地45亩 | 迁建',
      '2 | 德清县殡仪馆 | 德清县民政局 | 2023—2025年 | 0.8 | 改造告别厅,建筑面积3000平方米 | 改扩建',
      '',
    ].join('\n');
    const rows = draftProjects(text, plan);
    expect(rows.map(pick)).toEqual([
      { name_zh: '德清县社会福利中心', category: 'elderly_care', nature: 'relocation', location_zh: null, township_zh: null, investment_total_cny: 120000000, investment_total_text: '1.2', annual_budget_cny: null, beds: 300, floor_area_m2: 24000, site_area_m2: null, site_area_mu: 45, start_year: 2022, end_year: 2024, status_zh: null, implementer_zh: '德清县民政局' },
      { name_zh: '德清县殡仪馆', category: 'funeral', nature: 'expansion', location_zh: null, township_zh: null, investment_total_cny: 80000000, investment_total_text: '0.8', annual_budget_cny: null, beds: null, floor_area_m2: 3000, site_area_m2: null, site_area_mu: null, start_year: 2023, end_year: 2025, status_zh: null, implementer_zh: '德清县民政局' },
    ]);
    expect(quoteProblems(rows, 'test-plan', text)).toEqual([]);
    expect(rows.map((r) => r.source_quote)).toEqual(text.split('\n').slice(2, 4));
  });

  test('rows wrapped over more cells than the headings are read around their description', () => {
    const text = [
      '序号 | 项目类别 | 项目名称 | 主要建设内容 | 总投资 | 建设周期 | 责任单位',
      '1 | 养老服务 | 安吉县颐养 | 中心建设项目 | 选址递铺街道,新建养老床位500张,总建筑面积4.2万平方米。 | 3亿元 | 2022-2025年 | 安吉县民政局 | 安吉县递铺街道 | 办事处',
      '2 | 养老服务 | 安吉县失能照护中心 | 改造原有用房,设床位120张。 | 800万元 | 2021-2022年 | 安吉县民政局',
      '3 | 殡葬服务 | 安吉县公墓 | 迁建项目 | 异地迁建,规划用地面积约60亩。 | 5000万元 | 2023-2025年 | 安吉县民政局',
      '4 | 社会救助 | 临时救助 | 按时足额发放救助资金。 | 1.5亿元/年 | 2021-2025年 | 安吉县民政局',
    ].join('\n');
    expect(draftProjects(text, plan).map((r) => [r.name_zh, r.category, r.nature, r.location_zh, r.township_zh, r.investment_total_cny, r.annual_budget_text, r.beds, r.site_area_mu, r.start_year, r.end_year, r.implementer_zh])).toEqual([
      ['安吉县颐养中心建设项目', 'elderly_care', 'new', '递铺街道', '递铺街道', 300000000, null, 500, null, 2022, 2025, '安吉县民政局、安吉县递铺街道办事处'],
      ['安吉县失能照护中心', 'elderly_care', 'renovation', null, null, 8000000, null, 120, null, 2021, 2022, '安吉县民政局'],
      ['安吉县公墓迁建项目', 'funeral', 'relocation', null, null, 50000000, null, null, 60, 2023, 2025, '安吉县民政局'],
      ['临时救助', 'social_assistance', 'programme', null, null, null, '1.5亿元/年', null, null, 2021, 2025, '安吉县民政局'],
    ]);
  });

  test('an indicator table is not a project table', () => {
    const text = '指标名称 | 单位 | 2020年 | 2025年 | 属性\n养老机构护理型床位占比 | % | 48.6 | 55 | 约束性\n';
    expect(draftProjects(text, plan)).toEqual([]);
  });
});

describe('projects described in sentences', () => {
  test('one facility built with its investment in 亿元, beds in 张, areas and years', () => {
    const text = '(三)加强养老设施建设。新建德清县第二社会福利院,总投资1.5亿元,床位500张,建筑面积3.2万平方米,占地60亩,2022—2024年建设。迁建城东殡仪馆,计划投资8000万元,规划用地面积约50亩。';
    const rows = draftProjects(text, plan);
    expect(rows.map(pick)).toEqual([
      { name_zh: '德清县第二社会福利院', category: 'elderly_care', nature: 'new', location_zh: null, township_zh: null, investment_total_cny: 150000000, investment_total_text: '1.5亿元', annual_budget_cny: null, beds: 500, floor_area_m2: 32000, site_area_m2: null, site_area_mu: 60, start_year: 2022, end_year: 2024, status_zh: null, implementer_zh: null },
      { name_zh: '城东殡仪馆', category: 'funeral', nature: 'relocation', location_zh: null, township_zh: null, investment_total_cny: 80000000, investment_total_text: '8000万元', annual_budget_cny: null, beds: null, floor_area_m2: null, site_area_m2: null, site_area_mu: 50, start_year: null, end_year: null, status_zh: null, implementer_zh: null },
    ]);
    expect(rows.map((r) => r.source_quote)).toEqual(['新建德清县第二社会福利院,总投资1.5亿元,床位500张,建筑面积3.2万平方米,占地60亩,2022—2024年建设。', '迁建城东殡仪馆,计划投资8000万元,规划用地面积约50亩。']);
    expect(quoteProblems(rows, 'test-plan', text)).toEqual([]);
  });

  test('a year before 开工 is the start and one before 建成 the end', () => {
    const text = '新建德清县社会福利中心,总投资4800万元,设置床位300张,2023年开工,2025年建成。';
    const [row] = draftProjects(text, plan);
    expect([row!.start_year, row!.end_year]).toEqual([2023, 2025]);
  });

  test('a list of towns sharing one facility gives one project per town; progress in a report is its status', () => {
    const rows = draftProjects('完成新市镇、钟管镇、舞阳街道敬老院改造提升工程。莫干山镇居家养老服务中心已投入使用。', plan);
    expect(rows.map((r) => [r.name_zh, r.township_zh, r.nature, r.status_zh])).toEqual([
      ['新市镇敬老院改造提升工程', '新市镇', 'renovation', null],
      ['钟管镇敬老院改造提升工程', '钟管镇', 'renovation', null],
      ['舞阳街道敬老院改造提升工程', '舞阳街道', 'renovation', null],
      ['莫干山镇居家养老服务中心', '莫干山镇', 'new', '已投入使用'],
    ]);
  });

  test('a kind of facility built many times is a target for the values draft, not a project', () => {
    const text = '每年新建幸福邻里中心8家,到2025年新建幸福邻里中心30家。建设一批区级为老服务指导中心。完成16个乡镇(街道)未成年人保护工作站建设。';
    expect(draftProjects(text, plan)).toEqual([]);
  });
});

describe('the projects draft file', () => {
  const text = '新建德清县第二社会福利院,总投资1.5亿元,床位500张。';
  const csv = projectDraftCsv(draftProjects(text, plan));

  test('is UTF-8 with a BOM and CRLF lines, headed by the draft columns', () => {
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\ufeff${PROJECT_DRAFT_COLUMNS.join(',')}`);
    expect(PROJECT_DRAFT_COLUMNS).not.toContain('lon');
    expect(PROJECT_DRAFT_COLUMNS).not.toContain('county_code');
  });

  test('a curator’s typo is reported with file, line, column and what was found', () => {
    const lines = csv.split('\r\n');
    lines[1] = lines[1]!.replace(',elderly_care,', ',elderly,');
    const back = readProjectDraft('data/drafts/x.projects.csv', lines.join('\r\n'));
    expect(back.rows).toEqual([]);
    expect(back.errors).toEqual([expect.stringMatching(/^data\/drafts\/x\.projects\.csv:2:category: "elderly" is not one of: elderly_care, .* \(found "elderly"\)$/)]);
  });

  test('a wrong accept mark and a beds count that is not a whole number are both reported', () => {
    const lines = csv.split('\r\n');
    lines[1] = `yes${lines[1]!.replace(',500,', ',500.5,')}`;
    const back = readProjectDraft('p.csv', lines.join('\r\n'));
    expect(back.errors).toEqual([
      expect.stringMatching(/^p\.csv:2:accept: must be y \(keep\), n \(drop\) or empty \(found "yes"\)$/),
      expect.stringMatching(/^p\.csv:2:beds: "500\.5" is not a whole number \(found "500\.5"\)$/),
    ]);
  });

  test('a file without the projects draft columns is refused whole', () => {
    const back = readProjectDraft('x.csv', 'a,b\n1,2\n');
    expect(back.rows).toEqual([]);
    expect(back.errors[0]).toMatch(/^x\.csv:1: missing columns accept, project_id, doc_id/);
  });
});
