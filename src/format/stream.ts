/**
 * Formats written as the run goes (issue 13: memory that follows the
 * report, not the repo). A report writer gets the files one at a time, in
 * input order, writes what it can of each at once, and finishes with the
 * run's summary; the command keeps no file once its writer has had it.
 *
 * The whole-report formatters of json, sarif and stylish are this writer
 * fed every file of a report, so the streamed text is the formatter's text
 * by construction. Formats that need the whole run before their first
 * byte (github groups lines by kind, junit counts in its header, markdown
 * fits a size budget, html and custom modules get the Report) stay
 * whole-report formatters.
 */
import type { Report, Summary } from '../core/report.js';
import type { FileReport } from '../core/types.js';
import type { FormatOptions } from './types.js';

export interface ReportWriter {
  /** The next file of the run, in input order. */
  file(file: FileReport): void;
  /** The run is over: write the rest. `exitCode` is the run's (known only now). */
  end(summary: Summary, exitCode: number | undefined): void;
}

/**
 * Where a format keeps what it must write after later files (SARIF's
 * results follow the list of rules that ran, known at the end): lines of
 * text appended now and read back once, in order. In memory by default;
 * the command gives a temporary file.
 */
export interface Spool {
  append(line: string): void;
  /** Every line appended, in order; the spool is done with afterwards. */
  lines(): Iterable<string>;
}

export type SpoolFactory = () => Spool;

export const memorySpool: SpoolFactory = () => {
  let kept: string[] = [];
  return {
    append: (line) => void kept.push(line),
    *lines() {
      const all = kept;
      kept = [];
      yield* all;
    },
  };
};

/** A streaming format: the options known before the run (exitCode comes to end()), where its text goes, and its spools. */
export type StreamFormat = (options: FormatOptions, write: (text: string) => void, spool?: SpoolFactory) => ReportWriter;

/** The whole-report formatter of a streaming format: every file of the report, then its summary. */
export function collect(format: StreamFormat, report: Report, options: FormatOptions): string {
  let text = '';
  const writer = format(options, (t) => {
    text += t;
  });
  for (const f of report.files) writer.file(f);
  writer.end(report.summary, options.exitCode);
  return text;
}
