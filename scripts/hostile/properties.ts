/**
 * The properties every input must keep, document text in, report out:
 *
 * 1. no exception escapes lint() or the formatters;
 * 2. the JSON report validates against schema/report.schema.json;
 * 3. every evidence and message position lies inside the document;
 * 4. the same input gives the same report (also after other documents);
 * 5. scores stay within 0-100.
 *
 * `checkDocument` throws an Error naming the broken property, so it works
 * as a fast-check predicate (tests, `npm run fuzz`).
 */
import { lint } from '../../src/shipped.js';
import type { LintReport } from '../../src/core/engine.js';
import { summarize, type Report } from '../../src/core/report.js';
import { validateWith } from '../../src/core/schemas.js';
import { PHASES } from '../../src/core/types.js';
import { formatters } from '../../src/format/index.js';
import reportSchema from '../../schema/report.schema.json' with { type: 'json' };

export class PropertyError extends Error {
  constructor(property: string, detail: string) {
    super(`${property}: ${detail}`);
    this.name = 'PropertyError';
  }
}

/** Lines of the text as the linter counts them (BOM removed; \r\n, \r and \n end a line). */
export function linesOf(text: string): string[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return source.split(/\r\n|\r|\n/);
}

function checkPlace(lines: readonly string[], line: number, column: number, what: string): void {
  if (!Number.isInteger(line) || line < 1 || line > lines.length) {
    throw new PropertyError('position inside the document', `${what} at line ${line}, the document has ${lines.length} lines`);
  }
  const width = lines[line - 1]!.length;
  if (!Number.isInteger(column) || column < 1 || column > width + 1) {
    throw new PropertyError('position inside the document', `${what} at ${line}:${column}, line ${line} has ${width} characters`);
  }
}

function checkPercent(value: number | null, what: string, nullable: boolean): void {
  if (value === null && nullable) return;
  if (typeof value !== 'number' || !(value >= 0 && value <= 100)) throw new PropertyError('score within 0-100', `${what} is ${value}`);
}

/** The JSON report of one document, as the command prints it. */
export function jsonReport(text: string, path = 'doc.md', r = lint(text, { path })): { report: Report; json: string } {
  const files = [{ path: r.path, results: r.results, score: r.score }];
  const report: Report = { files, summary: summarize(files, []) };
  return { report, json: formatters.json!(report, { color: false, quiet: false }) };
}

/** Check every property for one document; throws a PropertyError on the first broken one. */
export function checkDocument(text: string): void {
  // 1. no exception escapes (a throw here fails the property as it is)
  const first = lint(text, { path: 'doc.md' });
  checkReport(text, first);
  // 4. determinism: the same report again, after another document has been through the caches
  lint('# Other\n\nWe retrain weekly and monitor data drift.\n', { path: 'other.md' });
  if (JSON.stringify(lint(text, { path: 'doc.md' })) !== JSON.stringify(first)) {
    throw new PropertyError('determinism', 'a second lint of the same text gave another report');
  }
}

/** Properties 1 (formats), 2, 3 and 5 of one document's report. */
export function checkReport(text: string, first: LintReport): void {
  const { report, json } = jsonReport(text, first.path, first);
  for (const [name, format] of Object.entries(formatters)) {
    for (const quiet of [false, true]) {
      if (typeof format(report, { color: true, quiet }) !== 'string') throw new PropertyError('formats', `${name} returned no text`);
    }
  }

  // 2. the JSON report validates against its schema
  const errors = validateWith(reportSchema, JSON.parse(json));
  if (errors.length > 0) throw new PropertyError('report schema', errors.join('; '));

  // 3. positions inside the document
  const lines = linesOf(text);
  for (const r of first.results) {
    r.evidence.forEach((e, i) => checkPlace(lines, e.line, e.column, `${r.rule} evidence ${i}`));
  }
  for (const m of first.messages) checkPlace(lines, m.line, m.column, `${m.rule} message`);

  // 5. scores within 0-100
  checkPercent(first.score.total, 'score.total', false);
  for (const p of PHASES) checkPercent(first.score.phases[p], `score.phases.${p}`, true);
  checkPercent(report.summary.meanScore, 'summary.meanScore', true);
}
