/**
 * Wording shared by the formats for what inline comments silenced (issue
 * 15): every format shows each suppression (rule, the comment's line, its
 * reason) so a grade raised by a comment is never raised unseen, and a
 * silenced must-have reads as silenced, never as passed. Pure functions.
 */
import type { Report } from '../core/report.js';
import type { FileReport, Suppression } from '../core/types.js';

/** Every suppression of a report with its file, in report order. */
export function suppressionsOf(report: Report): Array<{ file: FileReport; suppression: Suppression }> {
  return report.files.flatMap((file) => (file.suppressions ?? []).map((suppression) => ({ file, suppression })));
}

/** What the result was before the comment: "failing error", "passing", "n/a". */
export function wasLabel(s: Suppression): string {
  if (s.status === 'fail') return `failing ${s.severity}`;
  return s.status === 'pass' ? 'passing' : 'n/a';
}

/** "must-have (caps at 69)" for a must-have, else null. */
export function mustHaveLabel(s: Suppression): string | null {
  return s.cap === undefined ? null : `must-have (caps the total at ${s.cap} when it fails)`;
}

/** "disable comment at line 3" / "disable-file comment at line 1". */
export function commentLabel(s: Suppression): string {
  return `${s.directive} comment at line ${s.line}`;
}

/** What the silencing did: the whole result left out (not graded) or some failing lines. */
export function scopeLabel(s: Suppression): string {
  if (s.scope === 'lines') return `line${s.lines.length === 1 ? '' : 's'} ${s.lines.join(', ')} of the failure silenced; still reported`;
  return 'left out of the grade';
}

/** One line: "baseline-before-deep-model: failing error, must-have (...), left out of the grade by the disable comment at line 3 -- reason". */
export function suppressionLine(s: Suppression): string {
  const must = mustHaveLabel(s);
  const reason = s.reason === null ? 'no reason given' : `“${s.reason}”`;
  return `${s.rule}: ${wasLabel(s)}${must ? `, ${must}` : ''}; ${scopeLabel(s)} by the ${commentLabel(s)}: ${reason}`;
}

/** Silenced must-haves that fail: the caps the grade escapes, worded; null when none. */
export function silencedCapNote(file: FileReport): string | null {
  const escaped = (file.suppressions ?? []).filter((s) => s.cap !== undefined && s.status === 'fail' && s.scope === 'result');
  if (escaped.length === 0) return null;
  const rules = [...new Set(escaped.map((s) => `${s.rule} (line ${s.line})`))].join(', ');
  const cap = Math.min(...escaped.map((s) => s.cap!));
  return `must-have${escaped.length === 1 ? '' : 's'} ${rules} silenced inline, not passed: failing, ${escaped.length === 1 ? 'it' : 'they'} would cap the total at ${cap} (--no-inline-config grades without comments)`;
}

/** "2 silenced inline" for a tally; null when nothing was. */
export function suppressedTally(count: number): string | null {
  return count === 0 ? null : `${count} silenced inline`;
}
