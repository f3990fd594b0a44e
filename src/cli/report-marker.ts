/**
 * A report never lints itself (issue 15): `mlsd-lint -f markdown -o
 * report.md .` run twice must not lint the first run's report. So a
 * Markdown-named report file the command writes starts with a marker line,
 * an HTML comment (invisible where the Markdown is rendered, a pull-request
 * comment say), and a document that starts with it is not linted.
 *
 * The marker does not start with "mlsd-lint": an older mlsd-lint reading it
 * would take `<!-- mlsd-lint ...` for an inline directive with a typo.
 * Only files written with --output carry it: standard output is compared
 * byte for byte with the playground's downloads, and is often pasted.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';

export const REPORT_MARKER = '<!-- This report was written by mlsd-lint; mlsd-lint does not lint a file that starts with this line. -->';

/** Formats whose text may start with an HTML comment line (structured formats and HTML, whose doctype comes first, may not). */
const MARKABLE = new Set(['markdown', 'stylish', 'github']);

const isMarkdownName = (file: string): boolean => ['.md', '.markdown'].includes(extname(file).toLowerCase());

/** The text to write to `file`: marked when a folder walk would take the file for a document. */
export function markReport(text: string, file: string, format: string): string {
  return `${reportMarker(file, format)}${text}`;
}

/** What a report written to `file` starts with: the marker line, or nothing. */
export function reportMarker(file: string, format: string): string {
  return MARKABLE.has(format) && isMarkdownName(file) ? `${REPORT_MARKER}\n` : '';
}

/**
 * Is the file at `path` a report of ours, safe to replace and never to
 * lint? It starts with the marker, or it is a structured report (JSON,
 * SARIF, JUnit XML, an HTML page), which cannot carry the marker and is no
 * design document either. A Markdown design at the --output path is never
 * taken for one: the run refuses to write over it. Reads only the first
 * bytes; false when the file cannot be read.
 */
export function fileIsReport(path: string): boolean {
  let fd: number | undefined;
  try {
    // non-blocking, and regular files only: a FIFO named as both input and output must not hang the run
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) return false;
    const head = Buffer.alloc(REPORT_MARKER.length + 3);
    const n = readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, n).toString('utf8');
    return isReport(text) || /^\s*(?:\{|<\?xml|<!doctype html)/i.test(text);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Does a document's text start with the marker (after a byte-order mark)? */
export function isReport(text: string): boolean {
  return text.replace(/^\uFEFF/, '').startsWith(REPORT_MARKER);
}
