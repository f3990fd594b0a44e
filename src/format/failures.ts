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
