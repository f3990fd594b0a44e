import type { Report } from '../core/report.js';

export interface FormatOptions {
  /** Use ANSI colours. */
  color: boolean;
  /** Errors only. */
  quiet: boolean;
  /** The mlsd-lint version (SARIF's tool.driver.version). */
  version?: string;
  // issue 15
  /** stylish: list passing and n/a rules too (--verbose); by default only problems. */
  verbose?: boolean;
  /** stylish: the terminal's width in columns, for cutting quoted evidence (default 120). */
  width?: number;
  /** The exit code the run ends with, known before the report is written: a failing run never ends on a green tick. */
  exitCode?: number;
  /** --min-score: files whose total is below it fail the run (0 or absent: no gate). */
  minScore?: number;
  /** --max-warnings: more warnings than this fail the run. */
  maxWarnings?: number;
  /** markdown: the size budget in characters (--max-comment-size; default 60,000). */
  maxCommentSize?: number;
  /** markdown: characters written before the report (the marker line of a file written with -o), counted in the budget. */
  commentPrefix?: number;
  /** html: the absolute folder the report is written to (-o), so line links are relative to the report file. */
  reportDir?: string;
  /** html: the absolute working folder the report's relative paths start from. */
  cwd?: string;
  /** markdown: where the full reports are (linked when the comment leaves details out). */
  fullReports?: Array<{ label: string; href: string }>;
}

/** A formatter turns a report into the text written out. Pure: no I/O. */
export type Formatter = (report: Report, options: FormatOptions) => string;
