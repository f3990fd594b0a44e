/**
 * A scratch folder with files, and an in-memory Io for run() in it: tests
 * drive the CLI in process and read what it wrote.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../src/cli/run.js';

export interface Scratch {
  dir: string;
  /** A fresh Io whose cwd is the folder, collecting stdout and stderr. */
  io(): Io & { out: string; err: string };
  remove(): void;
}

export function scratch(prefix: string, files: Record<string, string>): Scratch {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return {
    dir,
    io() {
      const sink = { out: '', err: '', isTTY: false, env: {}, cwd: dir, stdout: (t: string) => void (sink.out += t), stderr: (t: string) => void (sink.err += t) };
      return sink;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
