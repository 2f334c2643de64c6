// Projects described in running text: a sentence that builds, rebuilds, moves or opens one named
// facility (新建县级养老服务综合体1家, 北仑区社会福利院扩建工程已开工建设, 完成市殡仪馆改造提升), with
// the figures written after it (总投资1.2亿元, 床位300张, 建筑面积2万平方米, 占地30亩, 2021—2023年).
// A kind of facility built many times (新建幸福邻里中心30家, 16个乡镇未成年人保护工作站) is a
// target, not a project, and is left to the values draft.
import { projectRowOf, type ProjectDraftRow } from './projectDraftRow';
import { figuresIn } from './projectFigures';
import { categoryOfWords, FACILITY_NOUN, natureOfWords, PLACE_ONLY, startsWithPlace, townshipIn } from './projectWords';
import { lineNumberAt } from './textParts';

/** Words of building work or of a building's progress: a sentence without one describes no project. */
const WORKS = /新建|改建|扩建|迁建|续建|建设|建成|改造|修缮|装修|搬迁|搬入|开工|竣工|投入使用|投入运营|落成|完工/;

/** Verbs and particles before a facility's name: its name begins after them. */
const BOUNDARY_WORDS = [
  '改扩建', '完成', '建有', '促进', '升级为', '成为', '推进', '启动', '加快', '实施', '开展', '新建', '改建', '扩建', '迁建', '续建', '建设', '建成', '打造', '依托',
  '目前', '已经', '正在', '推动', '加强', '提升', '改造', '修缮', '做好', '抓好', '新增', '建立', '筹建', '规划', '计划', '确保',
  '力争', '全面', '积极', '争取', '探索', '投资', '引进', '支持', '鼓励', '利用', '通过', '围绕', '结合',
  '已', '的', '在', '对', '将', '把', '是', '为', '由', '并', '等', '以', '到', '至', '于', '从', '拟', '及', '与', '和',
];
/** 和/与/及 join two facilities ("A中心和B中心") but also begin names (和平镇): they end a name only after a facility noun. */
const CONNECTORS = new Set(['和', '与', '及']);
const FACILITY_END = new RegExp(`${FACILITY_NOUN}$`);
const NAME_CHAR = /[\u4e00-\u9fff()（）]/;

/** Where a name ending at `end` begins: scanning left over name characters until a boundary word or punctuation. */
function nameStart(text: string, from: number, end: number): number {
  let i = end;
  while (i > from && NAME_CHAR.test(text[i - 1]!)) {
    // An opening parenthesis the name does not close belongs to the text before: 社区服务中心(党群服务中心.
    if (/[(（]/.test(text[i - 1]!) && !/[)）]/.test(text.slice(i, end))) break;
    const before = text.slice(from, i);
    const word = BOUNDARY_WORDS.find((w) => before.endsWith(w));
    if (word && i < end && (!CONNECTORS.has(word) || FACILITY_END.test(before.slice(0, -1)))) break;
    i -= 1;
  }
  return i;
}

/** What may follow a facility's name: punctuation, its progress, its count or figures, a particle. Anything else continues a longer noun (服务中心平台). */
const AFTER_NAME = /^(?:$|[,，。;；:：、()（）\s]|已|正|将|于|在|的|为|是|和|与|及|等|建设|改造|提升|扩建|改建|迁建|修缮|装修|搬|投入|开工|竣工|建成|落成|完成|工作|主体|整体|试点|年底|依托|位于|选址|占地|总投资|计划|实施|\d|[一二两三四五六七八九十]+[家个所座处幢栋])/;
/** Work named after the facility that belongs to the project's name (…扩建工程, 市殡仪馆改造提升, 纪念馆修缮). */
const WORK_SUFFIX = /^(?:(?:改造提升|提升改造|改扩建|扩建|改建|迁建|修缮|搬迁|建设)?(?:工程|项目)|改造提升|提升改造|修缮|扩建|迁建)/;
/** The work the sentence does is done to this facility: a verb right before its name, or work or progress right after it. */
const VERB_BEFORE = /(新建|改建|扩建|迁建|续建|建设|建成|改造|修缮|完成|筹建|兴建|装修)$/;
const PROGRESS_AFTER = /^(?:已|正在|建设(?!标准|水平|力度|规范|管理|体系|任务|工作)|改造|扩建|改建|迁建|修缮|装修|搬|投入使用|投入运营|开工|竣工|建成|落成)/;
const COUNT_AFTER = /^(\d+|[一二两三四五六七八九十百]+)(?:家|个|所|座|处|幢|栋)/;
const PLURAL_BEFORE = /(?:(\d+|[一二两三四五六七八九十百千]+)(?:个|家|所|座|处|批|类|项)|若干|各类|各|每个|每年|所有|多个|部分)$/;
const PLACEHOLDER = /[XxＸ×]/;
/** A clause that names a facility or counts many things (照料中心156家, 项目20个) is about something else. */
const OTHER_TOPIC = new RegExp(`${FACILITY_NOUN}|(\\d+|[两三四五六七八九十百千]+)[个家所座处项]`);

/** Where a list of places ending at a name's start begins (洪桥镇、泗安镇、画溪街道…): the verb stands before the list. */
function listStart(text: string, from: number, start: number): number {
  let s = start;
  while (text[s - 1] === '、') {
    const itemStart = nameStart(text, from, s - 1);
    if (!PLACE_ONLY.test(text.slice(itemStart, s - 1))) break;
    s = itemStart;
  }
  return s;
}

interface Named {
  name: string;
  /** Offsets of the name in the text. */
  start: number;
  end: number;
  /** Places of a list sharing this facility (洪桥镇、泗安镇…社会福利中心): one project each. */
  places: string[];
  specific: boolean;
}

/** Facilities one clause names, with whether each is one building (a place in its name, a count of one, its progress). */
function facilitiesIn(text: string, from: number, to: number): Named[] {
  const clause = text.slice(from, to);
  const byStart = new Map<number, Named>();
  // 建成A院、B院和C院: one verb governs every facility of a list.
  let governedEnd = -1;
  for (const m of clause.matchAll(new RegExp(FACILITY_NOUN, 'g'))) {
    let end = from + m.index + m[0].length;
    const suffix = WORK_SUFFIX.exec(text.slice(end, to));
    if (suffix) end += suffix[0].length;
    const after = text.slice(end, to);
    if (!AFTER_NAME.test(after)) continue;
    const start = nameStart(text, from, from + m.index);
    let name = text.slice(start, end);
    // A name after a template's placeholder (XX镇敬老院) names no real place.
    if ([...name].length < 4 || PLACEHOLDER.test(name) || PLACEHOLDER.test(text[start - 1] ?? '')) continue;
    const before = text.slice(from, start);
    const listed = governedEnd >= 0 && /^[、和及与]$/.test(text.slice(governedEnd, start));
    if (!suffix && !listed && !PROGRESS_AFTER.test(after) && !VERB_BEFORE.test(text.slice(from, listStart(text, from, start)))) continue;
    governedEnd = end;
    const count = COUNT_AFTER.exec(after);
    const many = PLURAL_BEFORE.exec(before)?.[0];
    if ((many && !/^(1|一)[个家所座处]$/.test(many)) || (count && !/^(1|一)$/.test(count[1]!)) || /^等/.test(after)) continue;
    // A list of places before one facility (洪桥镇、泗安镇、画溪街道社会福利中心): the last place is the name's head.
    const head = /^[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|村|社区|县|区|市)/.exec(name)?.[0];
    const first = head ? listStart(text, from, start) : start;
    const places = first < start ? [...text.slice(first, start - 1).split('、'), head!] : [];
    if (places.length > 0) name = name.slice(head!.length);
    const specific = places.length > 0 || startsWithPlace(name) || (count !== null) || /^(已|正在|目前)/.test(after) || /(1|一)[个家所座处]$/.test(before);
    const found: Named = { name, start: first, end, places, specific };
    const earlier = byStart.get(found.start);
    if (!earlier || earlier.end < found.end) byStart.set(found.start, found);
  }
  return [...byStart.values()];
}

/** The topic of a paragraph: its first sentence (3.加强养老基础设施建设。), for the category of a facility its sentence does not place. */
const topicOf = (line: string) => line.split(/[。;；]/)[0] ?? '';

/** One draft row per facility a sentence builds or reports on (one per place of a list of places). */
export function projectsFromSentences(text: string, docId: string): ProjectDraftRow[] {
  const out: ProjectDraftRow[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineAt = lineStart;
    lineStart += line.length + 1;
    if (line.includes(' | ') || /\S \|$/.test(line)) continue;
    for (const s of line.matchAll(/[^。;；!！?？]+[。;；!！?？]?/g)) {
      const sentence = s[0];
      const sAt = lineAt + s.index;
      if (!WORKS.test(sentence)) continue;
      const clauses = [...sentence.matchAll(/[^,，:：]+[,，:：]?/g)].map((c) => [sAt + c.index, sAt + c.index + c[0].length] as const);
      const named = clauses.flatMap(([a, b]) => facilitiesIn(text, a, b).map((f) => ({ ...f, clauseStart: a })));
      named.forEach((f) => {
        // A facility's figures run from its clause to the next clause about other facilities or many things.
        const next = clauses.find(([a, b]) => a > f.clauseStart && OTHER_TOPIC.test(text.slice(a, b)));
        const segment = text.slice(f.clauseStart, next ? next[0] : sAt + sentence.length);
        const figures = figuresIn(segment);
        // One building: a place in its name, a count of one, its progress, or its own figures (总投资, 床位, 面积).
        const own = Object.keys(figures.money).length > 0 || figures.beds !== null || figures.floor_area_m2 !== null || figures.site_area_m2 !== null || figures.site_area_mu !== null;
        if (!f.specific && !own) return;
        // A year written just before a start (2023年开工) is when it starts; one before an opening or
        // completion (2018年9月…投入运营, 到2025年建成) is when it ends; a lone year beside a completion word too.
        const started = /(?<!\d)((?:19|20)\d{2})年[^,，。;；]{0,6}?(开工|动工|启动建设|开建)/.exec(sentence);
        const ended = /(?<!\d)((?:19|20)\d{2})年[^,，。;；]{0,8}?(投入使用|投入运营|建成|竣工|落成|完工)/.exec(sentence);
        if (figures.start_year === null && started) figures.start_year = Number(started[1]);
        const completed = ended ?? (!started && /投入使用|投入运营|建成|竣工|落成|完工/.test(sentence) ? /(?<!\d)((?:19|20)\d{2})年(?!\s*[—–\-~～至到])/.exec(sentence) : null);
        if (figures.end_year === null && completed) figures.end_year = Number(completed[1]);
        const clauseEnd = clauses.find(([a, b]) => f.end > a && f.end <= b)?.[1] ?? f.end;
        const after = text.slice(f.end, clauseEnd).replace(/[,，:：。;；!！?？]$/, '');
        const status = /^(已|正在|目前)/.test(after) ? after : null;
        const works = text.slice(f.clauseStart, clauseEnd);
        const places = f.places.length > 0 ? f.places : [null];
        for (const place of places) {
          const name = place === null ? f.name : place + f.name;
          const township = townshipIn(place ?? '') ?? townshipIn(figures.location ?? '') ?? townshipIn(name);
          out.push(projectRowOf({
            name,
            category: categoryOfWords([name, sentence, topicOf(line)]),
            nature: natureOfWords(works) ?? natureOfWords(sentence) ?? 'new',
            location: figures.location ?? place,
            township,
            figures,
            status,
            implementer: null,
            quote: sentence,
            quoteStart: sAt,
            line: lineNumberAt(text, sAt),
            docId,
          }));
        }
      });
    }
  }
  return out;
}
