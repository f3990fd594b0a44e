/**
 * The page's side of the lint worker (playground/src/worker-client.ts) with
 * a fake worker and fake timers: one lint in flight, only the newest
 * waiting text linted next, and a runaway lint stopping the worker.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLintClient, type LintClientEvents } from '../playground/src/worker-client.js';
import type { FromWorker, ToWorker } from '../playground/src/protocol.js';
import type { FileReport } from '../src/core/types.js';

class FakeWorker {
  posted: ToWorker[] = [];
  terminated = false;
  private listeners = new Map<string, Array<(event: { data?: unknown; message?: string }) => void>>();
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  postMessage(message: ToWorker): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: FromWorker): void {
    for (const l of this.listeners.get('message') ?? []) l({ data });
  }
  lints(): string[] {
    return this.posted.flatMap((m) => (m.type === 'lint' ? [m.text] : []));
  }
}

const REPORT = { path: 'design.md', results: [], score: { total: 42 } } as unknown as FileReport;
const request = (text: string) => ({ text, path: 'design.md', rubric: { kind: 'shipped' as const, name: 'interview' } });

function setup() {
  const workers: FakeWorker[] = [];
  const log: string[] = [];
  const events: LintClientEvents = {
    ready: () => log.push('ready'),
    report: (r, _notes, _ms, latest) => log.push(`report ${r.score.total}${latest ? ' latest' : ''}`),
    lintError: (m, latest) => log.push(`error ${m}${latest ? ' latest' : ''}`),
    stopped: (reason) => log.push(`stopped: ${reason}`),
  };
  const client = createLintClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  }, events, 30_000);
  const last = () => workers[workers.length - 1]!;
  const seqOf = (w: FakeWorker, text: string) => (w.posted.find((m) => m.type === 'lint' && m.text === text) as Extract<ToWorker, { type: 'lint' }>).seq;
  return { client, workers, log, last, seqOf };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the lint client', () => {
  it('keeps one lint in flight and lints only the newest text typed meanwhile', () => {
    const { client, log, last, seqOf } = setup();
    client.lint(request('a'));
    client.lint(request('ab'));
    client.lint(request('abc'));
    expect(last().lints()).toEqual(['a']);
    last().answer({ type: 'report', seq: seqOf(last(), 'a'), report: REPORT, notes: [], ms: 1 });
    expect(last().lints()).toEqual(['a', 'abc']);
    expect(log).toEqual(['report 42']); // not the latest: "abc" is on its way
    last().answer({ type: 'report', seq: seqOf(last(), 'abc'), report: REPORT, notes: [], ms: 1 });
    expect(log).toEqual(['report 42', 'report 42 latest']);
  });

  it('ignores answers to lints it did not send (or already settled)', () => {
    const { client, log, last, seqOf } = setup();
    client.lint(request('a'));
    last().answer({ type: 'report', seq: 99, report: REPORT, notes: [], ms: 1 });
    expect(log).toEqual([]);
    last().answer({ type: 'lint-error', seq: seqOf(last(), 'a'), message: 'boom' });
    last().answer({ type: 'report', seq: seqOf(last(), 'a'), report: REPORT, notes: [], ms: 1 });
    expect(log).toEqual(['error boom latest']);
  });

  it('announces the first worker only', () => {
    const { log, last } = setup();
    last().answer({ type: 'ready', rubrics: [], defaultRubric: 'interview' });
    last().answer({ type: 'ready', rubrics: [], defaultRubric: 'interview' });
    expect(log).toEqual(['ready']);
  });

  it('stops a lint that runs past the time limit, starts a fresh worker and re-sends the uploaded rubric', async () => {
    const { client, workers, log, last, seqOf } = setup();
    const upload = client.uploadRubric('{"id":"course"}', 'course.json');
    const ask = last().posted.find((m) => m.type === 'rubric') as Extract<ToWorker, { type: 'rubric' }>;
    last().answer({ type: 'reply', id: ask.id, rubric: { ok: true, id: 'course', title: 'Course' } });
    await expect(upload).resolves.toEqual({ ok: true, id: 'course', title: 'Course' });

    client.lint(request('slow'));
    const pendingFormat = client.format('html', REPORT);
    vi.advanceTimersByTime(29_999);
    expect(workers).toHaveLength(1);
    client.lint(request('slow, edited'));
    vi.advanceTimersByTime(1);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(log).toEqual(['stopped: linting took longer than 30 s and was stopped; edit the document to try again']);
    await expect(pendingFormat).rejects.toThrow('restarted');
    // the new worker gets the rubric first, then the text typed since
    expect(last().posted.map((m) => m.type)).toEqual(['rubric', 'lint']);
    expect(last().lints()).toEqual(['slow, edited']);
    // a late answer from the stopped worker's lint is not shown
    workers[0]!.answer({ type: 'report', seq: seqOf(workers[0]!, 'slow'), report: REPORT, notes: [], ms: 1 });
    expect(log).toHaveLength(1);
  });

  it('does not lint the runaway text again by itself', () => {
    const { client, workers } = setup();
    client.lint(request('slow'));
    vi.advanceTimersByTime(30_000);
    expect(workers[1]!.lints()).toEqual([]);
  });

  it('rejects a request the worker answers with an error, instead of waiting forever', async () => {
    const { client, last } = setup();
    const pending = client.format('html', REPORT);
    const ask = last().posted.find((m) => m.type === 'format') as Extract<ToWorker, { type: 'format' }>;
    last().answer({ type: 'reply', id: ask.id, error: 'formatter broke' });
    await expect(pending).rejects.toThrow('formatter broke');
  });

  it('a failed rubric upload keeps the previous rubric for restarts', async () => {
    const { client, last } = setup();
    const upload = client.uploadRubric('{', 'bad.json');
    const ask = last().posted.find((m) => m.type === 'rubric') as Extract<ToWorker, { type: 'rubric' }>;
    last().answer({ type: 'reply', id: ask.id, rubric: { ok: false, problems: ['bad.json: not valid JSON'] } });
    await expect(upload).resolves.toEqual({ ok: false, problems: ['bad.json: not valid JSON'] });
    client.lint(request('x'));
    vi.advanceTimersByTime(30_000);
    expect(last().posted).toEqual([]);
  });
});
