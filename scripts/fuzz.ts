/**
 * Long property run over the whole pipeline (the CI-sized run is
 * test/property.test.ts):
 *
 *   npm run fuzz                        # 1,000,000 cases
 *   npm run fuzz -- 50000 --seed 7 --jobs 2
 *
 * Documents come from scripts/hostile/arbitraries.ts (`anyDocument`), the
 * properties from scripts/hostile/properties.ts. Cases are split over
 * worker threads (--jobs, default: the number of CPUs) and over chunks with
 * their own seeds, so a failure names the seed that replays it. Exit code 1
 * when a property fails, 2 for bad arguments.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { anyDocument } from './hostile/arbitraries.js';
import { checkDocument } from './hostile/properties.js';

/** Cases per fast-check run: a failure replays from that run's seed. */
const CHUNK = 2000;

interface Job {
  seed: number;
  cases: number;
}
type Progress = { done: number } | { done: number; failure: string };

function runJob(job: Job, report: (p: Progress) => void): void {
  let done = 0;
  for (let chunk = 0; done < job.cases; chunk++) {
    const numRuns = Math.min(CHUNK, job.cases - done);
    const seed = (job.seed + chunk) | 0;
    const details = fc.check(
      fc.property(anyDocument, (text) => {
        checkDocument(text);
      }),
      { seed, numRuns },
    );
    if (details.failed) {
      const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      report({ done: done + details.numRuns, failure: `seed ${seed}: ${error}\n${fc.defaultReportMessage(details) ?? ''}` });
      return;
    }
    done += numRuns;
    report({ done });
  }
}

function usage(message: string): never {
  process.stderr.write(`fuzz: ${message}\nUsage: npm run fuzz -- [cases] [--seed N] [--jobs N]\n`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): { cases: number; seed: number; jobs: number } {
  let cases = 1_000_000;
  let seed = 20_240_601;
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
    else if (/^\d+$/.test(arg)) cases = Number(arg);
    else usage(`unknown argument "${arg}"`);
  }
  if (cases < 1 || jobs < 1) usage('cases and jobs must be at least 1');
  return { cases, seed, jobs: Math.min(jobs, cases) };
}

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 3600)}h ${String(Math.floor(s / 60) % 60).padStart(2, '0')}m ${String(s % 60).padStart(2, '0')}s`;
}

async function main(): Promise<void> {
  const { cases, seed, jobs } = parseArgs(process.argv.slice(2));
  const started = Date.now();
  process.stdout.write(`fuzz: ${cases} cases, seed ${seed}, ${jobs} job${jobs === 1 ? '' : 's'}\n`);
  const done = new Array<number>(jobs).fill(0);
  const failures: string[] = [];
  let lastPrint = started;
  const results = Array.from({ length: jobs }, (_, j) => {
    const job: Job = { seed: seed + j * 1_000_003, cases: Math.floor(cases / jobs) + (j < cases % jobs ? 1 : 0) };
    return new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: job });
      worker.on('message', (p: Progress) => {
        done[j] = p.done;
        if ('failure' in p) failures.push(p.failure);
        const now = Date.now();
        if (now - lastPrint > 30_000) {
          lastPrint = now;
          const total = done.reduce((a, b) => a + b, 0);
          process.stdout.write(`fuzz: ${total} / ${cases} cases, ${duration(now - started)}, ${Math.round(total / ((now - started) / 1000))} cases/s\n`);
        }
      });
      worker.on('error', reject);
      worker.on('exit', () => resolve());
    });
  });
  await Promise.all(results);
  const total = done.reduce((a, b) => a + b, 0);
  const elapsed = Date.now() - started;
  const rate = Math.round(total / Math.max(1, elapsed / 1000));
  for (const f of failures) process.stdout.write(`\nFAILED ${f}\n`);
  process.stdout.write(`fuzz: ${total} cases, ${failures.length} failure${failures.length === 1 ? '' : 's'}, seed ${seed}, ${jobs} jobs, ${duration(elapsed)} (${rate} cases/s)\n`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

if (isMainThread) {
  main().catch((error: unknown) => {
    process.stderr.write(`fuzz: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  });
} else {
  runJob(workerData as Job, (p) => parentPort!.postMessage(p));
}
