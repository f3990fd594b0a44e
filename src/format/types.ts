import type { Report } from '../core/report.js';

export interface FormatOptions {
  /** Use ANSI colours. */
  color: boolean;
  /** Errors only. */
  quiet: boolean;
  /** The mlsd-lint version (SARIF's tool.driver.version). */
  version?: string;
}

/** A formatter turns a report into the text written out. Pure: no I/O. */
export type Formatter = (report: Report, options: FormatOptions) => string;
