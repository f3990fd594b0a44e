/**
 * GitHub Actions workflow commands (`--format github`): one
 * `::error` / `::warning file=…,line=…,col=…,title=…::message` line per
 * failing rule, which GitHub shows as annotations on the file. Escaped
 * as GitHub's toolkit does: `%`, CR and LF in the message; also `:` and `,`
 * in properties; other control characters, bidi overrides and line
 * separators (from file names or document text) as visible `\u{..}`, so the
 * output is one command per line. Unreadable inputs are `::error` lines too,
 * and so is each file below --min-score (the gate fails the run: the pull
 * request shows why). What inline comments silenced is a `::notice` at the
 * comment, so a raised grade shows on the pull request too.
 */
import { belowMinScore, failurePlace, failures, ruleErrors, ruleErrorText } from './failures.js';
import { suppressionsOf, suppressionLine } from './suppressions.js';
import { terminalSafe } from './escape.js';
import type { Formatter } from './types.js';

export function escapeData(text: string): string {
  // then every other control, bidi override or line separator as a visible \u{..}: a runner log shows the
  // commands raw, and U+0085 or U+2028 there would start a new line (a forged command)
  return terminalSafe(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (report, { quiet, minScore }) => {
  const lines = failures(report, quiet).map(({ file, result: r }) => {
    const command = r.severity === 'error' ? 'error' : 'warning';
    const at = failurePlace(r);
    const properties = `file=${escapeProperty(file.path)},line=${at.line},col=${at.column},title=${escapeProperty(r.rule)}`;
    return `::${command} ${properties}::${escapeData(r.message ?? r.rule)}`;
  });
  for (const { file, error } of ruleErrors(report)) {
    lines.push(`::error file=${escapeProperty(file.path)},title=${escapeProperty(error.rule)}::${escapeData(ruleErrorText(error))}`);
  }
  for (const f of belowMinScore(report, minScore)) {
    lines.push(`::error file=${escapeProperty(f.path)},line=1,col=1,title=min-score::${escapeData(`score ${f.score.total} is below --min-score ${minScore} (${f.score.band})`)}`);
  }
  for (const { file, suppression: s } of suppressionsOf(report)) {
    const properties = `file=${escapeProperty(file.path)},line=${s.line},col=${s.column},title=${escapeProperty(`${s.rule} silenced inline`)}`;
    lines.push(`::notice ${properties}::${escapeData(suppressionLine(s))}`);
  }
  for (const f of report.files) {
    for (const u of f.unusedDirectives ?? []) lines.push(`::error file=${escapeProperty(f.path)},line=${u.line},col=${u.column},title=unused-disable-directive::${escapeData(u.message)}`);
  }
  for (const u of report.summary.unreadable) lines.push(`::error file=${escapeProperty(u.path)},title=mlsd-lint::${escapeData(`cannot lint: ${u.reason}`)}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
