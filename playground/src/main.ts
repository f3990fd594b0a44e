/**
 * The playground page: wires the editor, the lint worker, the report view,
 * the rubric picker, downloads, the draft and practice mode. Linting is
 * debounced and runs in the worker (worker-client.ts keeps one lint in
 * flight); the page shows the newest answer.
 */
import type { FileReport, Phase } from '../../src/core/types.js';
import { suppressionLine } from '../../src/format/suppressions.js';
import { byId, el, replaceChildren } from './dom.js';
import { createEditor } from './editor.js';
import { browserStorage, draftStore } from './draft.js';
import { evidenceMarks, renderReport } from './report-view.js';
import { setupPractice } from './practice-view.js';
import { createLintClient } from './worker-client.js';
import { workerScriptUrl } from './worker-url.js';
// the bundled worker's URL (Vite builds lint-worker.ts as a module worker chunk)
import lintWorkerPath from './lint-worker.ts?worker&url';
import type { DownloadFormat, RubricChoice } from './protocol.js';

const DEBOUNCE_MS = 250;
const MAX_RUBRIC_BYTES = 1024 * 1024; // as the CLI
const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024; // the CLI's default --max-size
const UPLOADED = 'uploaded';

const textarea = byId<HTMLTextAreaElement>('document');
const editor = createEditor(textarea, byId('mirror'));
const draft = draftStore(browserStorage());
const status = byId('lint-status');
const notes = byId('notes');
const rubricSelect = byId<HTMLSelectElement>('rubric');
const rubricFile = byId<HTMLInputElement>('rubric-file');
const rubricProblems = byId('rubric-problems');
const documentFile = byId<HTMLInputElement>('document-file');
const targets = { score: byId('score'), fixes: byId('fixes'), results: byId('results') };

let documentName = 'design.md';
let lastReport: FileReport | null = null;
let spentShares: Record<Phase, number> | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/** An event handler whose failure is said on the page, not lost in the console. */
function guarded<A extends unknown[]>(what: string, handler: (...args: A) => Promise<void>): (...args: A) => void {
  return (...args) => {
    handler(...args).catch((error: unknown) => {
      status.textContent = `Could not ${what}: ${(error as Error).message}.`;
    });
  };
}

/** Tests (and the curious) can tell when the report answers the current text. */
function setPending(pending: boolean): void {
  if (pending) document.body.dataset.pending = 'true';
  else delete document.body.dataset.pending;
}

const announcer = byId('score-announcer');

function show(report: FileReport): void {
  // a screen reader hears the score when it changes, not every lint
  const said = `Score ${report.score.total} of 100, ${report.score.band}.`;
  if (announcer.textContent !== said) announcer.textContent = said;
  lastReport = report;
  renderReport(targets, report, { onJump: (line) => editor.jumpTo(line), spentShares });
  editor.mark(evidenceMarks(report));
  document.body.dataset.state = 'graded';
}

// created once: a Trusted Types policy name can be used only once per page
const workerUrl = workerScriptUrl(new URL(lintWorkerPath, location.href));
const client = createLintClient(() => new Worker(workerUrl, { type: 'module' }), {
  ready(rubrics, defaultRubric) {
    replaceChildren(rubricSelect, ...rubrics.map((r) => el('option', { value: r.name, selected: r.name === defaultRubric }, `${r.name}: ${r.title}`)));
    lintNow();
  },
  report(report, lintNotes, ms, latest) {
    // what the CLI says beside the report: comments not applied, rules silenced by comments, rules that threw
    const said = [
      ...lintNotes,
      // each rule a comment silenced, with the comment's line and reason (issue 15: never raised unseen)
      ...(report.suppressions ?? []).map((x) => `line ${x.line}: ${suppressionLine(x)}`),
      ...(report.ruleErrors ?? []).map((e) => `rule ${e.rule} could not run (not scored): ${e.message}`),
    ];
    replaceChildren(notes, ...said.map((n) => el('li', {}, n)));
    show(report);
    if (latest && timer === undefined) {
      status.textContent = editor.text().trim() === '' ? 'The document is empty: paste, type or open one, or press "New from template".' : `Linted in ${Math.round(ms)} ms.`;
      setPending(false);
    }
  },
  lintError(message, latest) {
    status.textContent = `Could not lint: ${message}`;
    if (latest && timer === undefined) setPending(false);
  },
  stopped(reason) {
    status.textContent = `The linter stopped: ${reason}.`;
    setPending(false);
  },
});

function rubricChoice(): RubricChoice {
  return rubricSelect.value === UPLOADED ? { kind: 'uploaded' } : { kind: 'shipped', name: rubricSelect.value };
}

function lintNow(): void {
  clearTimeout(timer);
  timer = undefined;
  setPending(true);
  status.textContent = 'Linting…';
  client.lint({ text: editor.text(), path: documentName, rubric: rubricChoice() });
}

function lintSoon(): void {
  setPending(true);
  clearTimeout(timer);
  timer = setTimeout(lintNow, DEBOUNCE_MS);
}

// --- the document: typing, the draft, opening or dropping a file ---
let saveTimer: ReturnType<typeof setTimeout> | undefined;
textarea.addEventListener('input', () => {
  lintSoon();
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    if (!draft.save(editor.text())) status.textContent = 'This browser does not keep the draft (storage unavailable).';
  }, DEBOUNCE_MS);
});

function setDocument(text: string, name = documentName): void {
  documentName = name;
  editor.setText(text);
  draft.save(text);
  lintNow();
}

byId('clear-draft').addEventListener('click', () => {
  clearTimeout(saveTimer);
  setDocument('', 'design.md');
  editor.annotate(new Map());
  draft.clear(); // after setDocument, which saves: nothing is left
  status.textContent = 'Draft cleared: nothing of it is kept in this browser.';
  textarea.focus();
});

byId('new-template').addEventListener(
  'click',
  guarded('write the template', async () => {
    setDocument(await client.template(''));
    textarea.focus();
  }),
);

async function openFile(file: File): Promise<void> {
  if (file.size > MAX_DOCUMENT_BYTES) {
    status.textContent = `${file.name} is larger than 10 MB: not opened.`;
    return;
  }
  setDocument(await file.text(), file.name);
  status.textContent = `Opened ${file.name}.`;
}

documentFile.addEventListener(
  'change',
  guarded('open the file', async () => {
    const file = documentFile.files?.[0];
    documentFile.value = '';
    if (file) await openFile(file);
  }),
);
// a file dropped on the editor is opened (the browser would otherwise navigate to it)
textarea.addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
});
textarea.addEventListener('drop', (event) => {
  const file = event.dataTransfer?.files[0];
  if (!file) return;
  event.preventDefault();
  guarded('open the file', openFile)(file);
});

// --- rubrics ---
rubricSelect.addEventListener('change', lintNow);
async function uploadRubric(): Promise<void> {
  const file = rubricFile.files?.[0];
  rubricFile.value = '';
  if (!file) return;
  replaceChildren(rubricProblems);
  if (file.size > MAX_RUBRIC_BYTES) {
    replaceChildren(rubricProblems, el('li', {}, `${file.name}: larger than the ${MAX_RUBRIC_BYTES} byte limit for a rubric`));
    return;
  }
  const reply = await client.uploadRubric(await file.text(), file.name);
  if (!reply.ok) {
    replaceChildren(rubricProblems, ...reply.problems.map((p) => el('li', {}, p)));
    rubricProblems.focus();
    return;
  }
  rubricSelect.querySelector(`option[value="${UPLOADED}"]`)?.remove();
  rubricSelect.appendChild(el('option', { value: UPLOADED }, `${reply.id} (uploaded): ${reply.title}`));
  rubricSelect.value = UPLOADED;
  lintNow();
}
rubricFile.addEventListener('change', guarded('read the rubric', uploadRubric));

// --- downloads: the CLI's formatters, run in the worker ---
const DOWNLOADS: Record<DownloadFormat, { extension: string; mime: string }> = {
  html: { extension: 'report.html', mime: 'text/html' },
  markdown: { extension: 'report.md', mime: 'text/markdown' },
  json: { extension: 'report.json', mime: 'application/json' },
};
async function download(format: DownloadFormat): Promise<void> {
  if (!lastReport) return;
  const text = await client.format(format, lastReport);
  const { extension, mime } = DOWNLOADS[format];
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = el('a', { href: url, download: `${documentName.replace(/\.(md|markdown|txt)$/i, '')}.${extension}` });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
for (const format of Object.keys(DOWNLOADS) as DownloadFormat[]) {
  byId(`download-${format}`).addEventListener('click', guarded('make the report', () => download(format)));
}

// --- practice mode ---
// starting a practice run replaces the editor's text: what was there can be brought back
const restore = byId<HTMLButtonElement>('restore-text');
let replaced: { text: string; name: string } | null = null;
restore.addEventListener('click', () => {
  if (replaced) setDocument(replaced.text, replaced.name);
  editor.annotate(new Map()); // the practice headings and their clocks are gone
  replaced = null;
  restore.hidden = true;
  textarea.focus();
});

setupPractice({
  editor: textarea,
  annotate: (notes) => editor.annotate(notes),
  async startWriting(problem) {
    spentShares = undefined;
    const text = await client.template(problem);
    const before = editor.text();
    if (before.trim() !== '') {
      replaced = { text: before, name: documentName };
      restore.hidden = false;
    }
    setDocument(text, 'practice.md');
    // the caret under the first heading's prompt: ready to write the clarification
    const at = text.indexOf('-->', text.indexOf('## 1.'));
    if (at >= 0) textarea.setSelectionRange(at + 4, at + 4);
    // the caret is near the top: show the top (focusing would scroll to where the caret was)
    textarea.focus({ preventScroll: true });
    textarea.scrollTop = 0;
  },
  finished(shares) {
    spentShares = shares;
    if (lastReport) show(lastReport);
    lintNow();
    byId('score-heading').scrollIntoView({ block: 'start' });
  },
});

// the draft comes back on reload
const saved = draft.load();
if (saved !== null) editor.setText(saved);
