/** The failing results of a report, file by file (--quiet: severity error only). Shared by the CI formats. */
import type { Report } from '../core/report.js';
import type { FileReport, RuleError, RuleResult } from '../core/types.js';

/** Rules that threw, file by file: every format shows them (even with --quiet: they are internal errors). */
export function ruleErrors(report: Report): Array<{ file: FileReport; error: RuleError }> {
  return report.files.flatMap((file) => (file.ruleErrors ?? []).map((error) => ({ file, error })));
}

/** One line for a rule that threw, as the CLI writes it on stderr. */
export function ruleErrorText(error: RuleError): string {
  return `rule ${error.rule} failed: ${error.message}`;
}

export function failures(report: Report, quiet: boolean): Array<{ file: FileReport; result: RuleResult }> {
  return report.files.flatMap((file) =>
    file.results.filter((r) => r.status === 'fail' && r.severity !== 'off' && (!quiet || r.severity === 'error')).map((result) => ({ file, result })),
  );
}

/**
 * Where a failure is reported, the same in every format (issue 15): its
 * line and column as the core placed it (its first piece of evidence, or
 * for something missing its phase's heading, else line 1); a hand-built
 * report without them falls back to the first evidence, then line 1.
 */
export function failurePlace(r: RuleResult): { line: number; column: number } {
  if (r.line !== undefined) return { line: r.line, column: r.column ?? 1 };
  const e = r.evidence[0];
  return e ? { line: e.line, column: e.column } : { line: 1, column: 1 };
}

/** Files whose total is below --min-score (none without a gate). */
export function belowMinScore(report: Report, minScore: number | undefined): FileReport[] {
  return minScore ? report.files.filter((f) => f.score.total < minScore) : [];
}
