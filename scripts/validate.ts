/**
 * npm run validate — checks every table against the data contract and prints
 * all problems as file:line:column: reason. Exit 1 if there are any.
 * DATA_DIR points it at another folder (the tests' fixtures).
 */
import { checkDataset } from '../src/lib/validation/loadDataset';
import { dataDir } from '../src/lib/data/dataDir';
import { formatIssue } from '../src/lib/validation/issues';

const { dataset, issues } = checkDataset(dataDir());
if (issues.length) {
  // One write, and no process.exit(): the process ends when stderr is drained, so
  // output piped to a file or another program keeps every line and the summary.
  process.stderr.write(`${issues.map(formatIssue).join('\n')}\n\n${issues.length} problem(s); nothing was published.\n`);
  process.exitCode = 1;
} else {
  report();
}

function report(): void {
const count = (name: keyof typeof dataset) => (Array.isArray(dataset[name]) ? (dataset[name] as unknown[]).length : 0);
console.log(
  `data valid: ${count('documents')} documents, ${count('indicators')} indicators, ${count('indicator_values')} values, ` +
    `${count('projects')} projects, ${count('notes')} notes, ${count('concepts')} concepts`,
);
}
