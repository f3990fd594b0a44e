/**
 * Reading rule 10: navigation is not content. A table of contents, a
 * chapter index (a table of numbered links to other pages) and a bare link
 * state nothing about this design; the same words stated elsewhere count.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../helpers/rule-tester.js';

const toc = (entries: string[]): string => `## Contents\n\n${entries.map((e, i) => `${i + 1}. [${e}](#${e.toLowerCase().replace(/\W+/g, '-')})`).join('\n')}\n`;
const chapterIndex = (rows: Array<[string, string]>): string =>
  `| # | Chapter | Covers |\n|---|---|---|\n${rows.map(([title, covers], i) => `| ${i + 1} | [${title}](0${i + 1}-${title.toLowerCase().replace(/\W+/g, '-')}.md) | ${covers} |`).join('\n')}\n`;

const CASES: Array<[rule: string, navigation: string, statement: string]> = [
  ['ab-test-rollout', toc(['Problem', 'A/B testing and canary rollout', 'Monitoring']), 'We launch with an A/B test on 5% of users.'],
  ['drift-type-named', toc(['Data drift and concept drift', 'Retraining', 'Alerts']), 'We monitor data drift on the input features daily.'],
  [
    'loss-function-specified',
    chapterIndex([['Framing', 'task, metrics'], ['Training', 'focal loss, Adam, dropout'], ['Serving', 'latency, caching']]),
    'We train with focal loss to handle the class imbalance.',
  ],
  [
    'data-sources-identified',
    chapterIndex([['Data', 'click logs, the user database'], ['Model', 'baselines'], ['Launch', 'A/B tests']]),
    'Training data comes from the click logs joined with the user database.',
  ],
  ['optimizer-specified', '- [Adam: a method for stochastic optimization](https://example.org/adam)\n', 'We optimise with Adam at a learning rate of 3e-4.'],
  // a reading-list section, with no links at all
  ['data-sources-identified', '## 7. Further reading\n\n- The original survey paper and the public benchmark dataset of annotated receipts.\n', 'Training data comes from the receipt scans in the expense database.'],
  ['drift-type-named', '## References\n\nGama et al. on concept drift adaptation, and a blog post on data drift.\n', 'We watch for data drift in the scan resolution weekly.'],
];

describe('navigation is not content (reading rule 10)', () => {
  for (const [rule, navigation, statement] of CASES) {
    it(`${rule}: navigation alone does not pass`, () => {
      expect(statusOf(rule, `# Design\n\n${navigation}\n## Notes\n\nWe agree on the scope first.\n`).status).not.toBe('pass');
    });
    it(`${rule}: the same words stated about the design pass`, () => {
      expect(statusOf(rule, `# Design\n\n${navigation}\n## Design\n\n${statement}\n`).status).toBe('pass');
    });
  }
  it('a table of contents without links (its items are the headings) is navigation', () => {
    const doc = '# Design\n\n- Problem\n- A/B testing\n- Monitoring\n\n## Problem\n\nWe rank videos.\n\n## A/B testing\n\nWe will not A/B test this system.\n\n## Monitoring\n\nWe watch p99 latency.\n';
    expect(statusOf('ab-test-rollout', doc).status).toBe('fail');
  });
  it('a heading that only starts like a reading list is an ordinary section', () => {
    expect(statusOf('data-sources-identified', '# Design\n\n## References to the current system\n\nTraining data comes from the receipt scans in the expense database.\n').status).toBe('pass');
  });
  it('a sentence with a link in it is still a statement', () => {
    expect(statusOf('training-serving-skew-addressed', '# Design\n\nFeatures are served from a [Feast](https://feast.dev) feature store shared by training and serving.\n').status).toBe('pass');
  });
});

describe('evidence shows the thing: a mention in the phase\'s own section before a passing one elsewhere', () => {
  it('data sources quote the data section, not a requirement that names the same records', () => {
    const md = '# Support\n\n## Requirements\n\n- Handle a growing volume of support tickets.\n\n## Data\n\n- Training data: the support tickets of the last year from the ticket history.\n';
    const r = statusOf('data-sources-identified', md);
    expect(r.status).toBe('pass');
    expect(r.lines).toEqual([9]);
  });
  it('a record named as the unit of a decision is not a source ("per transaction")', () => {
    expect(statusOf('data-sources-identified', '# Payments\n\nThe model decides, per transaction, whether to ask for a challenge.\n').status).toBe('fail');
  });
});
