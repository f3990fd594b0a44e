/**
 * Which cases a fuzz run checks, as a pure function of (seed, case index),
 * so a long run can be split across sessions and resumed by seed and
 * offset (issue 14, item 8): case `i` of seed `S` is one fast-check run of
 * one case whose seed is `caseSeed(S, i)`, whatever the offset, the number
 * of jobs or the session it runs in. `--offset K` therefore checks exactly
 * the cases K.. of a run from 0 (test/fuzz-plan.test.ts).
 */
import fc from 'fast-check';
import { anyDocument } from './arbitraries.js';

/** The fast-check seed of case `index` of run `seed` (a 32-bit mix, splitmix-like). */
export function caseSeed(seed: number, index: number): number {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul((index | 0) + 0x7f4a7c15, 0x85ebca6b)) | 0;
  // the index may exceed 2^32 only in theory; fold its high part in too
  h = (h ^ Math.floor(index / 0x1_0000_0000)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** The document of case `index` of run `seed` (what `checkCase` checks). */
export function caseDocument(seed: number, index: number): string {
  return fc.sample(anyDocument, { seed: caseSeed(seed, index), numRuns: 1 })[0]!;
}

/** Case indices job `job` of `jobs` checks in [offset, end): offset + job, offset + job + jobs, ... */
export function* jobIndices(offset: number, end: number, job: number, jobs: number): Generator<number> {
  for (let i = offset + job; i < end; i += jobs) yield i;
}

/**
 * The first case index not yet checked, when job j has checked the first
 * `done[j]` of its indices: every case before it is checked, so a run
 * resumed at this offset misses nothing.
 */
export function nextOffset(offset: number, end: number, done: readonly number[]): number {
  const jobs = done.length;
  const least = Math.min(...done);
  const first = done.indexOf(least);
  return Math.min(end, offset + least * jobs + first);
}

/** Check case `index`: undefined when the property holds, else the failure (shrunk) with its replay. */
export function checkCase(seed: number, index: number, check: (text: string) => void): string | undefined {
  const details = fc.check(
    fc.property(anyDocument, (text) => {
      check(text);
    }),
    { seed: caseSeed(seed, index), numRuns: 1 },
  );
  if (!details.failed) return undefined;
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return `case ${index} of seed ${seed} (fast-check seed ${caseSeed(seed, index)}): ${error}\n${fc.defaultReportMessage(details) ?? ''}`;
}
