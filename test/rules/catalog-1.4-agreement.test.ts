/**
 * Agreement floors of the two catalog 1.4 rules on every labelled set that
 * carries their labels (../shared/corpus/{dev,synthetic,real}), set at what
 * the detectors reach so a regression shows. The dev floors are in
 * test/corpus.test.ts with every other rule.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { evaluate } from '../../scripts/eval.js';
import { SHARED, SKIP_REASON, noteSkip } from '../helpers/shared.js';

const FLOORS: Record<string, Record<string, number>> = {
  // 24 documents by other writers
  synthetic: { 'data-availability-stated': 0.95, 'phase-balance': 0.95 },
  // 15 labelled real documents; phase-balance leans on which phase a section
  // is about (two graders agree on 0.83-0.94 of its verdicts there)
  real: { 'data-availability-stated': 0.95, 'phase-balance': 0.9 },
};

for (const [set, floors] of Object.entries(FLOORS)) {
  const folder = `${SHARED}corpus/${set}`;
  const present = existsSync(`${folder}/labels.json`);
  describe.skipIf(!noteSkip(present, `catalog 1.4 floors on the ${set} corpus`))(`${set} corpus: catalog 1.4 rules${present ? '' : ` (${SKIP_REASON})`}`, () => {
    const result = present ? evaluate(folder) : { rules: [] };
    for (const [rule, floor] of Object.entries(floors)) {
      it(`${rule} agrees on at least ${Math.round(floor * 100)}% of documents`, () => {
        const r = result.rules.find((x) => x.rule === rule);
        expect(r, `${rule} has no labels in ${set}`).toBeDefined();
        expect(r!.agreement, JSON.stringify(r!.disagreements)).toBeGreaterThanOrEqual(floor);
      });
    }
  });
}
