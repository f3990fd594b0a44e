/**
 * The time budget in the reports: each phase's share of the words per
 * file (JSON `phaseShares`, valid against schema/report.schema.json), a
 * words line in stylish, a column in markdown, a table and a second chart
 * series in HTML. Shares are measured here, not hard-coded: the document
 * is built with known word counts.
 */
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import reportSchema from '../schema/report.schema.json' with { type: 'json' };
import { lint } from '../src/shipped.js';
import { summarize, type Report } from '../src/core/report.js';
import { formatters } from '../src/format/index.js';
import { PHASES, type FileReport } from '../src/core/types.js';
import { rules } from '../rules/index.js';

const words = (n: number): string => `${Array.from({ length: n }, () => 'text').join(' ')}.`;
/** 100 counted words: clarify 20, data 25, model 50, production 5 (headings included). */
const md = `# Design\n\n## Requirements\n\n${words(19)}\n\n## Data\n\n${words(24)}\n\n## Model\n\n${words(49)}\n\n## Deployment\n\n${words(4)}\n`;

function file(text: string, path: string): FileReport {
  const r = lint(text, { path });
  return { path: r.path, results: r.results, score: r.score, ...(r.phaseShares ? { phaseShares: r.phaseShares } : {}) };
}
const report = (...files: FileReport[]): Report => ({ files, summary: summarize(files) });
const plain = { color: false, quiet: false };

describe('JSON report: phaseShares', () => {
  const out = JSON.parse(formatters.json!(report(file(md, 'a.md')), plain));
  it('carries the counted words and each phase\'s share', () => {
    expect(out.files[0].phaseShares).toEqual({ words: 100, shares: { clarify: 0.2, data: 0.25, model: 0.5, production: 0.05 } });
  });
  it('is valid against schema/report.schema.json', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(reportSchema);
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(out);
    broken.files[0].phaseShares.shares.model = 1.5;
    expect(validate(broken)).toBe(false);
  });
  it('is there with every rule turned off (the document model is built anyway)', () => {
    const off = Object.fromEntries(rules.map((r) => [r.meta.id, 'off' as const]));
    expect(lint(md, { rules: off }).phaseShares?.words).toBe(100);
  });
  it('a document with no phase sections has no counted words', () => {
    expect(lint('# X\n\nJust a paragraph.\n').phaseShares).toEqual({ words: 0, shares: { clarify: 0, data: 0, model: 0, production: 0 } });
  });
});

describe('stylish, markdown and HTML show the shares beside the budget', () => {
  const one = report(file(md, 'a.md'));
  it('stylish: one compact words line', () => {
    const line = formatters.stylish!(one, plain).split('\n').find((l) => l.includes('words:'));
    expect(line).toContain('clarify 20% (11-29%) · data 25% (22-29%) · model 50% (22-43%) · production 5% (22-29%)');
  });
  it('markdown: a words column and a budget column in the phase table', () => {
    const out = formatters.markdown!(one, plain);
    expect(out).toContain('| phase | score | | words | budget |');
    expect(out).toMatch(/\| production \| \d+ \| `[█░]+` \| 5% \| 22-29% \|/);
  });
  it('HTML: a budget table and a second series of bars on the chart', () => {
    const out = formatters.html!(one, plain);
    expect(out).toContain('<table class="budget">');
    expect(out.match(/<rect class="share"/g)).toHaveLength(PHASES.length);
    expect(out).toContain('50% of words');
    // the model's share bar is ten times production's
    const widths = [...out.matchAll(/<rect class="share"[^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths[2]! / widths[3]!).toBeCloseTo(10, 5);
  });
  it('HTML summary: the mean share per phase as the second series', () => {
    const out = formatters.html!(report(file(md, 'a.md'), file(md.replace(words(49), words(29)), 'b.md')), plain);
    expect(out).toContain('Mean score and mean share of words per phase');
  });
  it('reports built without shares still render', () => {
    const bare = report({ ...file(md, 'a.md'), phaseShares: undefined });
    expect(formatters.stylish!(bare, plain)).not.toContain('words:');
    expect(formatters.markdown!(bare, plain)).toMatch(/\| clarify \| \d+ \| `[█░]+` \| - \| 11-29% \|/);
    expect(formatters.html!(bare, plain)).not.toContain('class="share"');
  });
});
