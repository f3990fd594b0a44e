/**
 * The multi-file report: every file's results and score, and a summary.
 * Plain data, the shape documented in the README ("JSON report").
 */
import { PHASES, type FileReport, type Phase } from './types.js';

export interface Summary {
  files: number;
  /** Failing rules of severity error / warn, over all files. */
  errors: number;
  warnings: number;
  passed: number;
  failed: number;
  notApplicable: number;
  /** Rules silenced by inline comments (one per rule and comment), over all files: a raised grade is never unseen. */
  suppressed: number;
  /** Mean of the files' total scores, 0-100 (null without files). */
  meanScore: number | null;
  /** Mean per phase over the files where the phase applies. */
  meanPhases: Record<Phase, number | null>;
  /** Inputs that could not be read, with the reason. */
  unreadable: Array<{ path: string; reason: string }>;
  /** The rubric that graded the files (null without files). */
  rubric: string | null;
  /** The files from the highest total to the lowest (ties keep input order). */
  ranking: Array<{ path: string; total: number; band: string }>;
}

export interface Report {
  files: FileReport[];
  summary: Summary;
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

export function summarize(files: readonly FileReport[], unreadable: Summary['unreadable'] = []): Summary {
  let errors = 0;
  let warnings = 0;
  let passed = 0;
  let failed = 0;
  let notApplicable = 0;
  for (const f of files) {
    for (const r of f.results) {
      if (r.status === 'pass') passed++;
      else if (r.status === 'n/a') notApplicable++;
      else {
        failed++;
        if (r.severity === 'error') errors++;
        else if (r.severity === 'warn') warnings++;
      }
    }
  }
  const meanPhases = {} as Record<Phase, number | null>;
  for (const p of PHASES) meanPhases[p] = mean(files.flatMap((f) => (f.score.phases[p] === null ? [] : [f.score.phases[p]!])));
  return {
    files: files.length,
    errors,
    warnings,
    passed,
    failed,
    notApplicable,
    suppressed: files.reduce((n, f) => n + (f.suppressions?.length ?? 0), 0),
    meanScore: mean(files.map((f) => f.score.total)),
    meanPhases,
    unreadable: [...unreadable],
    rubric: files[0]?.score.rubric ?? null,
    ranking: files.map((f) => ({ path: f.path, total: f.score.total, band: f.score.band })).sort((a, b) => b.total - a.total),
  };
}
