/**
 * --jobs: documents are worked on in lanes, each lane one document at a
 * time with a linter of its own (a worker thread), so N lanes keep N cores
 * busy. Results are stored by the document's index and reported in input
 * order afterwards, so the output does not depend on which lane finished
 * first.
 */
import { availableParallelism } from 'node:os';

/** The default --jobs: one lane per core the process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Without --jobs, a worker lane per this many documents at most: starting a
 * worker loads every module again (about 0.5 s of CPU, measured with the
 * corpus's documents on the 2-core machine), the cost of linting about 8
 * of them, so a handful of documents is linted faster in the main thread.
 */
export const DOCUMENTS_PER_DEFAULT_LANE = 8;

/** The number of lanes for a run: --jobs (never more than there are documents), else one per core and per 8 documents; at least one. */
export function laneCount(jobs: number | undefined, documents: number, cores = defaultJobs()): number {
  const wanted = jobs ?? Math.min(cores, Math.floor(documents / DOCUMENTS_PER_DEFAULT_LANE));
  return Math.max(1, Math.min(wanted, documents));
}

/** Run `work` on every item, `lanes` at a time; `lane` (0-based) says which lane runs it. */
export async function inLanes<T>(items: readonly T[], lanes: number, work: (item: T, index: number, lane: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (n: number): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index, n);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, lanes) }, (_, n) => lane(n)));
}
