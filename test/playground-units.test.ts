/** The playground's pure pieces: the draft store, the time shares of the chart, the editor marks. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { draftStore, DRAFT_KEY } from '../playground/src/draft.js';
import { budgetShares } from '../playground/src/chart.js';
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

it('the chart shares the 40 minutes by the midpoints of the budget ranges', () => {
  const shares = budgetShares();
  expect(shares.clarify).toBeCloseTo(7.5 / 40);
  expect(shares.data).toBeCloseTo(10 / 40);
  expect(shares.model).toBeCloseTo(12.5 / 40);
  expect(shares.production).toBeCloseTo(10 / 40);
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
