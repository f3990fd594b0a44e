/**
 * The lint worker: the same core `lint` as the CLI, off the page's main
 * thread, so typing never waits for a lint. It also compiles uploaded
 * rubrics (the same schema and checks as `--rubric file.json`), formats the
 * downloadable reports with the CLI's formatters, and writes templates.
 */
/// <reference lib="webworker" />
// the shipped rules bound into the core, exactly as the CLI runs them
import { compileRubric, getRubric, lint } from '../../src/shipped.js';
import { rules } from '../../rules/index.js';
import { DEFAULT_RUBRIC, rubricNames, RubricError, type Rubric } from '../../src/core/rubric.js';
import { summarize } from '../../src/core/report.js';
import { designTemplate } from '../../src/core/template.js';
import { html } from '../../src/format/html.js';
import { json } from '../../src/format/json.js';
import { markdown } from '../../src/format/markdown.js';
import type { DownloadFormat, FromWorker, ToWorker } from './protocol.js';
import type { FileReport } from '../../src/core/types.js';

declare const self: DedicatedWorkerGlobalScope;

const FORMATTERS = { html, json, markdown } as const satisfies Record<DownloadFormat, unknown>;

let uploaded: Rubric | null = null;

function post(message: FromWorker): void {
  self.postMessage(message);
}

/** An uploaded rubric's text, checked exactly as the CLI checks a rubric file. */
function compileUploaded(text: string, source: string): Rubric {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new RubricError(source, [`not valid JSON (${(error as Error).message})`]);
  }
  return compileRubric(data, source);
}

function handle(message: ToWorker): void {
  switch (message.type) {
    case 'lint': {
      const started = performance.now();
      try {
        const rubric = message.rubric.kind === 'uploaded' && uploaded ? uploaded : message.rubric.kind === 'shipped' ? message.rubric.name : DEFAULT_RUBRIC;
        // messages and inline problems are the CLI's stderr, not part of the report
        const { messages: _messages, inlineProblems, ...report } = lint(message.text, { path: message.path, rubric });
        const notes = (inlineProblems ?? []).map((p) => `line ${p.line}:${p.column}: ${p.message}`);
        post({ type: 'report', seq: message.seq, report: report satisfies FileReport, notes, ms: performance.now() - started });
      } catch (error) {
        post({ type: 'lint-error', seq: message.seq, message: (error as Error).message });
      }
      return;
    }
    case 'rubric': {
      try {
        uploaded = compileUploaded(message.text, message.source);
        post({ type: 'reply', id: message.id, rubric: { ok: true, id: uploaded.id, title: uploaded.title } });
      } catch (error) {
        if (!(error instanceof RubricError)) throw error;
        post({ type: 'reply', id: message.id, rubric: { ok: false, problems: error.message.split('\n') } });
      }
      return;
    }
    case 'format': {
      const report = { files: [message.report], summary: summarize([message.report]) };
      post({ type: 'reply', id: message.id, text: FORMATTERS[message.format](report, { color: false, quiet: false }) });
      return;
    }
    case 'template':
      post({ type: 'reply', id: message.id, text: designTemplate(rules, { problem: message.problem }) });
      return;
  }
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    handle(message);
  } catch (error) {
    // the page waits for an answer to every request: it gets one, never silence
    if (message.type === 'lint') post({ type: 'lint-error', seq: message.seq, message: (error as Error).message });
    else post({ type: 'reply', id: message.id, error: (error as Error).message });
  }
});
post({ type: 'ready', rubrics: rubricNames().map((name) => ({ name, title: getRubric(name).title })), defaultRubric: DEFAULT_RUBRIC });
