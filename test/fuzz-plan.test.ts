/**
 * The long fuzz run is resumable (issue 14, item 8): case i of a seed is
 * the same document whatever the offset, the number of jobs or the
 * session, so `--offset K` checks exactly the cases K.. of the run from 0.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caseDocument, caseSeed, checkCase, jobIndices, nextOffset } from '../scripts/hostile/fuzz-plan.js';

function planned(offset: number, end: number, jobs: number): number[] {
  const all: number[] = [];
  for (let j = 0; j < jobs; j++) all.push(...jobIndices(offset, end, j, jobs));
  return all.sort((a, b) => a - b);
}

describe('fuzz plan', () => {
  it('a run from offset K checks exactly the cases K.. of the run from 0, for any number of jobs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.nat(299), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), (end, k, jobsA, jobsB) => {
        const offset = k % end;
        const whole = planned(0, end, jobsA);
        expect(whole).toEqual(Array.from({ length: end }, (_, i) => i));
        expect(planned(offset, end, jobsB)).toEqual(whole.slice(offset));
      }),
      { seed: 14, numRuns: 300 },
    );
  });

  it('the same case index is the same document, and the one checkCase checks', () => {
    const seed = 11;
    const single = Array.from({ length: 12 }, (_, i) => caseDocument(seed, i));
    // a second "session" resuming at 7 sees the same documents
    for (let i = 7; i < 12; i++) expect(caseDocument(seed, i)).toBe(single[i]);
    for (let i = 0; i < 12; i++) {
      const seen: string[] = [];
      expect(checkCase(seed, i, (text) => void seen.push(text))).toBeUndefined();
      expect(seen[0]).toBe(single[i]);
    }
    // distinct cases and seeds differ
    expect(new Set(Array.from({ length: 1000 }, (_, i) => caseSeed(seed, i))).size).toBe(1000);
    expect(caseSeed(11, 5)).not.toBe(caseSeed(12, 5));
  });

  it('a failure names its case and seed', () => {
    const message = checkCase(3, 42, () => {
      throw new Error('boom');
    });
    expect(message).toMatch(/^case 42 of seed 3 \(fast-check seed -?\d+\): boom/);
  });

  it('the resume offset is the first case not checked: nothing before it is skipped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 200 }), fc.array(fc.nat(60), { minLength: 1, maxLength: 6 }), (offset, length, raw) => {
        const end = offset + length;
        const jobs = raw.length;
        const done = raw.map((d, j) => Math.min(d, [...jobIndices(offset, end, j, jobs)].length));
        const checked = new Set<number>();
        done.forEach((d, j) => [...jobIndices(offset, end, j, jobs)].slice(0, d).forEach((i) => checked.add(i)));
        const next = nextOffset(offset, end, done);
        for (let i = offset; i < next; i++) expect(checked.has(i)).toBe(true);
        if (next < end) expect(checked.has(next)).toBe(false);
      }),
      { seed: 15, numRuns: 500 },
    );
  });
});
