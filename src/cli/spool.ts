/**
 * A spool on disk (src/format/stream.ts Spool): what a streamed format must
 * write after later files (SARIF's results) waits in a temporary file, not
 * in memory. The file is created in the system's temporary folder, owner
 * only, and unlinked at once where the system allows (POSIX: the open
 * descriptor keeps it readable, and nothing is left behind even by a run
 * killed outright); elsewhere it is removed when read back, or by a signal
 * (src/cli/output.ts). Lines are appended through a small buffer and read
 * back in chunks, split on the newline byte (never part of a multi-byte
 * UTF-8 character), so memory stays at the buffer's size.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Spool, SpoolFactory } from '../format/stream.js';
import { holdTemporary, releaseTemporary } from './output.js';

const FLUSH_BYTES = 256 * 1024;
const READ_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;

class FileSpool implements Spool {
  private fd: number | undefined;
  /** The path while the file is still linked (where it could not be unlinked while open). */
  private path: string | undefined;
  private buffered: string[] = [];
  private bufferedBytes = 0;
  private size = 0;

  constructor(folder: string) {
    const path = join(folder, `mlsd-lint-spool-${process.pid}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
    holdTemporary(path);
    try {
      this.fd = fs.openSync(path, 'wx+', 0o600);
    } catch (error) {
      releaseTemporary(path);
      throw error;
    }
    try {
      fs.unlinkSync(path);
      releaseTemporary(path);
    } catch {
      this.path = path; // removed when read back
    }
  }

  append(line: string): void {
    this.buffered.push(line, '\n');
    this.bufferedBytes += line.length + 1;
    if (this.bufferedBytes >= FLUSH_BYTES) this.flush();
  }

  private flush(): void {
    if (this.buffered.length === 0) return;
    const bytes = Buffer.from(this.buffered.join(''), 'utf8');
    this.buffered = [];
    this.bufferedBytes = 0;
    for (let at = 0; at < bytes.length; ) at += fs.writeSync(this.fd!, bytes, at, bytes.length - at, this.size + at);
    this.size += bytes.length;
  }

  *lines(): Iterable<string> {
    this.flush();
    const chunk = Buffer.alloc(READ_BYTES);
    let rest: Buffer = Buffer.alloc(0);
    try {
      for (let position = 0; position < this.size; ) {
        const n = fs.readSync(this.fd!, chunk, 0, Math.min(chunk.length, this.size - position), position);
        if (n === 0) break;
        position += n;
        let data = rest.length > 0 ? Buffer.concat([rest, chunk.subarray(0, n)]) : chunk.subarray(0, n);
        for (let end = data.indexOf(NEWLINE); end >= 0; end = data.indexOf(NEWLINE)) {
          yield data.toString('utf8', 0, end);
          data = data.subarray(end + 1);
        }
        // a line cut by the chunk: kept (copied, the chunk is reused) until its newline comes
        rest = Buffer.from(data);
      }
    } finally {
      this.close();
    }
  }

  private close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
    if (this.path !== undefined) {
      try {
        fs.unlinkSync(this.path);
      } catch {
        // gone already
      }
      releaseTemporary(this.path);
      this.path = undefined;
    }
  }

  /** Give the file up unread (a run that failed). */
  discard(): void {
    this.buffered = [];
    this.close();
  }
}

/** Spools in `folder` (the system's temporary folder by default); discardAll() gives up the ones not read back. */
export function fileSpools(folder: string = tmpdir()): { factory: SpoolFactory; discardAll: () => void } {
  const made: FileSpool[] = [];
  return {
    factory: () => {
      const spool = new FileSpool(folder);
      made.push(spool);
      return spool;
    },
    discardAll: () => {
      for (const s of made.splice(0)) s.discard();
    },
  };
}
