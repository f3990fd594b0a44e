/**
 * Per-file limits of the command (README "Limits"): the size of an input
 * and the time its lint may take. Values come from --max-size / --timeout;
 * without --timeout the time limit grows with the document (timeLimitFor).
 */

/** Inputs larger than this are refused: 10 MiB. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * --timeout not given: each file's limit follows its size (timeLimitFor).
 * A value of its own, never a duration a user can give (those are >= 0).
 */
export const DEFAULT_TIMEOUT_MS = -1;

/** The default limit of an empty document: start-up and a lint of a small file take well under a second. */
export const BASE_TIMEOUT_MS = 30_000;

/**
 * What the default limit adds per MiB of document. Linting is linear, about
 * 4 s of CPU per MB (`npm run bench`, the size sweep: 3.4-4.3 s at 1x-100x);
 * 20 s per MiB is four to five times that, so a document under the size
 * limit (10 MiB: 230 s) is not cut off on a machine shared with other work,
 * while a quadratic runaway, whose time grows with the square of the size,
 * still is (a 100 KB one gets 32 s).
 */
export const TIMEOUT_MS_PER_MIB = 20_000;

/**
 * The time limit for linting one document of `chars` characters (UTF-16
 * units, never more than its UTF-8 bytes): the --timeout given as it is (0:
 * none), or by default BASE_TIMEOUT_MS plus TIMEOUT_MS_PER_MIB for each MiB,
 * rounded up to a second.
 */
export function timeLimitFor(timeoutMs: number, chars: number): number {
  if (timeoutMs !== DEFAULT_TIMEOUT_MS) return timeoutMs;
  // whole seconds, so the message reads "linting took longer than 31 s"
  return BASE_TIMEOUT_MS + Math.ceil(((chars / 1024 ** 2) * TIMEOUT_MS_PER_MIB) / 1000) * 1000;
}

const SIZE_UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

const TIME_UNITS: Readonly<Record<string, number>> = { '': 1, ms: 1, s: 1000, m: 60_000, min: 60_000 };

// Anchored, one number then one unit: no backtracking beyond the input length.
const AMOUNT = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i;

function amount(text: string, units: Readonly<Record<string, number>>): number | null {
  const m = AMOUNT.exec(text.trim());
  if (!m) return null;
  const unit = units[m[2]!.toLowerCase()];
  if (unit === undefined) return null;
  const value = Math.round(Number(m[1]) * unit);
  return Number.isSafeInteger(value) ? value : null;
}

/** "10MB", "512k", "2000000" (bytes); units are powers of 1024. Null when not a size. */
export function parseSize(text: string): number | null {
  const bytes = amount(text, SIZE_UNITS);
  return bytes !== null && bytes > 0 ? bytes : null;
}

/** "30000" (ms), "30s", "2m"; 0 turns the limit off. Null when not a duration. */
export function parseDuration(text: string): number | null {
  return amount(text, TIME_UNITS);
}

/** "10 MB", "512 KB", "123 bytes" (powers of 1024). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** "30 s", "250 ms". */
export function formatDuration(ms: number): string {
  return ms >= 1000 && ms % 100 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
