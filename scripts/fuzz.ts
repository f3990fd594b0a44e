/**
 * Long property run over the whole pipeline (the CI-sized run is
 * test/property.test.ts):
 *
 *   npm run fuzz                                  # cases 0 .. 999,999 of the default seed
 *   npm run fuzz -- 50000 --seed 7 --jobs 2
 *   npm run fuzz -- 1000000 --seed 7 --offset 123456   # resume: cases 123,456 .. 999,999
 *
 * `N` is the end of the run (cases 0 .. N-1), `--offset K` starts it at case
 * K. Case i of a seed is the same document whatever the offset, the jobs or
 * the session (scripts/hostile/fuzz-plan.ts), so a run of 1,000,000 cases can
 * be split across sessions: every 30 s, on SIGINT / SIGTERM and at the end
 * the run prints `fuzz: checked cases K .. M-1 of seed S` and the command
 * that resumes it at M. Documents come from scripts/hostile/arbitraries.ts
 * (`anyDocument`), the properties from scripts/hostile/properties.ts; a
 * failure names its case and the fast-check seed that replays it. Exit code
 * 1 when a property fails (or the run was interrupted), 2 for bad arguments.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkDocument } from './hostile/properties.js';
import { checkCase, jobIndices, nextOffset } from './hostile/fuzz-plan.js';

interface Job {
  seed: number;
  offset: number;
  end: number;
  job: number;
  jobs: number;
}
type Progress = { done: number } | { done: number; failure: string };

/** Report after this many cases (and at the end). */
const REPORT_EVERY = 50;

function runJob(job: Job, report: (p: Progress) => void): void {
  let done = 0;
  for (const index of jobIndices(job.offset, job.end, job.job, job.jobs)) {
    const failure = checkCase(job.seed, index, checkDocument);
    done++;
    if (failure !== undefined) {
      report({ done, failure });
      return;
    }
    if (done % REPORT_EVERY === 0) report({ done });
  }
  report({ done });
}

function usage(message: string): never {
  process.stderr.write(`fuzz: ${message}\nUsage: npm run fuzz -- [cases] [--seed N] [--offset K] [--jobs N]\n`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): { end: number; seed: number; offset: number; jobs: number } {
  let end = 1_000_000;
  let seed = 20_240_601;
  let offset = 0;
  let jobs = availableParallelism();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): number => {
      const v = Number(argv[++i]);
      if (!Number.isSafeInteger(v)) usage(`${arg} needs an integer`);
      return v;
    };
    if (arg === '--seed') seed = value();
    else if (arg === '--jobs') jobs = value();
    else if (arg === '--offset') offset = value();
    else if (/^\d+$/.test(arg)) end = Number(arg);
    else usage(`unknown argument "${arg}"`);
  }
  if (end < 1 || jobs < 1) usage('cases and jobs must be at least 1');
  if (offset < 0 || offset >= end) usage(`--offset must be in 0 .. ${end - 1}`);
  return { end, seed, offset, jobs: Math.min(jobs, end - offset) };
}

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 3600)}h ${String(Math.floor(s / 60) % 60).padStart(2, '0')}m ${String(s % 60).padStart(2, '0')}s`;
}

async function main(): Promise<void> {
  const { end, seed, offset, jobs } = parseArgs(process.argv.slice(2));
  const started = Date.now();
  process.stdout.write(`fuzz: cases ${offset} .. ${end - 1} of seed ${seed}, ${jobs} job${jobs === 1 ? '' : 's'}\n`);
  const done = new Array<number>(jobs).fill(0);
  const failures: string[] = [];
  const workers: Worker[] = [];
  const progress = (): string => {
    const next = nextOffset(offset, end, done);
    const now = Date.now();
    const checked = done.reduce((a, b) => a + b, 0);
    const rate = (checked / Math.max(1, (now - started) / 1000)).toFixed(1);
    const head = next > offset ? `checked cases ${offset} .. ${next - 1} of seed ${seed}` : `checked no case from ${offset} of seed ${seed}`;
    const resume = next < end ? `; resume: npm run fuzz -- ${end} --seed ${seed} --offset ${next}` : '; run complete';
    return `fuzz: ${head} (${next - offset} in this session, ${duration(now - started)}, ${rate} cases/s)${resume}\n`;
  };
  let interrupted = false;
  const stop = (signal: NodeJS.Signals): void => {
    interrupted = true;
    process.stdout.write(`fuzz: ${signal}\n`);
    for (const w of workers) void w.terminate();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const timer = setInterval(() => process.stdout.write(progress()), 30_000);
  const results = Array.from({ length: jobs }, (_, j) => {
    const job: Job = { seed, offset, end, job: j, jobs };
    return new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: job });
      workers.push(worker);
      worker.on('message', (p: Progress) => {
        done[j] = p.done;
        if ('failure' in p) failures.push(p.failure);
      });
      worker.on('error', reject);
      worker.on('exit', () => resolve());
    });
  });
  await Promise.all(results);
  clearInterval(timer);
  for (const f of failures) process.stdout.write(`\nFAILED ${f}\n`);
  const checked = done.reduce((a, b) => a + b, 0);
  process.stdout.write(`fuzz: ${checked} cases checked, ${failures.length} failure${failures.length === 1 ? '' : 's'}, seed ${seed}, ${jobs} job${jobs === 1 ? '' : 's'}\n`);
  process.stdout.write(progress());
  process.exitCode = failures.length > 0 || interrupted ? 1 : 0;
}

if (isMainThread) {
  main().catch((error: unknown) => {
    process.stderr.write(`fuzz: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  });
} else {
  runJob(workerData as Job, (p) => parentPort!.postMessage(p));
}
