/**
 * Accuracy floors on the labelled dev corpus (set at what the detectors
 * reach, so a regression shows), and the real corpus linted without an
 * exception, every evidence line inside its document.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../scripts/eval.js';
import { lint } from '../src/core/engine.js';
import { DEV_CORPUS, REAL_CORPUS, SKIP_REASON, hasDevCorpus, hasRealCorpus } from './helpers/shared.js';

/** Per-rule agreement floors on ../shared/corpus/dev (16 documents). */
const FLOORS: Record<string, number> = {
  default: 0.93,
  'io-defined': 0.87,
  'online-metric-named': 0.87,
  'labeling-strategy-defined': 0.93,
};
const MACRO_FLOOR = 0.96;

describe.skipIf(!hasDevCorpus)(`dev corpus agreement${hasDevCorpus ? '' : ` (${SKIP_REASON})`}`, () => {
  const result = hasDevCorpus ? evaluate(DEV_CORPUS) : { rules: [], macro: 0 };
  it(`macro agreement stays at or above ${MACRO_FLOOR}`, () => {
    expect(result.macro).toBeGreaterThanOrEqual(MACRO_FLOOR);
  });
  for (const r of result.rules) {
    const floor = FLOORS[r.rule] ?? FLOORS.default!;
    it(`${r.rule} agrees on at least ${Math.round(floor * 100)}% of documents`, () => {
      expect(r.agreement, JSON.stringify(r.disagreements)).toBeGreaterThanOrEqual(floor);
    });
  }
});

describe.skipIf(!hasRealCorpus)(`real corpus${hasRealCorpus ? '' : ` (${SKIP_REASON})`}`, () => {
  const files = hasRealCorpus ? readdirSync(REAL_CORPUS).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md') : [];
  for (const name of files) {
    it(`lints ${name} with evidence inside the document`, () => {
      const text = readFileSync(join(REAL_CORPUS, name), 'utf8');
      const lines = text.split(/\r\n|\r|\n/).length;
      const report = lint(text, { path: name });
      expect(report.results).toHaveLength(29);
      for (const r of report.results) for (const e of r.evidence) expect(e.line).toBeLessThanOrEqual(lines);
      expect(report.score.total).toBeGreaterThanOrEqual(0);
      expect(report.score.total).toBeLessThanOrEqual(100);
    });
  }
});
