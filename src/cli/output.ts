/**
 * Writing the report file (--output) safely: the text goes to a temporary
 * file in the same folder, is flushed, and is then renamed over the target
 * (atomic on one file system), so an interrupted or failed run leaves the
 * previous report or none, never half of one. The target is never one of
 * the documents being linted.
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { describeFsError } from './fs-errors.js';

/** The file operations used, replaceable in tests to simulate failures. */
export type WriteFs = Pick<typeof nodeFs, 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'statSync'>;

/** The temporary name of a target: hidden, in the same folder, unique per run. */
export function temporaryPath(target: string): string {
  const unique = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return join(dirname(target), `.${basename(target)}.${unique}.tmp`);
}

export function writeFileAtomic(target: string, text: string, fs: WriteFs = nodeFs): void {
  let mode = 0o666;
  try {
    mode = fs.statSync(target).mode & 0o777; // keep an existing report's permissions
  } catch {
    // a new file
  }
  const tmp = temporaryPath(target);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', mode);
    const bytes = Buffer.from(text, 'utf8');
    for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      // never created
    }
    throw error;
  }
}

/** Why the report cannot go to `target`, checked before linting; null when it can. */
export function outputProblem(target: string, inputs: ReadonlyArray<{ path: string; file: string }>): string | null {
  let out: nodeFs.Stats;
  try {
    out = nodeFs.statSync(target);
  } catch {
    return null; // does not exist yet: it cannot be an input
  }
  if (out.isDirectory()) return 'is a folder';
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
  return describeFsError(error, { ENOENT: 'its folder does not exist', EISDIR: 'is a folder' });
}
