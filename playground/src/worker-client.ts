/**
 * The page's side of the lint worker. At most one lint is in flight: text
 * typed meanwhile waits, and only the newest waiting text is linted next,
 * so a slow lint never piles up stale work. A lint that runs longer than
 * the time limit (lint() itself has none; the CLI bounds it the same way)
 * stops the worker; a fresh one takes over, with the uploaded rubric sent
 * to it again.
 */
import type { FileReport } from '../../src/core/types.js';
import type { DownloadFormat, FromWorker, RubricChoice, RubricReply, ToWorker } from './protocol.js';

export const LINT_TIME_LIMIT_MS = 30_000;

export interface LintRequest {
  text: string;
  path: string;
  rubric: RubricChoice;
}

export interface LintClientEvents {
  ready(rubrics: Array<{ name: string; title: string }>, defaultRubric: string): void;
  /** `latest`: no newer text is waiting. */
  report(report: FileReport, notes: string[], ms: number, latest: boolean): void;
  lintError(message: string, latest: boolean): void;
  /** The worker was stopped (time limit) or failed to load. */
  stopped(reason: string): void;
}

type Reply = Exclude<Extract<FromWorker, { type: 'reply' }>, { error: string }>;

export interface LintClient {
  lint(request: LintRequest): void;
  uploadRubric(text: string, source: string): Promise<RubricReply>;
  format(format: DownloadFormat, report: FileReport): Promise<string>;
  template(problem: string): Promise<string>;
}

export function createLintClient(makeWorker: () => Worker, events: LintClientEvents, timeLimitMs = LINT_TIME_LIMIT_MS): LintClient {
  let worker: Worker;
  let seq = 0;
  let inFlight: { seq: number; timer: ReturnType<typeof setTimeout> } | null = null;
  let waiting: LintRequest | null = null;
  let nextId = 0;
  const replies = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  let uploaded: { text: string; source: string } | null = null;
  let announced = false;

  function post(message: ToWorker): void {
    worker.postMessage(message);
  }

  function send(request: LintRequest): void {
    seq += 1;
    const mine = seq;
    inFlight = { seq: mine, timer: setTimeout(() => runaway(mine), timeLimitMs) };
    post({ type: 'lint', seq: mine, ...request });
  }

  function settle(forSeq: number): boolean {
    if (!inFlight || inFlight.seq !== forSeq) return false;
    clearTimeout(inFlight.timer);
    inFlight = null;
    return true;
  }

  function sendWaiting(): void {
    if (inFlight || !waiting) return;
    const next = waiting;
    waiting = null;
    send(next);
  }

  function onMessage(event: MessageEvent<FromWorker>): void {
    const message = event.data;
    switch (message.type) {
      case 'ready':
        if (!announced) events.ready(message.rubrics, message.defaultRubric);
        announced = true;
        return;
      case 'report':
        if (!settle(message.seq)) return;
        events.report(message.report, message.notes, message.ms, waiting === null);
        sendWaiting();
        return;
      case 'lint-error':
        if (!settle(message.seq)) return;
        events.lintError(message.message, waiting === null);
        sendWaiting();
        return;
      case 'reply': {
        const pending = replies.get(message.id);
        replies.delete(message.id);
        if ('error' in message) pending?.reject(new Error(message.error));
        else pending?.resolve(message);
        return;
      }
    }
  }

  function start(): void {
    worker = makeWorker();
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', (event) => events.stopped(`the linter could not run (${event.message || 'it did not load'}); reload the page`));
    if (uploaded) post({ type: 'rubric', id: -1, ...uploaded });
  }

  function runaway(forSeq: number): void {
    if (!settle(forSeq)) return;
    worker.terminate();
    for (const pending of replies.values()) pending.reject(new Error('the linter was restarted'));
    replies.clear();
    start();
    events.stopped(`linting took longer than ${Math.round(timeLimitMs / 1000)} s and was stopped; edit the document to try again`);
    sendWaiting(); // newer text than the runaway, if any
  }

  function ask(build: (id: number) => ToWorker): Promise<Reply> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      replies.set(id, { resolve, reject });
      post(build(id));
    });
  }

  start();
  return {
    lint(request) {
      waiting = request;
      sendWaiting();
    },
    async uploadRubric(text, source) {
      const reply = await ask((id) => ({ type: 'rubric', id, text, source }));
      if (!('rubric' in reply)) throw new Error('unexpected reply');
      if (reply.rubric.ok) uploaded = { text, source };
      return reply.rubric;
    },
    async format(format, report) {
      const reply = await ask((id) => ({ type: 'format', id, format, report }));
      if (!('text' in reply)) throw new Error('unexpected reply');
      return reply.text;
    },
    async template(problem) {
      const reply = await ask((id) => ({ type: 'template', id, problem }));
      if (!('text' in reply)) throw new Error('unexpected reply');
      return reply.text;
    },
  };
}
