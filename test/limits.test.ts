/**
 * The per-file time limit (src/cli/limits.ts): without --timeout it follows
 * the document's size, so a document under the size limit is never cut off
 * while a runaway still is. The computed limit is tested, never a timing;
 * what linting costs per MB is measured by `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { BASE_TIMEOUT_MS, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, TIMEOUT_MS_PER_MIB, formatDuration, parseDuration, timeLimitFor } from '../src/cli/limits.js';
import { parseCli } from '../src/cli/args.js';

const MIB = 1024 ** 2;

describe('the default time limit follows the document size', () => {
  it('is 30 s for an empty or small document and grows by 20 s per MiB', () => {
    expect(timeLimitFor(DEFAULT_TIMEOUT_MS, 0)).toBe(30_000);
    expect(timeLimitFor(DEFAULT_TIMEOUT_MS, 1)).toBe(31_000);
    expect(timeLimitFor(DEFAULT_TIMEOUT_MS, 100 * 1024)).toBe(32_000);
    expect(timeLimitFor(DEFAULT_TIMEOUT_MS, MIB)).toBe(50_000);
    expect(timeLimitFor(DEFAULT_TIMEOUT_MS, 8.7e6)).toBe(30_000 + 166_000);
  });
  it('gives a document at the size limit 230 s: about five times what the bench measures a linear lint of 10 MB to take', () => {
    expect(timeLimitFor(DEFAULT_TIMEOUT_MS, DEFAULT_MAX_BYTES)).toBe(230_000);
    expect(TIMEOUT_MS_PER_MIB).toBeGreaterThanOrEqual(4 * 4_000);
  });
  it('never shrinks as a document grows, and is whole seconds (for the message)', () => {
    let last = 0;
    for (let chars = 0; chars <= DEFAULT_MAX_BYTES; chars += 123_457) {
      const limit = timeLimitFor(DEFAULT_TIMEOUT_MS, chars);
      expect(limit).toBeGreaterThanOrEqual(last);
      expect(limit % 1000).toBe(0);
      last = limit;
    }
    expect(formatDuration(timeLimitFor(DEFAULT_TIMEOUT_MS, 5 * MIB))).toBe('130 s');
  });
  it('still stops a quadratic runaway: its time outgrows a limit that is linear in the size', () => {
    // a detector that took 1 s on 100 KB and grew with the square would need 100 s at 1 MB, 10,000 s at 10 MB
    const quadratic = (chars: number): number => 1000 * (chars / 100_000) ** 2;
    expect(quadratic(MIB)).toBeGreaterThan(timeLimitFor(DEFAULT_TIMEOUT_MS, MIB));
    expect(quadratic(DEFAULT_MAX_BYTES)).toBeGreaterThan(timeLimitFor(DEFAULT_TIMEOUT_MS, DEFAULT_MAX_BYTES));
    expect(BASE_TIMEOUT_MS).toBe(30_000);
  });
});

describe('--timeout fixes the limit', () => {
  it('is the default unless given', () => {
    expect(parseCli(['a.md']).timeoutMs).toBe(DEFAULT_TIMEOUT_MS);
    expect(parseCli(['a.md', '--timeout', '30s']).timeoutMs).toBe(30_000);
  });
  it('holds whatever the size, and 0 turns it off', () => {
    for (const chars of [0, MIB, DEFAULT_MAX_BYTES]) {
      expect(timeLimitFor(parseDuration('1500ms')!, chars)).toBe(1500);
      expect(timeLimitFor(parseDuration('30s')!, chars)).toBe(30_000);
      expect(timeLimitFor(parseDuration('0')!, chars)).toBe(0);
    }
  });
});
