/** The playground's pure pieces: the draft store, the time shares of the chart, the editor marks. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { draftStore, DRAFT_KEY } from '../playground/src/draft.js';
import { PHASE_BUDGET } from '../src/core/phase-shares.js';
import { TIME_BUDGET } from '../src/core/time-budget.js';
import { evidenceMarks } from '../playground/src/report-view.js';
import { lint } from '../src/shipped.js';

describe('the draft store', () => {
  it('keeps the draft under its key and clears it', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
    const draft = draftStore(storage);
    expect(draft.load()).toBeNull();
    expect(draft.save('# My design')).toBe(true);
    expect(map.get(DRAFT_KEY)).toBe('# My design');
    expect(draft.load()).toBe('# My design');
    draft.clear();
    expect(map.size).toBe(0);
  });
  it('says so when the browser keeps nothing (no storage, or a full quota)', () => {
    const full = draftStore({
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    });
    expect(full.save('x')).toBe(false);
    expect(full.load()).toBeNull();
    expect(() => full.clear()).not.toThrow();
    expect(draftStore(null).save('x')).toBe(false);
  });
});

it("the practice clock's minutes and the reports' shares are one budget", () => {
  // a phase's share runs from its fewest minutes in the longest answer to its most in the shortest
  const fewest = TIME_BUDGET.reduce((t, b) => t + b.minMinutes, 0);
  const most = TIME_BUDGET.reduce((t, b) => t + b.maxMinutes, 0);
  expect([fewest, most]).toEqual([35, 45]);
  for (const b of TIME_BUDGET) {
    expect(PHASE_BUDGET[b.phase].low, b.phase).toBeCloseTo(b.minMinutes / most, 2);
    expect(PHASE_BUDGET[b.phase].high, b.phase).toBeCloseTo(b.maxMinutes / fewest, 2);
  }
});

it('the editor tints the evidence of passes and the lines of placeholders', () => {
  const report = lint('# Feed\n\n## Problem\n\nWe frame it as binary classification of clicks.\n\n## Model\n\nTBD\n');
  const marks = evidenceMarks(report);
  expect(marks.get(5)).toBe('pass');
  expect(marks.get(9)).toBe('fail');
  expect(marks.has(1)).toBe(false);
});

it('no playground module parses HTML: no innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
  const files = readdirSync(new URL('../playground/src/', import.meta.url)).filter((f) => f.endsWith('.ts'));
  expect(files).toContain('main.ts');
  for (const file of files) {
    const source = readFileSync(new URL(`../playground/src/${file}`, import.meta.url), 'utf8');
    expect(source, file).not.toMatch(/\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/);
  }
});
