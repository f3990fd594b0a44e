/** Run the CLI in process on a throwaway folder tree. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { run, type Io } from '../../src/cli/run.js';

export type Sink = Io & { out: string; err: string };

export function sink(cwd: string, extra: Partial<Io> = {}): Sink {
  const s: Sink = {
    out: '',
    err: '',
    isTTY: false,
    env: {},
    cwd,
    stdout: (t: string) => {
      s.out += t;
    },
    stderr: (t: string) => {
      s.err += t;
    },
    ...extra,
  };
  return s;
}

/** A temporary folder holding `files` (path -> text); remove() deletes it. */
export function project(files: Record<string, string>): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'mlsd-lint-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A maker of temporary projects for a test file: each folder it makes is
 * removed after the test that made it. Call once at the file's top level.
 */
export function scratchProjects(): (files: Record<string, string>) => string {
  let made: Array<() => void> = [];
  afterEach(() => {
    for (const remove of made) remove();
    made = [];
  });
  return (files) => {
    const p = project(files);
    made.push(p.remove);
    return p.dir;
  };
}

/** Run the CLI; returns the exit code with what it wrote. */
export async function cli(args: string[], cwd: string, extra: Partial<Io> = {}): Promise<{ code: number; out: string; err: string }> {
  const s = sink(cwd, extra);
  const code = await run(args, s);
  return { code, out: s.out, err: s.err };
}

/** The JSON report of a run. */
export async function jsonReport(args: string[], cwd: string) {
  const r = await cli([...args, '--format', 'json'], cwd);
  return { ...r, report: JSON.parse(r.out) as import('../../src/core/report.js').Report };
}
