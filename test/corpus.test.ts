/**
 * Accuracy floors on every labelled set (set just under what the detectors
 * reach, so a regression shows), and the real corpus linted without an
 * exception, every evidence line inside its document.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../scripts/eval.js';
import { lint } from '../src/shipped.js';
import { rules } from '../rules/index.js';
import { DEV_CORPUS, REAL_CORPUS, SYNTHETIC_CORPUS, SKIP_REASON, hasRealCorpus, noteSkip } from './helpers/shared.js';

interface Floor {
  /** Macro agreement over the rules the linter runs. */
  macro: number;
  /** Every rule's agreement. */
  rule: number;
  /** Evidence agreement over the passes both agree on. */
  evidence: number;
}

/**
 * Floors per labelled set, just under what the detectors reach today (the
 * numbers `npm run eval` prints on 2026-12-04); raise them as the
 * detectors improve.
 *
 * - dev: ../shared/corpus/dev, 16 documents the detectors were tuned on
 *   (macro 100%, evidence 88.2%);
 * - synthetic: ../shared/corpus/synthetic, 24 documents by other writers
 *   (99.3%, 90.0%);
 * - real: the 15 labelled documents of ../shared/corpus/real (95.1%, 55.2%);
 * - held-out: fixtures/heldout, 22 documents written from the catalog by a
 *   grader who did not see the detectors (99.4% over its 29 labelled rules,
 *   87.5%; tuned on since its first blind run);
 * - blind-3: fixtures/blind-3, 18 more documents by a grader who never read
 *   the detectors, measured once at the end of the round; floors at that
 *   first look.
 * - blind-2: fixtures/blind-2, 16 documents written the same way in other
 *   domains and styles, measured once blind (90.3%, 72.3%; first-blind-run.txt);
 *   two general fixes since (91.1%), so no longer blind.
 */
const SETS: ReadonlyArray<{ name: string; folder: string; floor: Floor; needsShared?: boolean }> = [
  { name: 'dev', folder: DEV_CORPUS, floor: { macro: 0.99, rule: 0.95, evidence: 0.89 } },
  { name: 'synthetic', folder: SYNTHETIC_CORPUS, floor: { macro: 0.98, rule: 0.95, evidence: 0.9 } },
  { name: 'real (labelled)', folder: REAL_CORPUS, floor: { macro: 0.94, rule: 0.79, evidence: 0.59 } },
  { name: 'held-out', folder: fileURLToPath(new URL('../fixtures/heldout', import.meta.url)), floor: { macro: 0.98, rule: 0.9, evidence: 0.89 } },
  { name: 'blind-2', folder: fileURLToPath(new URL('../fixtures/blind-2', import.meta.url)), floor: { macro: 0.95, rule: 0.8, evidence: 0.77 } },
  // blind-3: floors at its first and only blind look (fixtures/blind-3/first-blind-run.txt); tuned on since (two general fixes)
  { name: 'blind-3', folder: fileURLToPath(new URL('../fixtures/blind-3', import.meta.url)), floor: { macro: 0.89, rule: 0.72, evidence: 0.8 } },
  // blind-4 and real-2: floors at their first blind look on 2026-12-06 (first-blind-run.txt in each folder)
  { name: 'blind-4', folder: fileURLToPath(new URL('../fixtures/blind-4', import.meta.url)), floor: { macro: 0.91, rule: 0.68, evidence: 0.89 } },
  // real-2 labels documents of ../shared/corpus/real, read there ("root" in its labels.json)
  { name: 'real-2', folder: fileURLToPath(new URL('../fixtures/real-2', import.meta.url)), floor: { macro: 0.87, rule: 0.64, evidence: 0.53 }, needsShared: true },
];

for (const { name, folder, floor, needsShared } of SETS) {
  const labelled = existsSync(join(folder, 'labels.json')) && (!needsShared || hasRealCorpus);
  const why = needsShared && !hasRealCorpus ? SKIP_REASON : `skipped: no labels.json in ${folder}; ${SKIP_REASON.replace(/^skipped: /, '')}`;
  const reason = labelled ? '' : ` (${why})`;
  noteSkip(labelled, `corpus floors for ${name}`, why);
  describe.skipIf(!labelled)(`${name} agreement${reason}`, () => {
    if (!labelled) return;
    const result = evaluate(folder);
    it(`macro agreement stays at or above ${floor.macro}`, () => {
      expect(result.macro).toBeGreaterThanOrEqual(floor.macro);
    });
    it(`evidence agreement stays at or above ${floor.evidence}`, () => {
      expect(result.evidence ?? 0).toBeGreaterThanOrEqual(floor.evidence);
    });
    for (const r of result.rules) {
      it(`${r.rule} agrees on at least ${Math.round(floor.rule * 100)}% of documents`, () => {
        expect(r.agreement, JSON.stringify(r.disagreements)).toBeGreaterThanOrEqual(floor.rule);
      });
    }
  });
}

describe.skipIf(!noteSkip(hasRealCorpus, 'real corpus: every document linted with evidence inside it'))(`real corpus${hasRealCorpus ? '' : ` (${SKIP_REASON})`}`, () => {
  const files = hasRealCorpus ? readdirSync(REAL_CORPUS).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md') : [];
  for (const name of files) {
    it(`lints ${name} with evidence inside the document`, () => {
      const text = readFileSync(join(REAL_CORPUS, name), 'utf8');
      const lines = text.split(/\r\n|\r|\n/).length;
      const report = lint(text, { path: name });
      expect(report.results).toHaveLength(rules.length);
      for (const r of report.results) for (const e of r.evidence) expect(e.line).toBeLessThanOrEqual(lines);
      expect(report.score.total).toBeGreaterThanOrEqual(0);
      expect(report.score.total).toBeLessThanOrEqual(100);
    });
  }
});
