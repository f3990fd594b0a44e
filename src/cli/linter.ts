/**
 * Linting one file for the command, within a time limit (--timeout).
 *
 * lint() is synchronous and most of a runaway's time is spent inside the
 * Markdown parser (micromark is superlinear on some inputs, e.g. deeply
 * nested list staircases), where no deadline check of ours can run. So the
 * command lints in a worker thread and, when a file takes longer than the
 * limit, terminates the worker (V8 stops it wherever it is), reports that
 * file and starts a fresh worker for the next one. A worker that runs out of
 * memory on a huge input is likewise one file's error, not a crash.
 *
 * With one lane (--jobs 1, or one document) there is no worker: the main
 * thread lints under vm's timeout (MainThreadLinter). Run from the
 * TypeScript sources (tests), there is no compiled worker script: files are
 * then linted in process, one at a time, still within the time limit.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { lint } from '../shipped.js';
import type { LintOptions } from '../core/engine.js';
import type { FileReport } from '../core/types.js';
import type { LintReport } from '../core/engine.js';

/** What a file's lint gives the command: the file's report and its inline-comment findings. */
export type FileOutcome = FileReport & Pick<LintReport, 'inlineProblems' | 'unusedDirectives'>;

function fileOutcome(r: LintReport): FileOutcome {
  return {
    path: r.path,
    results: r.results,
    score: r.score,
    ...(r.phaseShares ? { phaseShares: r.phaseShares } : {}),
    ...(r.disabledInline ? { disabledInline: r.disabledInline } : {}),
    ...(r.suppressions ? { suppressions: r.suppressions } : {}),
    ...(r.ruleErrors ? { ruleErrors: r.ruleErrors } : {}),
    ...(r.inlineProblems ? { inlineProblems: r.inlineProblems } : {}),
    ...(r.unusedDirectives ? { unusedDirectives: r.unusedDirectives } : {}),
  };
}
import { formatDuration, timeLimitFor } from './limits.js';

export type LintOutcome =
  | { ok: true; report: FileOutcome }
  /** `internal`: a bug (exit 3), not a property of the input (exit 2). */
  | { ok: false; reason: string; internal: boolean };

export interface FileLinter {
  lint(text: string, options: LintOptions): Promise<LintOutcome>;
  close(): Promise<void>;
}

/** Messages between the command and its worker (plain data). */
export interface LintJob {
  id: number;
  text: string;
  options: LintOptions;
}
export type LintReply = { id: number; ok: true; report: FileOutcome } | { id: number; ok: false; message: string };

const WORKER_SCRIPT = new URL('./lint-worker.js', import.meta.url);

function internalError(message: string): LintOutcome {
  return { ok: false, reason: `internal error while linting: ${message} (please report it)`, internal: true };
}

/** An error thrown by lint(): nesting too deep for the call stack is the input's; anything else is a bug. */
function lintError(message: string): LintOutcome {
  if (/Maximum call stack size exceeded/.test(message)) {
    return { ok: false, reason: 'nested too deeply to parse (the call stack ran out)', internal: false };
  }
  return internalError(message);
}

function lintHere(text: string, options: LintOptions): LintOutcome {
  try {
    return { ok: true, report: fileOutcome(lint(text, options)) };
  } catch (error) {
    return lintError((error as Error)?.message ?? String(error));
  }
}

class WorkerLinter implements FileLinter {
  private worker: Promise<Worker> | undefined;
  private current: Worker | undefined;
  private jobs = 0;

  constructor(private readonly timeoutMs: number) {}

  /** The worker, started (and its modules loaded) on first use. */
  private start(): Promise<Worker> {
    this.worker ??= new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(WORKER_SCRIPT);
      this.current = worker;
      // errors are reported with the job that met them, never left unhandled
      worker.on('error', () => undefined);
      // a worker that is gone (even while idle) is never given another file
      worker.once('exit', () => {
        if (this.current === worker) {
          this.worker = undefined;
          this.current = undefined;
        }
      });
      worker.once('message', () => {
        worker.off('exit', failed);
        worker.unref();
        resolve(worker);
      });
      const failed = (code: number): void => reject(new Error(`the lint worker stopped while starting (exit code ${code})`));
      worker.once('exit', failed);
    });
    return this.worker;
  }

  /** Drop the worker (stopped, crashed or out of memory): the next file gets a new one. */
  private discard(): void {
    const worker = this.current;
    this.worker = undefined;
    this.current = undefined;
    void worker?.terminate();
  }

  async lint(text: string, options: LintOptions): Promise<LintOutcome> {
    let worker: Worker;
    try {
      worker = await this.start();
    } catch (error) {
      this.discard();
      return internalError((error as Error).message);
    }
    const id = ++this.jobs;
    return new Promise<LintOutcome>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const finish = (outcome: LintOutcome, discard = false): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (discard) this.discard();
        else worker.unref();
        resolve(outcome);
      };
      const onMessage = (reply: LintReply): void => {
        if (reply.id !== id) return;
        finish(reply.ok ? { ok: true, report: reply.report } : lintError(reply.message));
      };
      const onError = (error: Error & { code?: string }): void => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          finish({ ok: false, reason: 'ran out of memory while linting (a lower --max-size refuses such inputs up front)', internal: false }, true);
        } else {
          finish(internalError(error.message), true);
        }
      };
      const onExit = (code: number): void => finish(internalError(`the lint worker stopped (exit code ${code})`), true);
      const limit = timeLimitFor(this.timeoutMs, text.length);
      if (limit > 0) {
        timer = setTimeout(() => finish({ ok: false, reason: `linting took longer than ${formatDuration(limit)} (--timeout): stopped`, internal: false }, true), limit);
      }
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.ref(); // keep the process alive while the worker lints
      const job: LintJob = { id, text, options };
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    const worker = this.current;
    this.worker = undefined;
    this.current = undefined;
    await worker?.terminate();
  }
}

/**
 * Documents larger than this are linted in a worker even by the in-process
 * linter: running out of memory there is that file's error, while in the
 * main thread it would end the whole run.
 */
export const MAIN_THREAD_MAX_CHARS = 1024 * 1024;

const JOB = Symbol.for('mlsd-lint.main-thread-job');
/** Runs the pending job under vm's timeout, which interrupts even synchronous code (the parser included). */
const runJob = new Script(`globalThis[Symbol.for('mlsd-lint.main-thread-job')]()`);

function isTimeout(error: unknown): boolean {
  return (error as { code?: string })?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
}

/**
 * Lints in the main thread (--jobs 1, or a single document): no worker to
 * start, so a single file is linted at the cost of loading the modules
 * once. The time limit still holds: the lint runs under vm's `timeout`,
 * which terminates the running JavaScript wherever it is. A lint stopped
 * that way may leave module state half-updated, so every later document,
 * like every document over MAIN_THREAD_MAX_CHARS, goes to a worker.
 */
class MainThreadLinter implements FileLinter {
  private fallback: FileLinter | undefined;
  private stopped = false;

  constructor(
    private readonly timeoutMs: number,
    /** Undefined where there is no compiled worker (the TypeScript sources): everything stays here. */
    private readonly makeWorker: (() => FileLinter) | undefined,
  ) {}

  private worker(): FileLinter | undefined {
    if (this.makeWorker) this.fallback ??= this.makeWorker();
    return this.fallback;
  }

  async lint(text: string, options: LintOptions): Promise<LintOutcome> {
    const worker = this.stopped || text.length > MAIN_THREAD_MAX_CHARS ? this.worker() : undefined;
    if (worker) return worker.lint(text, options);
    const limit = timeLimitFor(this.timeoutMs, text.length);
    if (limit <= 0) return lintHere(text, options);
    let outcome: LintOutcome | undefined;
    const g = globalThis as unknown as Record<symbol, () => void>;
    g[JOB] = () => {
      outcome = lintHere(text, options);
    };
    try {
      runJob.runInThisContext({ timeout: limit });
    } catch (error) {
      if (!isTimeout(error)) throw error;
      this.stopped = true;
      return { ok: false, reason: `linting took longer than ${formatDuration(limit)} (--timeout): stopped`, internal: false };
    } finally {
      delete g[JOB];
    }
    return outcome ?? internalError('the lint ended without a report');
  }

  async close(): Promise<void> {
    await this.fallback?.close();
  }
}

export { fileOutcome };

/** Is the compiled worker script there (it is not when running from the TypeScript sources)? */
function workerAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_SCRIPT));
}

/**
 * A linter of its own for one lane of the run: in the main thread when
 * `inMainThread` (one lane), else a worker with the time limit. From the
 * TypeScript sources, where there is no compiled worker, always in process.
 */
export function createFileLinter(timeoutMs: number, inMainThread = false): FileLinter {
  if (!workerAvailable()) return new MainThreadLinter(timeoutMs, undefined);
  const worker = (): FileLinter => new WorkerLinter(timeoutMs);
  return inMainThread ? new MainThreadLinter(timeoutMs, worker) : worker();
}
