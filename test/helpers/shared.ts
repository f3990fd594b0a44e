/**
 * The shared corpus (../shared next to the repository) is read at test time
 * and never copied in. Where it is absent (a plain clone), tests that need it
 * skip with a visible reason.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** MLSD_LINT_SHARED=/nowhere shows what a clone without ../shared runs (and skips). */
export const SHARED = process.env.MLSD_LINT_SHARED ? `${process.env.MLSD_LINT_SHARED.replace(/\/$/, '')}/` : fileURLToPath(new URL('../../../shared/', import.meta.url));
export const DEV_CORPUS = `${SHARED}corpus/dev`;
export const SYNTHETIC_CORPUS = `${SHARED}corpus/synthetic`;
export const REAL_CORPUS = `${SHARED}corpus/real`;
export const hasDevCorpus = existsSync(`${DEV_CORPUS}/labels.json`);
export const hasRealCorpus = existsSync(REAL_CORPUS);
export const SKIP_REASON = 'skipped: ../shared/corpus is not next to this checkout';

/**
 * Say on the test output that `what` is skipped and why, once, when `present`
 * is false; returns `present` (for skipIf and if). vitest's default reporter
 * does not list skipped suites by name, so a test that only skips would
 * vanish silently: this line is what a clone without ../shared sees.
 */
export function noteSkip(present: boolean, what: string, reason: string = SKIP_REASON): boolean {
  // straight to stderr: vitest drops the console output of a file whose tests all skip
  if (!present) process.stderr.write(`${what}: ${reason}\n`);
  return present;
}
