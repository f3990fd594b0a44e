/**
 * Reading a small file the checkout controls (a configuration, an ignore
 * file, a rubric, an `extends` target, a package.json) without trusting
 * it: opened once, non-blocking (a FIFO never waits for a writer), judged
 * by fstat on what was opened (no window for the path to change after a
 * stat), refused unless it is a regular file, and read in chunks up to a
 * byte bound, so `/dev/zero` or a 1 GB file costs at most the bound.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { formatBytes } from './limits.js';

/** Configuration files, ignore files and rubrics larger than this are refused (1 MiB). */
export const MAX_SMALL_FILE_BYTES = 1024 * 1024;

const CHUNK = 64 * 1024;

export type SmallRead = { ok: true; text: string } | { ok: false; reason: string; code?: string };

/** Why a path that is not a regular file cannot be read as one. */
export function notAFile(info: Stats): string {
  if (info.isDirectory()) return 'is a folder, not a file';
  if (info.isFIFO()) return 'a named pipe (FIFO), not a file';
  if (info.isSocket()) return 'a socket, not a file';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device, not a file';
  return 'not a regular file';
}

function tooLarge(maxBytes: number): string {
  return `larger than the ${formatBytes(maxBytes)} limit for this file`;
}

/**
 * Read a regular file of at most `maxBytes` as UTF-8 (a byte order mark
 * dropped). File-system errors come back with their `code` so that callers
 * can tell "missing" from the rest; `describe` words the others.
 */
export function readSmallFileSync(path: string, describe: (error: unknown) => string, maxBytes = MAX_SMALL_FILE_BYTES): SmallRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, reason: describe(error), code: (error as NodeJS.ErrnoException).code };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, reason: notAFile(info), code: 'ENOTREG' };
    if (info.size > maxBytes) return { ok: false, reason: tooLarge(maxBytes), code: 'ETOOBIG' };
    // chunk by chunk, at most one byte past the bound, however the file has grown since fstat
    const chunks: Buffer[] = [];
    let length = 0;
    while (length <= maxBytes) {
      const chunk = Buffer.alloc(Math.min(CHUNK, maxBytes + 1 - length));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
    }
    if (length > maxBytes) return { ok: false, reason: tooLarge(maxBytes), code: 'ETOOBIG' };
    const buffer = Buffer.concat(chunks, length);
    return { ok: true, text: buffer.toString('utf8').replace(/^\uFEFF/, '') };
  } catch (error) {
    return { ok: false, reason: describe(error), code: (error as NodeJS.ErrnoException).code };
  } finally {
    closeSync(fd);
  }
}
