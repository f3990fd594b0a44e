/**
 * "files done / total" on standard error while many documents are linted:
 * only where standard error is a terminal and not in CI (the CI variable),
 * so logs and pipes never see it. The line is erased when linting ends.
 */
export interface ProgressIo {
  stderr: (text: string) => void;
  stderrIsTTY?: boolean;
  env: Record<string, string | undefined>;
}

export interface Progress {
  /** After each document. */
  tick(done: number): void;
  /** Erase the line (before anything else is written). */
  end(): void;
}

/** Fewer documents than this get no progress line. */
export const PROGRESS_MIN_FILES = 2;
const CLEAR = '\r\u001b[K';

export function inCI(env: Record<string, string | undefined>): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

export function progress(io: ProgressIo, total: number): Progress {
  if (!io.stderrIsTTY || inCI(io.env) || total < PROGRESS_MIN_FILES) return { tick: () => undefined, end: () => undefined };
  let shown = false;
  return {
    tick(done) {
      shown = true;
      io.stderr(`${CLEAR}mlsd-lint: ${done}/${total} files`);
    },
    end() {
      if (shown) io.stderr(CLEAR);
      shown = false;
    },
  };
}
