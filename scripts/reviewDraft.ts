// Serves a draft's review page: `npm run review-draft -- <doc_id> [--port N]` (data/drafts/README.md).
// DATA_DIR points it at another data folder.
import { dataDir } from '../src/lib/data/dataDir';
import { startReviewServer } from '../src/lib/drafting/reviewServer';

const USAGE = 'usage: npm run review-draft -- <doc_id> [--port N]';
const args = process.argv.slice(2);
const portAt = args.indexOf('--port');
const portText = portAt >= 0 ? args[portAt + 1] : '4400';
const positional = args.filter((a, i) => !a.startsWith('--') && !(portAt >= 0 && i === portAt + 1));
const docId = positional[0];
const port = Number(portText);
if (!docId || positional.length > 1 || !Number.isInteger(port) || port < 0 || port > 65535 || args.some((a) => a.startsWith('--') && a !== '--port')) {
  console.error(USAGE);
  process.exit(2);
}

try {
  const { url, draftFile } = await startReviewServer({ dataDir: dataDir(), docId, port });
  console.log(`Reviewing ${draftFile} at ${url}`);
  console.log('Ctrl-C to stop');
} catch (e) {
  const error = e as NodeJS.ErrnoException;
  console.error(error.code === 'EADDRINUSE' ? `port ${port} is in use: pass --port N` : error.message);
  process.exit(1);
}
