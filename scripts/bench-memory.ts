/**
 * Part 4 of `npm run bench` (issue 13, item 8): memory on many small
 * files. A folder of `--mem-docs` documents (default 10,000) built as in
 * part 3 (unique copies of ../shared/corpus), linted by the built command
 * with `-f json -o file` and `-f sarif -o file` (each with the --jobs
 * values of `--mem-jobs`, default 2); each run is its own process, and its
 * peak memory is the process's maxRSS (worker threads included) recorded
 * by part 3's preload. Every row is also run on a tenth of the folder, so
 * the growth per file shows: (peak at N - peak at N/10) / (0.9 N). A
 * command that keeps every file's results until the end grows by about
 * 110 KB per file here; one that writes each file's results as it goes
 * grows only by what its summary keeps (the ranking: a path, a total and
 * a band per file).
 *
 * One run per row: what is measured is memory, which the machine's load
 * does not change; the wall time is shown for orientation only. At 10,000
 * documents a row takes a quarter of an hour on a 2-core machine.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, buildFolder, CORPUS, corpusDocuments, runChild, writePreload } from './bench-cli.js';

const MIB = 1024 * 1024;

interface Row {
  format: string;
  jobs: number;
  docs: number;
  wallS: number;
  peakMib: number;
  reportMib: number;
  status: number | null;
}

export function memoryBench(count: number, jobs: number[]): void {
  const docs = corpusDocuments();
  if (docs.length === 0) {
    process.stdout.write(`\n4. memory on many files: skipped, no corpus at ${CORPUS}\n`);
    return;
  }
  const small = Math.max(1, Math.round(count / 10));
  const dir = mkdtempSync(join(tmpdir(), 'mlsd-lint-bench-mem-'));
  const smallDir = join(dir, 'small');
  const bytes = buildFolder(dir, docs, count);
  // the first tenth of the same sequence, in a folder of its own
  mkdirSync(smallDir);
  const smallBytes = buildFolder(smallDir, docs, small);
  const preload = writePreload(dir);
  const usage = join(dir, 'usage.jsonl');
  process.stdout.write(
    `\n4. memory on many files: ${count} documents (${(bytes / MIB).toFixed(1)} MiB) and a tenth of them (${small}, ${(smallBytes / MIB).toFixed(1)} MiB), ` +
      `unique copies of ${docs.length} corpus documents; one process per row, peak = maxRSS with the workers\n\n` +
      `  format   jobs   docs   wall s   peak MiB   report MiB   KiB per file (peak growth from ${small} to ${count})\n`,
  );
  const rows: Row[] = [];
  for (const format of ['json', 'sarif']) {
    for (const j of jobs) {
      for (const [n, cwd] of [
        [small, smallDir],
        [count, dir],
      ] as const) {
        const out = join(dir, `report.${format}`);
        const run = runChild([BIN, 'docs', '-f', format, '-o', out, '--jobs', String(j)], cwd, preload, usage);
        const row: Row = { format, jobs: j, docs: n, wallS: run.wall / 1000, peakMib: run.rssMib, reportMib: statSync(out).size / MIB, status: run.status };
        rows.push(row);
        rmSync(out, { force: true });
        const smaller = rows.find((r) => r.format === format && r.jobs === j && r.docs === small);
        const perFile = n === count && smaller && count > small ? `${(((row.peakMib - smaller.peakMib) * 1024) / (count - small)).toFixed(1)}` : '';
        process.stdout.write(
          `  ${format.padEnd(6)} ${String(j).padStart(5)} ${String(n).padStart(6)} ${row.wallS.toFixed(0).padStart(8)} ${row.peakMib.toFixed(0).padStart(10)} ${row.reportMib.toFixed(1).padStart(12)}   ${perFile}\n`,
        );
      }
    }
  }
  rmSync(dir, { recursive: true, force: true });
}
