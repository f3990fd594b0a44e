/**
 * Writing the report file (--output) safely. In CI the target can be
 * anything a pull request commits (a symlink to a device, a FIFO), and the
 * command often runs as root, so what is at the target decides how it is
 * written and nothing but a regular file is ever replaced:
 *
 * - a new path or a regular file (also through a symbolic link, resolved to
 *   the real file): the text goes to a temporary file in the real file's
 *   folder, is flushed, and is then moved onto the target (a hard link for
 *   a new path, which never replaces a file created in between; a rename
 *   over an existing regular file), so an interrupted or failed run leaves
 *   the previous report or none, never half of one;
 * - a character device or a FIFO (`/dev/null`, `>(cat)`): written in place,
 *   never created, truncated or renamed over; a FIFO without a reader is an
 *   error, never a wait;
 * - a folder, a socket, a block device or a broken symbolic link: refused.
 *
 * Temporary files are named `.<target>.mlsd-lint-<pid>-<random>.tmp`, are
 * removed when the run is stopped by SIGINT, SIGTERM or SIGHUP (each write
 * is synchronous, so the signal is handled between two writes: json, sarif
 * and stylish reports are written as the run goes), and a later run
 * removes those left by a run that was killed outright (its pid is gone).
 * The target is never one of the documents being linted.
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { describeFsError } from './fs-errors.js';
import { FormatterError, resolveFormatter, runFormatter, type FormatTarget, type ModuleFormatter } from '../format/load.js';
import type { Report } from '../core/report.js';
import type { FormatOptions } from '../format/types.js';
import { markReport } from './report-marker.js';

/** The file operations used, replaceable in tests to simulate failures. */
export type WriteFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'statSync' | 'linkSync'
>;

const TEMP_TAG = 'mlsd-lint';

/** The temporary name of a target: hidden, in the same folder, unique per run, with the pid that owns it. */
export function temporaryPath(target: string): string {
  const unique = `${process.pid}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return join(dirname(target), `.${basename(target)}.${TEMP_TAG}-${unique}.tmp`);
}

/** The pid in a temporary file name made by temporaryPath for this target, or undefined when it is not one. */
export function temporaryOwner(name: string, target: string): number | undefined {
  const prefix = `.${basename(target)}.${TEMP_TAG}-`;
  if (!name.startsWith(prefix) || !name.endsWith('.tmp')) return undefined;
  const match = /^(\d+)-[a-z0-9]+\.tmp$/.exec(name.slice(prefix.length));
  return match ? Number(match[1]) : undefined;
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

/**
 * Remove the temporary files of this target left by runs that were killed
 * (their process is gone). Only regular files with our name pattern are
 * touched; a concurrent run's file is left alone.
 */
export function removeStaleTemporaries(target: string): string[] {
  const removed: string[] = [];
  let folder: nodeFs.Dir;
  try {
    folder = nodeFs.opendirSync(dirname(target));
  } catch {
    return removed;
  }
  try {
    for (let entry = folder.readSync(); entry !== null; entry = folder.readSync()) {
      const owner = temporaryOwner(entry.name, target);
      if (owner === undefined || !entry.isFile() || processAlive(owner)) continue;
      try {
        nodeFs.unlinkSync(join(dirname(target), entry.name));
        removed.push(entry.name);
      } catch {
        // gone already, or not ours to remove
      }
    }
  } finally {
    folder.closeSync();
  }
  return removed;
}

/** Temporary files being written; removed if a signal stops the run. */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let signalsInstalled = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const tmp of pending) {
    try {
      nodeFs.unlinkSync(tmp);
    } catch {
      // already renamed or removed
    }
  }
  pending.clear();
  // then die of the signal as if we had not caught it
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  signalsInstalled = false;
  process.kill(process.pid, signal);
}

function installSignalCleanup(): void {
  if (signalsInstalled) return;
  signalsInstalled = true;
  for (const s of SIGNALS) process.on(s, onSignal);
}

/** A temporary file of ours (a spool) that SIGINT, SIGTERM or SIGHUP removes until it is released. */
export function holdTemporary(path: string): void {
  installSignalCleanup();
  pending.add(path);
}

export function releaseTemporary(path: string): void {
  pending.delete(path);
}

function writeAll(fs: WriteFs, fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) {
    try {
      at += fs.writeSync(fd, bytes, at, bytes.length - at);
    } catch (error) {
      // a FIFO opened non-blocking whose reader is slower than us: wait a little
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

/** Where the report goes, judged from what is at the target now. */
export type OutputTarget =
  /** A regular file (its real path) or a new path: write a temporary file and move it there. */
  | { kind: 'file'; path: string; exists: boolean }
  /** A character device or a FIFO: write in place, through the path as given. */
  | { kind: 'stream'; path: string; fifo: boolean }
  | { kind: 'refused'; reason: string };

/** Why a node that is neither a regular file nor a stream cannot be a report. */
function refusal(info: nodeFs.Stats): string {
  if (info.isDirectory()) return 'is a folder';
  if (info.isSocket()) return 'is a socket, not a file';
  if (info.isBlockDevice()) return 'is a block device, not a file';
  return 'is not a regular file';
}

export function classifyTarget(target: string): OutputTarget {
  let info: nodeFs.Stats;
  try {
    info = nodeFs.statSync(target); // follows links: what the path reaches decides
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') return { kind: 'refused', reason: describeWriteError(error) };
    try {
      if (nodeFs.lstatSync(target).isSymbolicLink()) return { kind: 'refused', reason: 'is a broken symbolic link (its target does not exist)' };
    } catch {
      // nothing there at all
    }
    return { kind: 'file', path: target, exists: false };
  }
  if (info.isCharacterDevice() || info.isFIFO()) return { kind: 'stream', path: target, fifo: info.isFIFO() };
  if (!info.isFile()) return { kind: 'refused', reason: refusal(info) };
  try {
    return { kind: 'file', path: nodeFs.realpathSync(target), exists: true };
  } catch (error) {
    return { kind: 'refused', reason: describeWriteError(error) };
  }
}

/**
 * A report being written (issue 13: reports are streamed while the run
 * goes): write() sends text out as it comes, commit() makes it the report
 * (a regular file is flushed and moved into place), abort() leaves the
 * target as it was (a regular file's temporary is removed). Any of them may
 * throw a file-system error; after a throw only abort() is called.
 */
export interface ReportSink {
  write(text: string): void;
  commit(): void;
  abort(): void;
}

/** Open a character device or FIFO to write in place (never created, truncated or replaced). */
function openStream(path: string, fifo: boolean, fs: WriteFs): ReportSink {
  // O_NONBLOCK: a FIFO without a reader is ENXIO now, not a hang
  const flags = nodeFs.constants.O_WRONLY | nodeFs.constants.O_NOCTTY | (fifo ? nodeFs.constants.O_NONBLOCK : 0);
  let fd: number | undefined = fs.openSync(path, flags);
  const close = (): void => {
    if (fd === undefined) return;
    const open = fd;
    fd = undefined;
    fs.closeSync(open);
  };
  try {
    const info = nodeFs.fstatSync(fd);
    if (!info.isCharacterDevice() && !info.isFIFO()) throw Object.assign(new Error('the target changed while writing'), { code: 'ECHANGED' });
  } catch (error) {
    close();
    throw error;
  }
  return {
    write: (text) => writeAll(fs, fd!, Buffer.from(text, 'utf8')),
    commit: close,
    abort: () => {
      try {
        close();
      } catch {
        // already failing
      }
    },
  };
}

/** Open a temporary file beside `path`; commit() flushes it and moves it there atomically. */
function openRegular(path: string, exists: boolean, fs: WriteFs): ReportSink {
  let mode = 0o666;
  if (exists) {
    try {
      mode = fs.statSync(path).mode & 0o777; // keep an existing report's permissions
    } catch {
      // gone since: a new file
    }
  }
  removeStaleTemporaries(path);
  const tmp = temporaryPath(path);
  installSignalCleanup();
  // from here until commit or abort a signal removes the temporary file
  pending.add(tmp);
  let fd: number | undefined;
  const abort = (): void => {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing
      }
      fd = undefined;
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      // never created, or moved into place already
    }
    pending.delete(tmp);
  };
  try {
    fd = fs.openSync(tmp, 'wx', mode);
  } catch (error) {
    abort();
    throw error;
  }
  return {
    write: (text) => writeAll(fs, fd!, Buffer.from(text, 'utf8')),
    commit() {
      fs.fsyncSync(fd!);
      fs.closeSync(fd!);
      fd = undefined;
      if (exists) {
        // still a regular file? (a node swapped in since the check is never replaced)
        if (!nodeFs.lstatSync(path).isFile()) throw Object.assign(new Error('the target changed while writing'), { code: 'ECHANGED' });
        fs.renameSync(tmp, path);
      } else {
        // a hard link never replaces what another process created meanwhile
        try {
          fs.linkSync(tmp, path);
          fs.unlinkSync(tmp);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
          fs.renameSync(tmp, path); // a file system without hard links
        }
      }
      pending.delete(tmp);
    },
    abort,
  };
}

/** Write all of `text` to a sink and commit it; on a failure the sink is aborted and the error thrown. */
function writeWhole(sink: ReportSink, text: string): void {
  try {
    sink.write(text);
    sink.commit();
  } catch (error) {
    sink.abort();
    throw error;
  }
}

/** Open the report at `target` as described above. Throws a file-system error (describeWriteError words it). */
export function openReport(target: string, fs: WriteFs = nodeFs): ReportSink {
  const where = classifyTarget(target);
  if (where.kind === 'refused') throw Object.assign(new Error(where.reason), { code: 'EREFUSED' });
  return where.kind === 'stream' ? openStream(where.path, where.fifo, fs) : openRegular(where.path, where.exists, fs);
}

/** Write the report to `target` as described above. Throws a file-system error (describeWriteError words it). */
export function writeReport(target: string, text: string, fs: WriteFs = nodeFs): void {
  writeWhole(openReport(target, fs), text);
}

/** Open a regular file for an atomic write (the cache file); exists or not, as lstat finds it now. */
export function openFileAtomic(target: string, fs: WriteFs = nodeFs): ReportSink {
  let exists = true;
  try {
    nodeFs.lstatSync(target);
  } catch {
    exists = false;
  }
  return openRegular(target, exists, fs);
}

/** The atomic write of a regular file (kept for callers and tests that write a regular file). */
export function writeFileAtomic(target: string, text: string, fs: WriteFs = nodeFs): void {
  writeWhole(openFileAtomic(target, fs), text);
}

/** Why the report cannot go to `target`, checked before linting; null when it can. */
export function outputProblem(target: string, inputs: ReadonlyArray<{ path: string; file: string }>): string | null {
  const where = classifyTarget(target);
  if (where.kind === 'refused') return where.reason;
  if (where.kind === 'stream' || !where.exists) return null; // a stream or a new file cannot be an input
  const out = nodeFs.statSync(where.path);
  for (const input of inputs) {
    if (input.file === '-') continue;
    try {
      const s = nodeFs.statSync(input.file);
      // same file also through a symbolic or hard link
      if ((s.dev === out.dev && s.ino === out.ino && s.ino !== 0) || resolve(input.file) === resolve(target)) {
        return `it is the input document ${input.path}; the report would replace it`;
      }
    } catch {
      // unreadable inputs are reported on their own
    }
  }
  return null;
}

/** A write error as a short reason. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EREFUSED') return (error as Error).message;
  return describeFsError(error, {
    ENOENT: 'its folder does not exist',
    EISDIR: 'is a folder',
    ENXIO: 'a named pipe (FIFO) with no reader',
    ECHANGED: 'the target was replaced while the report was written (not written)',
  });
}

// several formats in one run (issue 15): -f stylish -f sarif:report.sarif

/** Where one format's report goes. */
export interface ReportOutput {
  format: string;
  formatter: ModuleFormatter;
  /** The file as given (-o or -f name:file), for messages; undefined for standard output. */
  shown: string | undefined;
  /** The absolute file to write; undefined for a stream. */
  path: string | undefined;
  stream: ((text: string) => void) | undefined;
}

interface Streams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/**
 * Each -f value with its formatter loaded and its destination: its own
 * file, else -o, else standard output (-o /dev/stdout and /dev/stderr are
 * the command's own streams, whatever they are connected to). Throws
 * FormatterError for a formatter module that cannot be loaded.
 */
export async function planOutputs(formats: readonly FormatTarget[], output: string | undefined, io: Streams): Promise<ReportOutput[]> {
  const outputs: ReportOutput[] = [];
  for (const target of formats) {
    const to = target.output ?? output;
    const stream = to === undefined || to === '/dev/stdout' ? io.stdout : to === '/dev/stderr' ? io.stderr : undefined;
    const formatter = await resolveFormatter(target.format, io.cwd);
    outputs.push({ format: target.format, formatter, shown: to, path: stream ? undefined : resolve(io.cwd, to!), stream });
  }
  return outputs;
}

export interface EmitOptions {
  /** What every formatter is given; its `color` is standard output's (the terminal's choice). */
  format: FormatOptions;
  /** --color: files get colour only then. */
  forcedColor: boolean;
  /** Every output of the run (default: the ones emitted): a Markdown report links the HTML and SARIF files among them. */
  all?: readonly ReportOutput[];
  /** Standard output is a terminal of this many columns: stylish there cuts evidence to it. */
  isTTY?: boolean;
  columns?: number;
}

/** A pipe, a file or a CI log has no width: 120 columns read well there. */
const DEFAULT_WIDTH = 120;

/** The formats whose report is the full one a shortened Markdown comment links to (issue 15). */
const FULL_REPORT_LABELS: Readonly<Record<string, string>> = { html: 'HTML report', sarif: 'SARIF report' };

/** A relative URL from the folder `from` to the file `to` (both absolute), always a path ("./" first, never a scheme). */
function relativeHref(from: string, to: string): string {
  const rel = relative(from, to).split(sep).map(encodeURIComponent).join('/');
  return rel.startsWith('../') ? rel : `./${rel}`;
}

/**
 * What one output's place adds to the shared options (issue 15): HTML line
 * links relative to its own file (reportDir), the terminal's width for
 * standard output, and for Markdown the HTML and SARIF files of the same
 * run, linked relative to the Markdown file (or the working folder for a
 * stream).
 */
export function placeOptions(
  output: ReportOutput,
  all: readonly ReportOutput[],
  options: Pick<EmitOptions, 'isTTY' | 'columns'>,
  io: Pick<Streams, 'stdout' | 'cwd'>,
): Partial<FormatOptions> {
  const place: Partial<FormatOptions> = {
    width: output.stream === io.stdout && options.isTTY && options.columns ? options.columns : DEFAULT_WIDTH,
  };
  if (output.path !== undefined) place.reportDir = dirname(output.path);
  if (output.format === 'markdown') {
    const from = output.path === undefined ? io.cwd : dirname(output.path);
    const full = all.filter((o) => o !== output && o.path !== undefined && FULL_REPORT_LABELS[o.format] !== undefined);
    if (full.length > 0) place.fullReports = full.map((o) => ({ label: `${FULL_REPORT_LABELS[o.format]} (${basename(o.path!)})`, href: relativeHref(from, o.path!) }));
    // the marker line a Markdown file gets counts against the comment budget: the file as written fits it
    const marker = output.path === undefined ? 0 : markReport('', output.path, output.format).length;
    if (marker > 0) place.commentPrefix = marker;
  }
  return place;
}

/**
 * Format and write every report. One that cannot be formatted or written
 * does not keep the others from being written (CI wants the SARIF file
 * even when the JUnit folder is missing); its problem comes back as a line.
 */
export async function emitReports(outputs: readonly ReportOutput[], report: Report, options: EmitOptions, io: Streams): Promise<string[]> {
  const failures: string[] = [];
  for (const output of outputs) {
    let text: string;
    try {
      const color = output.stream === io.stdout ? options.format.color : options.forcedColor;
      const place = placeOptions(output, options.all ?? outputs, options, io);
      text = await runFormatter(output.format, output.formatter, report, { ...options.format, ...place, color });
    } catch (error) {
      if (!(error instanceof FormatterError)) throw error;
      failures.push(error.message);
      continue;
    }
    if (output.stream) {
      output.stream(text);
      continue;
    }
    try {
      writeReport(output.path!, markReport(text, output.path!, output.format));
    } catch (error) {
      failures.push(`cannot write ${output.shown}: ${describeWriteError(error)}`);
    }
  }
  return failures;
}

/** The same file, also through a link (the report a folder walk found is the one about to be written). */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const x = nodeFs.statSync(a);
    const y = nodeFs.statSync(b);
    return x.ino !== 0 && x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
