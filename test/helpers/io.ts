/** An in-memory Io for running the command in process: what it wrote, and where. */
import type { Io } from '../../src/cli/run.js';

export function memoryIo(cwd: string, env: Record<string, string | undefined> = {}): Io & { out: string; err: string } {
  const sink = {
    out: '',
    err: '',
    isTTY: false,
    env,
    cwd,
    stdout: (t: string) => {
      sink.out += t;
    },
    stderr: (t: string) => {
      sink.err += t;
    },
  };
  return sink;
}
