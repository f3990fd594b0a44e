/**
 * Rule table for phase-balance (catalog 1.4) and the word shares the
 * reports carry: words of each phase's sections as a share of the counted
 * words; the title, front matter, code, HTML comments, tables of contents,
 * text before the first phase section and non-phase sections not counted.
 */
import { describe, expect, it } from 'vitest';
import { ruleTester, statusOf } from '../helpers/rule-tester.js';
import { crlf } from './cases.js';
import { lint } from '../../src/shipped.js';
import { buildDocument } from '../../src/core/document.js';
import { phaseShares, wordCount } from '../../src/core/phase-shares.js';
import { validateConfig, formatProblem } from '../../src/config/resolve.js';

/** A sentence of exactly `n` words. */
const words = (n: number): string => `${Array.from({ length: n }, () => 'text').join(' ')}.`;

/**
 * One one-word heading per phase, each section holding exactly `counts[i]`
 * words with its heading (so shares are exact: 10 of 100 words is 10%).
 */
function sized(clarify: number, data: number, model: number, production: number, extra = ''): string {
  const section = (heading: string, n: number) => `## ${heading}\n\n${words(n - 1)}`;
  return `# Design\n\n${extra}${section('Requirements', clarify)}\n\n${section('Data', data)}\n\n${section('Model', model)}\n\n${section('Deployment', production)}\n`;
}

const shares = (markdown: string) => phaseShares(buildDocument(markdown));

ruleTester('phase-balance', {
  pass: [
    { name: 'four phases near the budget', markdown: sized(20, 25, 30, 25), lines: [3, 7, 11, 15] },
    { name: 'exactly 10% for clarify (the edge passes)', markdown: sized(10, 30, 30, 30) },
    { name: 'exactly 50% for the model (the edge passes)', markdown: sized(16, 17, 50, 17) },
    { name: 'a phase with no section is phases-covered\'s failure, not this rule\'s', markdown: sized(30, 30, 40, 1).replace(/## Deployment\n\n\.\n/, '') },
    { name: 'a placeholder section is no content', markdown: sized(30, 30, 40, 2).replace(/## Deployment\n\ntext\./, '## Deployment\n\nTBD') },
    { name: 'CRLF line endings', markdown: crlf(sized(20, 25, 30, 25)) },
  ],
  fail: [
    { name: 'just under 10% for clarify', markdown: sized(9, 30, 30, 30) },
    { name: 'just over 50% for the model', markdown: sized(16, 17, 51, 17) },
    { name: 'production squeezed to a line', markdown: sized(30, 30, 35, 5) },
  ],
  na: [
    { name: 'a heading-less document', markdown: `# Design\n\n${words(40)} We frame it as ranking.\n\n${words(60)}\n` },
    { name: 'one phase section only', markdown: `# Design\n\n## Model\n\n${words(50)}\n` },
    { name: 'sections about no phase', markdown: `# Design\n\n## Summary\n\n${words(30)}\n\n## References\n\n${words(30)}\n` },
  ],
});

describe('phase-balance: how words are counted', () => {
  it('counts words as a reader does: runs holding a letter or a digit', () => {
    expect(wordCount('A/B test on 5% of users — then 2y.')).toBe(8);
    expect(wordCount('  ')).toBe(0);
  });

  it('counts each phase section with its heading, and not the title', () => {
    const s = shares(sized(20, 25, 30, 25));
    expect(s.counted).toBe(100);
    expect(s.phases.clarify.words).toBe(20);
    expect(s.phases.model.share).toBe(0.3);
  });

  it('leaves out text before the first phase section and sections about no phase', () => {
    const base = shares(sized(20, 25, 30, 25));
    const padded = shares(sized(20, 25, 30, 25, `${words(80)}\n\n`).replace(/\n$/, `\n\n## References\n\n${words(90)}\n`));
    expect(padded.counted).toBe(base.counted);
  });

  it('leaves out fenced code, HTML comments and front matter', () => {
    const base = shares(sized(20, 25, 30, 25));
    const hidden = sized(20, 25, 30, 25).replace('## Model\n\n', `## Model\n\n\`\`\`python\n${words(200)}\n\`\`\`\n\n<!-- ${words(100)} -->\n\n`);
    const wordsOf = (x: ReturnType<typeof shares>) => Object.values(x.phases).map((p) => p.words);
    expect(wordsOf(shares(`---\nnotes: ${words(50)}\n---\n\n${hidden}`))).toEqual(wordsOf(base));
  });

  it('leaves out a table of contents', () => {
    const toc = '## Requirements\n\n- [Requirements](#requirements)\n- [Data](#data)\n- [Model](#model)\n- [Deployment](#deployment)\n\n';
    const withToc = sized(20, 25, 30, 25).replace('## Requirements\n\n', toc);
    expect(shares(withToc).counted).toBe(100);
    expect(shares(sized(20, 25, 30, 25).replace('# Design\n\n', `# Design\n\n## Contents\n\n${words(30)}\n\n`)).counted).toBe(100);
  });

  it('counts a phase of subsections with its section, and a subsection about another phase with that phase', () => {
    const md = `# Design\n\n## Requirements\n\n${words(20)}\n\n## Data\n\n${words(20)}\n\n## Model\n\n### Baseline\n\n${words(20)}\n\n### Training\n\n${words(20)}\n\n### Serving\n\nWe deploy the model behind the ranking service, monitor p99 latency and roll out through an A/B test.\n`;
    const s = shares(md);
    expect(s.phases.model.words).toBe(1 + 1 + 20 + 1 + 20);
    expect(s.phases.model.section?.title).toBe('Model');
    expect(s.phases.production.words).toBeGreaterThan(15);
  });

  it('reads a framing summary before the data as clarify, and deep-dive topics by their own phase', () => {
    const md = `# Design\n\n## Summary\n\n${words(20)}\n\n## Data\n\n${words(20)}\n\n## Deep dives\n\n### Model training\n\n${words(20)}\n\n### Deployment\n\n${words(20)}\n`;
    const s = shares(md);
    expect(s.phases.clarify.words).toBe(21);
    expect(s.phases.model.words).toBe(22);
    expect(s.phases.production.words).toBe(21);
  });
});

describe('phase-balance: message and evidence', () => {
  it('names the phase, its share and the framework\'s share for it', () => {
    const { message } = statusOf('phase-balance', sized(30, 30, 35, 5));
    expect(message).toMatch(/production holds 5% of the words, under 10% \(the framework budgets about 22-29%\)/);
    expect(statusOf('phase-balance', sized(16, 17, 51, 17)).message).toMatch(/model holds 50% .*over 50%.*22-43%/);
  });
  it('quotes the first heading of each counted phase, with its share', () => {
    const r = lint(sized(20, 25, 30, 25)).results.find((x) => x.rule === 'phase-balance')!;
    expect(r.evidence.map((e) => e.text)).toEqual(['clarify: Requirements (20%)', 'data: Data (25%)', 'model: Model (30%)', 'production: Deployment (25%)']);
  });
});

describe('phase-balance options', () => {
  const statusWith = (markdown: string, options: Record<string, unknown>) =>
    lint(markdown, { rules: { 'phase-balance': ['warn', options] } }).results.find((r) => r.rule === 'phase-balance')!.status;
  it('min lowers the floor', () => {
    expect(statusWith(sized(9, 30, 30, 30), { min: 0.05 })).toBe('pass');
    expect(statusWith(sized(4, 32, 32, 32), { min: 0.05 })).toBe('fail');
  });
  it('max raises the ceiling', () => {
    expect(statusWith(sized(16, 17, 51, 17), { max: 0.6 })).toBe('pass');
    expect(statusWith(sized(16, 17, 51, 17), { max: 0.4 })).toBe('fail');
  });
  it('are checked by the configuration schema', () => {
    const check = (setting: unknown) => validateConfig({ file: 'c.json', data: { rules: { 'phase-balance': setting } } }).map(formatProblem);
    expect(check(['warn', { min: 0.05 }])).toEqual([]);
    expect(check(['warn', { min: '5%' }])).toEqual(['c.json: /rules/phase-balance/1/min: must be number']);
    expect(check(['warn', { max: 2 }])).toEqual(['c.json: /rules/phase-balance/1/max: must be <= 1']);
    expect(check(['warn', { mni: 0.1 }])).toEqual(['c.json: /rules/phase-balance/1/mni: unknown property "mni" (expected min, max)']);
  });
});
