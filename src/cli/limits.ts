/**
 * Per-file limits of the command (README "Limits"): the size of an input
 * and the time its lint may take. Values come from --max-size / --timeout.
 */

/** Inputs larger than this are refused: 10 MiB. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** A file whose lint takes longer is reported as an error: 30 s. */
export const DEFAULT_TIMEOUT_MS = 30_000;

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
