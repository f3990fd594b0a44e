/**
 * How sections order the phases when a document groups its topics under a
 * heading that names no phase ("Deep dives", "Design"): the topics are read
 * in their own right (catalog, phases-in-order: a section is out of order
 * when it is mainly about a later phase's work).
 */
import { describe, expect, it } from 'vitest';
import { ruleTester, statusOf } from '../helpers/rule-tester.js';
import { lint } from '../../src/shipped.js';

const deepDives = (first: string, second: string): string =>
  `# Speech\n\n## Clarify and scope\n\nWe transcribe support calls; the task is speech recognition for 12 languages.\n\n## Deep dives\n\n${first}\n\n${second}\n\n## Monitoring\n\nWe alert on word error rate per language every day.\n`;

const training = '### Fine-tuning the pretrained encoder\n\nWe fine-tune the model with Adam and early stopping on the training set.';
const labelling = '### Labelling and annotation\n\nLabels come from human annotators who transcribe 5,000 calls; the dataset is preprocessed and deduplicated.';

/** Headings that name no phase; the section after the model holds only metrics (its evaluation). */
const plainHeadings = `# Jobs\n\n## Who this is for\n\nThe task is ranking jobs for each member; the online metric is apply rate and the offline metric is NDCG@10.\n\n## Where the signal comes from\n\nTraining data comes from the apply logs; labels are applies within 7 days; features are preprocessed and deduplicated.\n\n## How it learns\n\nWe start with logistic regression, then train a two-tower model with Adam and dropout.\n\n## Proving it works\n\nOffline we report NDCG@10, recall@50 and precision@10 on the last week; online we track apply rate and click-through rate.\n\n## After launch\n\nWe run an A/B test on 5% of members and monitor data drift with alerts.\n`;

ruleTester('phases-in-order', {
  pass: [
    { name: 'topics under "Deep dives" in the framework order', markdown: deepDives(labelling, training) },
    { name: 'a metrics section right after the model section is its evaluation, not framing', markdown: plainHeadings },
    {
      name: 'a heading on scale after the design is about scaling it, not the problem',
      markdown:
        '# Support bot\n\n## Step 1: Clarify\n\nThe bot answers 50k questions a day for 2M customers.\n\n## Step 2: Data\n\nHelp articles come from the knowledge base; we chunk them into passages.\n\n## Step 3: Model\n\nA bi-encoder retrieves 10 passages and a cross-encoder reranks them; the model is trained with a contrastive loss.\n\n## Step 4: Scale & Monitor\n\nServing scales to 500 QPS on 4 replicas; we monitor p99 latency and answer quality.\n',
    },
  ],
  fail: [{ name: 'topics under "Deep dives": training before labelling', markdown: deepDives(training, labelling) }],
});

const withDiscussion = (heading: string): string =>
  `# Feed\n\n## Problem\n\nThe task is ranking posts; the online metric is time spent.\n\n## Data\n\nTraining data comes from the impression logs; labels are clicks.\n\n## Model\n\nWe start with logistic regression, then a two-tower model.\n\n## Launch and monitoring\n\nWe run an A/B test on 5% of users and monitor data drift.\n\n## ${heading}\n\nA deeper model would capture more feature interactions, but it costs latency; we train the two-tower model with Adam and keep dropout at 0.2.\n`;

ruleTester('phases-in-order', {
  pass: [{ name: 'a trade-offs discussion at the end talks about the model without putting the phases out of order', markdown: withDiscussion('Key trade-offs') }],
  fail: [{ name: 'a model section after production is out of order', markdown: withDiscussion('Model training details') }],
});

describe('a word in another sense does not move a section to another phase', () => {
  // "tracks" of music are not "tracking" a metric: the data section stays data
  const doc = `# Tags\n\n## Framing\n\nWe frame tagging as multi-label classification; the offline metric is mAP.\n\n## The crate of records\n\n- Curator tags in the catalogue database: tags editors attached to tracks by hand. Only 4% of tracks have them.\n- User playlists are weak labels for the tracks inside them.\n\n## Model\n\nWe train a CNN on log-mel spectrograms with Adam.\n\n## Serving\n\nWe monitor latency and error rate on a dashboard and retrain weekly.\n`;
  it('counts the records section for data, not production', () => {
    const { shares } = lint(doc).phaseShares!;
    expect(shares.data).toBeGreaterThan(0.3);
    expect(shares.production).toBeLessThan(0.3);
  });
  it('still reads "we track p99" as monitoring', () => {
    expect(statusOf('system-health-monitored', '# Feed\n\n## Serving\n\nWe track p99 latency and the error rate on a dashboard.\n').status).toBe('pass');
  });
});

describe('"watch time" is an engagement metric, not a verb of monitoring', () => {
  it('watch time beside a latency figure is not watching the system', () => {
    expect(statusOf('system-health-monitored', '# Videos\n\n## Launch review\n\nWatch time per user and p99 latency are the two numbers we read.\n').status).toBe('fail');
  });
  it('the same sentence with a verb of monitoring is', () => {
    expect(statusOf('system-health-monitored', '# Videos\n\n## Launch review\n\nWe watch p99 latency and the error rate on a dashboard.\n').status).toBe('pass');
  });
});

describe('a hard line break ends a line of its own', () => {
  // "Business goal: ...  ⏎**ML task**: ..." are two statements, quoted at their own lines
  const doc = '# Ads\n\n## Problem\n\n**Business goal**: maximise revenue while keeping users happy  \n**ML task**: binary classification of clicks\n';
  it('the task is quoted at its own line', () => {
    const result = lint(doc).results.find((r) => r.rule === 'ml-task-framed')!;
    expect(result.status).toBe('pass');
    expect(result.evidence[0]!.line).toBe(6);
  });
  it("an interviewer's turn stays theirs across its line breaks", () => {
    const turn = '# Chat\n\n**Interviewer:** the service must answer  \nwithin 200 ms at p99.\n\n**Candidate:** I would start by asking about the users.\n';
    expect(statusOf('latency-constraint-stated', turn).status).toBe('fail');
  });
});
