/**
 * RuleTester (after ESLint's): tables of Markdown snippets and the status a
 * rule must give each. One `describe` per rule, one `it` per snippet.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/shipped.js';
import { rulesById } from '../../rules/index.js';
import type { Status } from '../../src/core/types.js';

export interface Case {
  /** Test name: what the snippet shows. */
  name: string;
  markdown: string;
  /** Lines the evidence must include (pass), when given. */
  lines?: number[];
}

export interface Table {
  pass?: Case[];
  fail?: Case[];
  na?: Case[];
}

export function statusOf(ruleId: string, markdown: string): { status: Status; lines: number[]; message: string | null } {
  const result = lint(markdown).results.find((r) => r.rule === ruleId);
  if (!result) throw new Error(`rule ${ruleId} did not run`);
  return { status: result.status, lines: result.evidence.map((e) => e.line), message: result.message };
}

export function ruleTester(ruleId: string, table: Table): void {
  if (!rulesById.has(ruleId)) throw new Error(`unknown rule ${ruleId}`);
  describe(ruleId, () => {
    const groups: Array<[Status, Case[] | undefined]> = [
      ['pass', table.pass],
      ['fail', table.fail],
      ['n/a', table.na],
    ];
    for (const [status, cases] of groups) {
      for (const c of cases ?? []) {
        it(`${status}: ${c.name}`, () => {
          const got = statusOf(ruleId, c.markdown);
          expect(got.status).toBe(status);
          if (c.lines) for (const line of c.lines) expect(got.lines).toContain(line);
          if (status === 'fail') expect(got.message).toMatch(/For example: "/);
        });
      }
    }
  });
}
