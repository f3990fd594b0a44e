/**
 * Every example in the rule metadata (which is also the rule's docs) gives
 * the status it is documented with, and every rule documents at least one
 * passing and one failing example.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { statusOf } from './helpers/rule-tester.js';

describe('documented examples', () => {
  for (const rule of rules) {
    describe(rule.meta.id, () => {
      it('documents a passing and a failing example', () => {
        const statuses = new Set(rule.meta.examples.map((e) => e.status));
        expect(statuses.has('pass')).toBe(true);
        expect(statuses.has('fail')).toBe(true);
        if (rule.meta.notApplicable) expect(statuses.has('n/a')).toBe(true);
      });
      for (const ex of rule.meta.examples) {
        it(`${ex.status}: ${ex.title}`, () => {
          expect(statusOf(rule.meta.id, ex.markdown).status).toBe(ex.status);
        });
      }
    });
  }
});
