/**
 * Read one input document as UTF-8 text, or say clearly why it cannot be
 * read. Never throws: the caller reports the reason and goes on.
 */
import { open, stat as statPath } from 'node:fs/promises';
import { STDIN } from './targets.js';

/** Inputs larger than this are refused (configurable later; 10 MB). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(buffer: Buffer): ReadResult {
  if (buffer.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not Markdown text' };
  try {
    return { ok: true, text: decoder.decode(buffer) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}

export function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file (or a broken symbolic link)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return (error as Error).message;
}

async function readStdin(maxBytes: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) return { ok: false, reason: `larger than the ${maxBytes} byte limit` };
    chunks.push(buf);
  }
  return decode(Buffer.concat(chunks));
}

export async function readDocument(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  if (path === STDIN) return readStdin(maxBytes);
  let handle;
  try {
    // stat before open: opening a FIFO for reading would block until a writer came
    const info = await statPath(path);
    if (info.isDirectory()) return { ok: false, reason: 'is a folder, not a file' };
    if (!info.isFile()) return { ok: false, reason: 'not a regular file (device, FIFO or socket)' };
    if (info.size > maxBytes) return { ok: false, reason: `${info.size} bytes, larger than the ${maxBytes} byte limit` };
    handle = await open(path, 'r');
    const buffer = await handle.readFile();
    if (buffer.length > maxBytes) return { ok: false, reason: `larger than the ${maxBytes} byte limit` };
    return decode(buffer);
  } catch (error) {
    return { ok: false, reason: describe(error) };
  } finally {
    await handle?.close();
  }
}
