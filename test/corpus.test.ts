/**
 * Accuracy floors on the labelled dev corpus (set at what the detectors
 * reach, so a regression shows), and the real corpus linted without an
 * exception, every evidence line inside its document.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../scripts/eval.js';
import { lint } from '../src/shipped.js';
import { DEV_CORPUS, REAL_CORPUS, SKIP_REASON, hasDevCorpus, hasRealCorpus } from './helpers/shared.js';

/**
 * Agreement floors, set just under what the detectors reach so a regression
 * shows: ../shared/corpus/dev (16 documents, every rule at 100%) and our own
 * blind held-out set in fixtures/heldout (22 documents written from the
 * catalog by a grader who did not see the detectors; 99.5% macro).
 */
const DEV = { rule: 0.93, macro: 0.99 };
const HELDOUT = { rule: 0.9, macro: 0.98 };

function floors(name: string, folder: string, floor: { rule: number; macro: number }): void {
  const result = evaluate(folder);
  it(`${name}: macro agreement stays at or above ${floor.macro}`, () => {
    expect(result.macro).toBeGreaterThanOrEqual(floor.macro);
  });
  for (const r of result.rules) {
    it(`${name}: ${r.rule} agrees on at least ${Math.round(floor.rule * 100)}% of documents`, () => {
      expect(r.agreement, JSON.stringify(r.disagreements)).toBeGreaterThanOrEqual(floor.rule);
    });
  }
}

describe.skipIf(!hasDevCorpus)(`dev corpus agreement${hasDevCorpus ? '' : ` (${SKIP_REASON})`}`, () => {
  if (hasDevCorpus) floors('dev', DEV_CORPUS, DEV);
});

describe('held-out corpus agreement (fixtures/heldout)', () => {
  floors('held-out', fileURLToPath(new URL('../fixtures/heldout', import.meta.url)), HELDOUT);
});

describe.skipIf(!hasRealCorpus)(`real corpus${hasRealCorpus ? '' : ` (${SKIP_REASON})`}`, () => {
  const files = hasRealCorpus ? readdirSync(REAL_CORPUS).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md') : [];
  for (const name of files) {
    it(`lints ${name} with evidence inside the document`, () => {
      const text = readFileSync(join(REAL_CORPUS, name), 'utf8');
      const lines = text.split(/\r\n|\r|\n/).length;
      const report = lint(text, { path: name });
      expect(report.results).toHaveLength(31);
      for (const r of report.results) for (const e of r.evidence) expect(e.line).toBeLessThanOrEqual(lines);
      expect(report.score.total).toBeGreaterThanOrEqual(0);
      expect(report.score.total).toBeLessThanOrEqual(100);
    });
  }
});
