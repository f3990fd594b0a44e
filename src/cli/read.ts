/**
 * Read one input document as UTF-8 text, or say clearly why it cannot be
 * read. Never throws: the caller reports the reason and goes on.
 */
import { open } from 'node:fs/promises';
import { constants } from 'node:fs';
import { notAFile } from './bounded-read.js';
import { BROKEN_LINK, STDIN, isBrokenLink } from './targets.js';
import { DEFAULT_MAX_BYTES, formatBytes } from './limits.js';
import { describeFsError } from './fs-errors.js';

/** Inputs larger than this are refused (--max-size; 10 MB). */
export { DEFAULT_MAX_BYTES };

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(buffer: Buffer): ReadResult {
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) {
    return { ok: false, reason: 'UTF-16 text, not UTF-8 (save it as UTF-8)' };
  }
  if (buffer.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not Markdown text' };
  try {
    return { ok: true, text: decoder.decode(buffer) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}

export function describe(error: unknown): string {
  return describeFsError(error, { ENOENT: 'no such file (or a broken symbolic link)', EISDIR: 'is a folder, not a file' });
}

function tooLarge(maxBytes: number, size?: number): string {
  return `${size === undefined ? 'larger than' : `${formatBytes(size)}, over`} the ${formatBytes(maxBytes)} size limit (--max-size)`;
}

/** Read a stream to its end, refusing it once it passes the limit. */
async function readLimited(stream: AsyncIterable<unknown>, maxBytes: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) return { ok: false, reason: tooLarge(maxBytes) };
    chunks.push(buf);
  }
  return decode(Buffer.concat(chunks));
}

export async function readDocument(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  if (path === STDIN) return readLimited(process.stdin, maxBytes);
  let handle;
  try {
    // non-blocking: a plain open of a FIFO would wait for a writer; then
    // judge what was opened (no window for the path to change after a stat)
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, reason: notAFile(info) };
    if (info.size > maxBytes) return { ok: false, reason: tooLarge(maxBytes, info.size) };
    // at most one byte past the limit (`end` is inclusive): the file may have grown since stat
    return await readLimited(handle.createReadStream({ start: 0, end: maxBytes, autoClose: false }), maxBytes);
  } catch (error) {
    return { ok: false, reason: isBrokenLink(path, error) ? BROKEN_LINK : describe(error) };
  } finally {
    await handle?.close();
  }
}
