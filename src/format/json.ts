/**
 * The JSON report (documented in the README): every file, every rule that
 * ran (passes and n/a included), scores and a summary. With --quiet only
 * failing error-severity results are kept.
 */
import type { Formatter } from './types.js';

export const json: Formatter = (report, { quiet }) => {
  const files = quiet
    ? report.files.map((f) => ({ ...f, results: f.results.filter((r) => r.status === 'fail' && r.severity === 'error') }))
    : report.files;
  return `${JSON.stringify({ files, summary: report.summary }, null, 2)}\n`;
};
