// The local server behind `npm run review-draft`: serves one draft's review page on 127.0.0.1 and
// writes the curator's Save back to data/drafts/<doc_id>.csv (checked, atomically, previous version
// kept as .bak). Only the page it served may save: Host and Origin must be this server.
import { copyFileSync, existsSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseCsv } from '../data/csv';
import { readUtf8File } from '../data/readText';
import { readDraft } from './readDraft';
import { reviewPageHtml, reviewPagePolicy } from './reviewPage';
import { checkSave, draftVersion } from './reviewSave';

/** A Save body larger than this is refused unread (a draft of a long plan is well under 1 MB). */
export const MAX_SAVE_BYTES = 5 * 1024 * 1024;

export interface ReviewFiles {
  title: string;
  text: string;
  /** The draft file, as named in messages (relative to the working folder). */
  draftFile: string;
  draftPath: string;
  draftText: string;
  rows: ReturnType<typeof readDraft>['rows'];
}

/** Reads what the review of one document needs; every problem as file:line[:column]: reason. */
export function loadReview(dataDir: string, docId: string): { ok: true; files: ReviewFiles } | { ok: false; errors: string[] } {
  // Files under the working folder by their relative name (data/drafts/x.csv), others in full.
  const name = (path: string) => {
    const inside = relative(process.cwd(), path);
    return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : resolve(path);
  };
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(docId)) return { ok: false, errors: [`"${docId}" is not a doc_id (lower-case letters, digits and hyphens)`] };
  const documentsPath = join(dataDir, 'documents.csv');
  const documents = readUtf8File(documentsPath);
  if (!documents.ok) return { ok: false, errors: [`${name(documentsPath)}:${documents.line}: ${documents.reason}`] };
  const table = parseCsv(name(documentsPath), documents.text);
  if (table.problems.some((p) => p.fatal)) return { ok: false, errors: table.errors };
  const record = table.rows.find((r) => r.record['doc_id'] === docId);
  if (!record) return { ok: false, errors: [`${name(documentsPath)}: has no doc_id ${docId}`] };
  const sourcePath = join(dataDir, 'sources', `${docId}.txt`);
  const source = readUtf8File(sourcePath);
  if (!source.ok) return { ok: false, errors: [`${name(sourcePath)}:${source.line}: ${source.reason}`] };
  const draftPath = join(dataDir, 'drafts', `${docId}.csv`);
  const draft = readUtf8File(draftPath);
  if (!draft.ok) return { ok: false, errors: [`${name(draftPath)}:${draft.line}: ${draft.reason}${existsSync(draftPath) ? '' : ` (run npm run draft-document -- ${docId} first)`}`] };
  const { rows, errors } = readDraft(name(draftPath), draft.text);
  if (errors.length) return { ok: false, errors };
  const title = record.record['title_zh'] || docId;
  return { ok: true, files: { title, text: source.text, draftFile: name(draftPath), draftPath, draftText: draft.text, rows } };
}

export interface ReviewServerOptions {
  dataDir: string;
  docId: string;
  /** 0 picks a free port. */
  port: number;
}

export interface ReviewServer {
  server: Server;
  url: string;
  /** The draft file being reviewed, as named in messages. */
  draftFile: string;
  close(): Promise<void>;
}

const HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...HEADERS, 'Content-Type': type, ...extra }).end(body);
}
const sendJson = (res: ServerResponse, status: number, value: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
const sendText = (res: ServerResponse, status: number, text: string) => send(res, status, 'text/plain; charset=utf-8', `${text}\n`);

/** The body as text, or null when it grows past MAX_SAVE_BYTES (then 413 is sent and the rest ignored). */
function readBody(req: IncomingMessage, res: ServerResponse): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const tooLarge = () => {
      sendJson(res, 413, { message: `the request body is larger than ${MAX_SAVE_BYTES} bytes` });
      req.resume();
      resolve(null);
    };
    if (declared > MAX_SAVE_BYTES) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_SAVE_BYTES) {
        req.removeAllListeners('data');
        return tooLarge();
      }
      chunks.push(chunk);
    });
    req.on('end', () => size <= MAX_SAVE_BYTES && resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Writes the file through a temporary one renamed over it, so a crash leaves the old or the new file, never half of one; the old one is kept as .bak. */
function writeDraftAtomically(path: string, text: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  if (existsSync(path)) copyFileSync(path, `${path}.bak`);
  renameSync(temp, path);
}

export function startReviewServer({ dataDir, docId, port }: ReviewServerOptions): Promise<ReviewServer> {
  const first = loadReview(dataDir, docId);
  if (!first.ok) return Promise.reject(new Error(first.errors.join('\n')));
  let origins: string[] = [];

  async function save(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!origins.includes(req.headers.origin ?? '')) return sendJson(res, 403, { message: 'only the review page served here may save (Origin is not this server)' });
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return sendJson(res, 415, { message: 'the request body must be application/json' });
    const body = await readBody(req, res);
    if (body === null) return;
    const review = loadReview(dataDir, docId);
    if (!review.ok) return sendJson(res, 409, { message: `the draft cannot be read now: ${review.errors.slice(0, 3).join('; ')}` });
    const check = checkSave(body, { file: review.files.draftFile, text: review.files.draftText });
    if (!check.ok) return sendJson(res, check.status, check.failure);
    writeDraftAtomically(review.files.draftPath, check.csv);
    sendJson(res, 200, check.answer);
  }

  function page(res: ServerResponse): void {
    const review = loadReview(dataDir, docId);
    if (!review.ok) return sendText(res, 500, review.errors.join('\n'));
    const { title, text, rows, draftText } = review.files;
    const html = reviewPageHtml({ docId, title, text, rows, version: draftVersion(draftText) });
    send(res, 200, 'text/html; charset=utf-8', html, { 'Content-Security-Policy': `${reviewPagePolicy()}; frame-ancestors 'none'` });
  }

  const server = createServer((req, res) => {
    // A page elsewhere cannot reach this server by a name of its own (DNS rebinding): the Host must be ours.
    if (!origins.some((o) => o === `http://${req.headers.host ?? ''}`)) return sendText(res, 403, 'unknown Host');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/' && (req.method === 'GET' || req.method === 'HEAD')) return page(res);
    if (path === '/save' && req.method === 'POST') {
      save(req, res).catch((e: unknown) => sendJson(res, 500, { message: `saving failed: ${String(e)}` }));
      return;
    }
    if (path === '/favicon.ico') return void res.writeHead(204, HEADERS).end();
    sendText(res, path === '/' || path === '/save' ? 405 : 404, path === '/' || path === '/save' ? 'method not allowed' : 'not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      origins = [`http://127.0.0.1:${actual}`, `http://localhost:${actual}`];
      resolve({ server, url: `http://127.0.0.1:${actual}/`, draftFile: first.files.draftFile, close: () => new Promise((ok) => server.close(() => ok())) });
    });
  });
}
