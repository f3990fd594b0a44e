/**
 * Rule tables for the document-level rules, written from the catalog
 * (shared/spec/rules.md), not from the detectors.
 */
import { describe, expect, it } from 'vitest';
import { ruleTester, statusOf } from '../helpers/rule-tester.js';
import { crlf } from './cases.js';

/** One section per phase, filled in; `sections` picks and orders them. */
const SECTION: Record<string, string> = {
  clarify: '## Problem\n\nWe frame feed ranking as binary classification of clicks; p99 latency must stay under 100 ms.',
  data: '## Data\n\nWe train on 30 days of impression logs; a click is a positive and a skip is a negative.',
  model: '## Model\n\nWe start with logistic regression, then train a two-tower network with Adam.',
  production: '## Deployment\n\nWe launch through an A/B test on 5% of users and alert on p99 latency and feature drift.',
};

function design(title: string, sections: string[]): string {
  return `# ${title}\n\n${sections.map((s) => SECTION[s] ?? s).join('\n\n')}\n`;
}

ruleTester('phases-covered', {
  pass: [
    { name: 'the author\'s own italic text is content', markdown: '# Floods\n\n## Problem\n\nWe frame flood mapping as segmentation; recall is the offline metric.\n\n## Data\n\nRadar scenes come from the public archive; labels are hand-traced outlines.\n\n## Model\n\nA U-Net trained with Adam and dice loss.\n\n## Deployment\n\n*We roll out through an A/B test on 5% of regions and monitor latency.*\n' },
    { name: 'a section for every phase', markdown: design('Feed', ['clarify', 'data', 'model', 'production']), lines: [3, 7, 11, 15] },
    {
      name: 'headings named differently',
      markdown:
        '# Jobs\n\n## Requirements\n\nRank jobs for a member as a learning-to-rank task; 5k QPS at peak.\n\n## Data pipeline\n\nApplication events from the jobs database; an application is a positive.\n\n## Modelling\n\nA LightGBM ranker with a LambdaRank loss, then a two-tower retrieval model.\n\n## Launch and monitoring\n\nA canary on 1% of traffic, then an A/B test; dashboards for latency and error rate.\n',
      lines: [3, 7, 11, 15],
    },
    {
      name: 'paragraphs without headings',
      markdown:
        '# Spam\n\nWe frame spam filtering as binary classification; the model returns a spam probability for every email within 50 ms.\n\nWe train on user spam reports and the mail logs; text is tokenized and lower-cased.\n\nWe start with naive Bayes, then fine-tune a BERT classifier with cross-entropy loss and AdamW.\n\nWe roll out with an A/B test on 5% of inboxes, monitor data drift and retrain weekly.\n',
    },
    {
      name: 'evaluation inside the model section, serving after',
      markdown: design('Feed', ['clarify', 'data', 'model', '## Offline evaluation\n\nAUC and log loss on the last day of logs.', 'production']),
      lines: [3, 7, 11, 19],
    },
    { name: 'CRLF line endings', markdown: crlf(design('Feed', ['clarify', 'data', 'model', 'production'])), lines: [3, 7, 11, 15] },
  ],
  fail: [
    {
      name: 'a template whose sections open with italic outline items that are not guidance verbs',
      markdown:
        '# Floods\n\n## Problem\n\n*Task, metrics, constraints.*\n\nWe frame flood mapping as segmentation; recall is the offline metric.\n\n## Data\n\n*Sources, labels, cleaning.*\n\nRadar scenes come from the public archive; labels are hand-traced outlines.\n\n## Model\n\n*Baseline first, then the main model.*\n\nA U-Net trained with Adam and dice loss.\n\n## Deployment\n\n*Rollout, serving, monitoring, retraining.*\n\nTBD\n',
    },
    { name: "a section holding only a template's hint and TODO", markdown: '# Floods\n\n## Problem\n\nWe frame flood mapping as segmentation; recall is the offline metric.\n\n## Data\n\nRadar scenes come from the public archive; labels are hand-traced outlines.\n\n## Model\n\nA U-Net trained with Adam and dice loss.\n\n## Deployment\n\n*Hint: rollout, monitoring, retraining.*\n\nTODO\n' },
    { name: 'a post-processing label is not going live', markdown: '# Floods\n\n## Problem\n\nWe frame flood mapping as segmentation; recall is the offline metric.\n\n## Data\n\nRadar scenes come from the public archive; labels are hand-traced outlines.\n\n## Model\n\nA U-Net trained with Adam and dice loss.\n\n- Post-processing: keep the largest flooded component, drop blobs below 10 pixels.\n' },
    { name: 'production only a placeholder', markdown: design('Feed', ['clarify', 'data', 'model', '## Deployment\n\nTBD']) },
    { name: 'offline evaluation alone is not production', markdown: design('Feed', ['clarify', 'data', 'model', '## Evaluation\n\nWe report AUC and log loss on the held-out week.']) },
    { name: 'no data phase', markdown: design('Feed', ['clarify', 'model', 'production']) },
    { name: 'no clarify phase', markdown: design('Feed', ['data', 'model', 'production']) },
    { name: 'data section only a placeholder', markdown: design('Feed', ['clarify', '## Data\n\nTBD', 'model', 'production']) },
    { name: 'two phases in paragraphs, data and model missing', markdown: '# Feed\n\nRank posts as binary classification of clicks, under 100 ms at p99.\n\nWe launch with an A/B test on 5% of users and monitor feature drift.\n' },
    { name: 'production only in an HTML comment', markdown: design('Feed', ['clarify', 'data', 'model', '<!-- ## Deployment\n\nA/B test on 5% of users; alerts on latency. -->']) },
    { name: 'production only in a fenced code block', markdown: design('Feed', ['clarify', 'data', 'model', '```yaml\nrollout: A/B test on 5% of users\nmonitoring: p99 latency alerts\n```']) },
    { name: 'CRLF, model section is a placeholder', markdown: crlf(design('Feed', ['clarify', 'data', '## Model\n\nTODO', 'production'])) },
  ],
});

ruleTester('phases-in-order', {
  pass: [
    { name: 'framework order', markdown: design('Feed', ['clarify', 'data', 'model', 'production']), lines: [3, 7, 11, 15] },
    {
      name: 'high-level architecture before the data belongs to framing',
      markdown: design('Feed', ['clarify', '## High-level architecture\n\nA two-tower retrieval stage feeds a GBDT ranker, behind the feed API.', 'data', 'model', 'production']),
    },
    { name: 'evaluation right after the model', markdown: design('Feed', ['clarify', 'data', 'model', '## Evaluation\n\nAUC and log loss on the last day of logs.', 'production']) },
    { name: 'a placeholder section in its place', markdown: design('Feed', ['clarify', 'data', 'model', '## Deployment\n\nTBD']) },
    { name: 'only two phases, in order', markdown: design('Feed', ['data', 'model']) },
    { name: 'metrics section first belongs to framing', markdown: '# Feed\n\n## Metrics\n\nAUC offline, click-through rate online.\n\n## Data\n\nImpression logs.\n\n## Model\n\nA GBDT.\n', lines: [3, 7, 11] },
    { name: 'level-3 headings are sections too', markdown: '# Feed\n\n### Data\n\nImpression logs.\n\n### Model\n\nA GBDT.\n', lines: [3, 7] },
    { name: 'CRLF line endings', markdown: crlf(design('Feed', ['clarify', 'data', 'model', 'production'])), lines: [3, 7, 11, 15] },
  ],
  fail: [
    { name: 'model before data', markdown: design('Feed', ['clarify', 'model', 'data', 'production']) },
    { name: 'a generic heading mainly about training, before the data', markdown: '# Feed\n\n## Problem\n\nRank the feed.\n\n## Approach\n\nWe train a GBDT with log loss, then a DNN with Adam and dropout.\n\n## Data\n\nImpression logs; a click is a positive.\n' },
    { name: 'training section before the data', markdown: '# Feed\n\n## Problem\n\nRank the feed.\n\n## Training\n\nWe train a GBDT.\n\n## Data\n\nImpression logs.\n' },
    { name: 'monitoring before the model', markdown: design('Feed', ['clarify', 'data', 'production', 'model']) },
    { name: 'serving section first', markdown: design('Feed', ['production', 'clarify', 'data', 'model']) },
    { name: 'placeholder deployment section before the data', markdown: design('Feed', ['clarify', '## Deployment\n\nTBD', 'data', 'model']) },
    { name: 'CRLF, model before data', markdown: crlf(design('Feed', ['model', 'data'])) },
  ],
  na: [
    { name: 'no sections', markdown: '# Feed\n\nWe rank posts by predicted clicks.\n\nWe train a GBDT on impression logs.\n' },
    { name: 'only one phase has a section', markdown: design('Feed', ['model']) },
    { name: 'bold labels are not sections', markdown: '# Feed\n\n**Model.** A two-tower network trained with Adam.\n\n**Data.** Impression logs; a click is a positive.\n\n**Problem.** Binary classification of clicks.\n' },
    { name: 'CRLF, no sections', markdown: crlf('# Feed\n\n- goal: engagement\n- model: a DNN\n') },
  ],
});

ruleTester('no-placeholders', {
  pass: [
    { name: 'finished text', markdown: design('Feed', ['clarify', 'data']) },
    { name: 'TODO inside a fenced code block', markdown: '# Feed\n\nWe train the ranker nightly.\n\n```python\n# TODO tune the learning rate\nmodel.fit(x, y)\n```\n' },
    { name: 'TBD inside an HTML comment', markdown: '# Feed\n\nWe launch through an A/B test.\n\n<!-- TBD: ramp schedule -->\n' },
    { name: 'TODO in YAML front matter', markdown: '---\nstatus: TODO\n---\n\n# Feed\n\nWe launch through an A/B test.\n' },
    { name: 'a to-do app is not a placeholder', markdown: '# Tasks\n\nWe rank the items in a to-do list app by predicted completion.\n' },
    { name: 'a single question mark is not a placeholder', markdown: '# Feed\n\nWhat is the latency budget? We assume 100 ms.\n' },
    { name: 'CRLF line endings', markdown: crlf(design('Feed', ['clarify', 'production'])) },
  ],
  fail: [
    { name: 'TBD section', markdown: design('Feed', ['clarify', '## Deployment\n\nTBD']) },
    { name: 'TODO in a list item', markdown: '# Feed\n\n- TODO: add comment-text features\n' },
    { name: 'FIXME in prose', markdown: '# Feed\n\nThe model is retrained daily (FIXME: check the cron).\n' },
    { name: 'lorem ipsum', markdown: '# Feed\n\n## Data\n\nLorem ipsum dolor sit amet.\n' },
    { name: 'question marks', markdown: '# Feed\n\nThe p99 latency budget is ??? ms.\n' },
    { name: '[insert ...]', markdown: '# Feed\n\nWe serve [insert number] requests per second.\n' },
    { name: '<fill in>', markdown: '# Feed\n\nThe online metric is <fill in>.\n' },
    { name: 'in a table cell', markdown: '# Feed\n\n| Metric | Target |\n|---|---|\n| AUC | TBD |\n' },
    { name: 'lower-case tbd', markdown: '# Feed\n\nThe latency budget is tbd.\n' },
    { name: 'inline code is visible', markdown: '# Feed\n\nThe cost budget is `TODO`.\n' },
    { name: 'placeholder in the title', markdown: '# TODO\n\nWe launch with an A/B test.\n' },
    { name: 'CRLF, TBD', markdown: crlf('# Feed\n\n## Monitoring\n\nTBD\n') },
  ],
});

describe('document-level messages and evidence', () => {
  it('phases-covered names each missing phase, and only those', () => {
    const got = statusOf('phases-covered', design('Feed', ['clarify', 'model']));
    expect(got.status).toBe('fail');
    const named = got.message?.split('For example:')[0] ?? '';
    expect(named).toMatch(/\bdata\b/);
    expect(named).toMatch(/\bproduction\b/);
    expect(named).not.toMatch(/\bclarify\b|\bmodel\b/);
  });

  it('no-placeholders reports every placeholder with its line', () => {
    const got = statusOf('no-placeholders', design('Feed', ['## Data\n\nTBD', 'model', '## Deployment\n\nTODO: rollout plan']));
    expect(got.status).toBe('fail');
    expect(got.lines).toEqual([5, 13]);
  });
});
