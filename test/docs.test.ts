/** The per-rule docs are generated from the metadata and kept in step. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { expectedDocs } from '../scripts/gen-docs.js';
import { rules } from '../rules/index.js';

const dir = new URL('../docs/rules/', import.meta.url);

describe('docs/rules', () => {
  const expected = expectedDocs();
  it('has a doc for every rule and no doc without a rule', () => {
    const present = readdirSync(dir).sort();
    expect(present).toEqual([...expected.keys()].sort());
  });
  for (const [name, text] of expected) {
    it(`${name} matches the rule metadata (run "npm run docs" after changing a rule)`, () => {
      const path = new URL(name, dir);
      expect(existsSync(path)).toBe(true);
      expect(readFileSync(path, 'utf8')).toBe(text);
    });
  }
  it('names each rule file after its id', () => {
    const files = readdirSync(new URL('../rules/', import.meta.url)).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(rules.map((r) => r.meta.id).sort());
  });
});
