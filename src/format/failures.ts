/** The failing results of a report, file by file (--quiet: severity error only). Shared by the CI formats. */
import type { Report } from '../core/report.js';
import type { FileReport, RuleResult } from '../core/types.js';

export function failures(report: Report, quiet: boolean): Array<{ file: FileReport; result: RuleResult }> {
  return report.files.flatMap((file) =>
    file.results.filter((r) => r.status === 'fail' && r.severity !== 'off' && (!quiet || r.severity === 'error')).map((result) => ({ file, result })),
  );
}
