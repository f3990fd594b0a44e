/**
 * The run's summary (src/core/report.ts summarize()) added up a file at a
 * time, so the command keeps numbers rather than files: counts and sums
 * for the means, the ranking's three fields per file (the ranking lists
 * every file, so it is the one part that grows with the run) and the
 * unreadable inputs. summary() gives what summarize(files, unreadable)
 * gives for the same files (a test checks it): the means sum the same
 * numbers in the same order.
 */
import { PHASES, type FileReport, type Phase } from '../core/types.js';
import type { Summary } from '../core/report.js';

function mean(sum: number, count: number): number | null {
  return count === 0 ? null : Math.round(sum / count);
}

export class SummaryTally {
  private files = 0;
  private errors = 0;
  private warnings = 0;
  private passed = 0;
  private failed = 0;
  private notApplicable = 0;
  private suppressed = 0;
  private total = 0;
  private readonly phaseSum = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
  private readonly phaseCount = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
  private rubric: string | null = null;
  private readonly ranking: Summary['ranking'] = [];

  add(f: FileReport): void {
    this.files++;
    for (const r of f.results) {
      if (r.status === 'pass') this.passed++;
      else if (r.status === 'n/a') this.notApplicable++;
      else {
        this.failed++;
        if (r.severity === 'error') this.errors++;
        else if (r.severity === 'warn') this.warnings++;
      }
    }
    for (const p of PHASES) {
      const v = f.score.phases[p];
      if (v === null) continue;
      this.phaseSum[p] += v;
      this.phaseCount[p]++;
    }
    this.suppressed += f.suppressions?.length ?? 0;
    this.total += f.score.total;
    if (this.files === 1) this.rubric = f.score.rubric;
    this.ranking.push({ path: f.path, total: f.score.total, band: f.score.band });
  }

  summary(unreadable: Summary['unreadable']): Summary {
    const meanPhases = {} as Record<Phase, number | null>;
    for (const p of PHASES) meanPhases[p] = mean(this.phaseSum[p], this.phaseCount[p]);
    return {
      files: this.files,
      errors: this.errors,
      warnings: this.warnings,
      passed: this.passed,
      failed: this.failed,
      notApplicable: this.notApplicable,
      suppressed: this.suppressed,
      meanScore: mean(this.total, this.files),
      meanPhases,
      unreadable: [...unreadable],
      rubric: this.rubric,
      // highest first; sort is stable, so ties keep input order
      ranking: [...this.ranking].sort((a, b) => b.total - a.total),
    };
  }
}
