/**
 * Rule table for data-availability-stated (catalog 1.4), written from the
 * catalog: how much data exists or how far back it goes, whether labels
 * exist or must be collected, or a limit on having or using it. A source
 * named alone is data-sources-identified, not this rule.
 */
import { describe, expect, it } from 'vitest';
import { ruleTester, statusOf } from '../helpers/rule-tester.js';
import { crlf, hiddenOnly, interviewerQuestions } from './cases.js';
import { parseQuantities } from '../../src/core/quantities.js';
import { tokenize } from '../../src/core/tokens.js';

const doc = (body: string): string => `# Feed ranking\n\n${body}\n`;

ruleTester('data-availability-stated', {
  pass: [
    { name: 'a new item has no interactions (cold start)', markdown: '# Jobs\n\n## Model\n\nPostings live for a few weeks, so a fresh posting has no interactions yet to learn from.\n', lines: [5] },
    { name: 'seasons of records held', markdown: '# Highlights\n\n## Data\n\n- the broadcaster archive: three seasons of full matches\n', lines: [5] },
    { name: 'records, then how far back they go', markdown: '# Churn\n\n## Data\n\n- split: random 70/30 over subscriber snapshots from the last 2 years\n', lines: [5] },
    { name: 'how many items carry the labels the sentence before named', markdown: '# Tags\n\n## Data\n\n- Editor tags are our strongest labels. Only about 6% of the catalogue has them, roughly 900,000 albums.\n', lines: [5] },
    { name: 'a start date of the records held', markdown: '# Claims\n\n## Data\n\nThe claims system holds every settled claim since 2015.\n', lines: [5] },
    // how much exists or how far back it goes
    { name: 'a span of logs', markdown: doc('We have two years of click logs.'), lines: [3] },
    { name: 'a span of records with a word between', markdown: doc('Training uses 28 days of sampled impressions.') },
    { name: 'an amount of labelled items', markdown: doc('About 40k labelled tickets sit in the support database.') },
    { name: 'a volume with a retention window', markdown: doc('Roughly 3M transactions a month arrive, and six months are retained.') },
    { name: 'a retention window on a source', markdown: doc('- Authorization logs from the switch, kept for 18 months.') },
    { name: 'an amount of rows', markdown: doc('Three years of daily history is about 40 billion rows.') },
    { name: 'a data size of what it holds', markdown: doc('The warehouse holds 40 TB of clickstream.') },
    { name: 'a training window of periods', markdown: doc('We train on weeks 1 to 8 of logs and validate on week 9.') },
    { name: 'a training window read from "train on"', markdown: doc('The model is fitted on the last 18 months.') },
    { name: 'a training window of years', markdown: doc('Models are fitted on claims reported in 2019-2022.') },
    { name: 'terse notes: "Data: 2y of logs"', markdown: doc('- Data: 2y of logs') },
    { name: 'a table row under a history column', markdown: doc('| source | history |\n|---|---|\n| click logs | 18 months |') },
    { name: 'a table row of a span of records', markdown: doc('| source | notes |\n|---|---|\n| orders | 12 months of orders, daily |') },
    { name: 'the answer to a question about the data', markdown: doc('How far back do the logs go? About two years.'), lines: [3] },
    // whether labels exist or must first be collected
    { name: 'labels must be collected (negated "no labelled images")', markdown: doc('There are no labelled images yet; we annotate 5,000 to start.') },
    { name: 'negated: "we have no labels yet" (they must be collected)', markdown: doc('We have no labels yet, so the first month goes to annotation.') },
    { name: 'negated: nothing is hand-labelled (labels come from the logs)', markdown: doc('Good orders come from the outcome records; nothing is hand-labelled.') },
    { name: 'where the labels come from', markdown: doc('The label comes from the loan servicing system.') },
    { name: 'labels that arrive late', markdown: doc('Chargebacks arrive 30 to 90 days after the payment, so labels are delayed.') },
    { name: 'a delay read from a label noun and a span', markdown: doc('Confirmation takes 7 to 30 days, so the newest month is never used for training.') },
    // a limit on having or using it
    { name: 'a cold-start segment', markdown: doc('New users have no history, so they see popular items until their first order.') },
    { name: 'cold start named', markdown: doc('- Weakness: cold start for new items.') },
    { name: 'new items with no history of a kind', markdown: doc('New products appear every week with no substitution history.') },
    { name: 'a consent limit', markdown: doc('Only users who opted in to personalisation may have their history used.') },
    { name: 'a privacy limit', markdown: doc('Raw audio never leaves the device for privacy reasons.') },
    { name: 'anywhere in the document, not only the clarify section', markdown: '# Feed\n\n## Problem\n\nRank posts.\n\n## Monitoring\n\nClick logs are kept for 90 days, so we retrain weekly.\n', lines: [9] },
    { name: 'CRLF line endings', markdown: crlf(doc('We have two years of click logs.')), lines: [3] },
  ],
  fail: [
    // how labels are defined or made is labeling-strategy-defined: it says nothing of what exists
    { name: 'what the labelled examples are, with no amount', markdown: '# Rents\n\n## Data\n\nListings that state a rent are the labelled examples: the label is the rent the landlord asked.\n' },
    { name: 'judged by a metric is evaluation, not labels', markdown: '# Alerts\n\nOffline the model is judged by F1 on the alert class.\n' },
    { name: 'annotated items split for evaluation', markdown: '# Calls\n\n## Evaluation\n\nThe annotated clips are split by call date into training, validation and test.\n' },
    { name: 'who labels, not whether labels exist', markdown: '# Forms\n\n## Labels\n\nEach page is labelled by two clerks and a third breaks ties.\n' },
    { name: 'a period that is not of records held', markdown: '# Churn\n\n## Plan\n\nWe ship the first version within two quarters, from the team roadmap.\n' },
    { name: 'no history asked, not stated', markdown: '# Jobs\n\n## Questions\n\nDoes a fresh posting have no interactions at all?\n' },
    { name: 'a spectrogram size is not an amount of logs', markdown: '# Tags\n\n## Data\n\nWe compute 128-band log-mel spectrograms per track.\n' },
    { name: 'a GPU memory size next to a noun of the next clause', markdown: '# Drones\n\n## Constraints\n\nProcessing runs on one laptop GPU (12 GB), because uploads from the farms are slow.\n' },
    { name: 'a share that does not refer back to labels', markdown: '# Tags\n\n## Data\n\nEditors curate playlists. Only about 6% of them are public.\n' },
    { name: 'a year that is not a start of the data', markdown: '# Claims\n\n## Model\n\nThe team has used gradient boosting since 2015.\n' },
    { name: 'a source named alone', markdown: doc('We use the click logs and the user database.') },
    { name: '"we have lots of data": no amount', markdown: doc('We have lots of data from the app, and lots of users.') },
    { name: 'a wish, not an amount', markdown: doc("We'd need a lot of data for this, ideally a year or more.") },
    { name: 'an amount asked as a question', markdown: doc('How many months of click logs do we keep?') },
    { name: 'a span asked, with a guess in brackets', markdown: doc('- Retention of the logs? (a year?)') },
    { name: 'scale, not data: users and requests', markdown: doc('We serve 120M daily active users at 60k requests per second.') },
    { name: 'a flow of items is scale', markdown: doc('Hundreds of thousands of tickets arrive daily.') },
    { name: 'a system capacity, not data held', markdown: doc('The training platform scales up to handle billions of samples.') },
    { name: 'a label window is not a span of data', markdown: doc('A user churns when they cancel within 60 days of the snapshot.') },
    { name: 'a label defined, nothing said about having it', markdown: doc('- booked = 1, not booked = 0') },
    { name: 'a feature window is not history held', markdown: doc('| feature | window |\n|---|---|\n| clicks | 7 days |') },
    { name: 'an open item left for later', markdown: doc('- hotels with no reviews yet: ???') },
    { name: 'a training duration is not a span of data', markdown: doc('Each model is trained for 3 days on 8 GPUs.') },
    { name: 'an experiment duration is not a span of data', markdown: doc('The A/B test runs for 2 weeks of traffic.') },
    { name: 'a feature window is not a span of data', markdown: doc('Features include the number of orders in the last 30 days.') },
    { name: 'user retention is a metric, not data kept', markdown: doc('| metric | target |\n|---|---|\n| 7-day retention | +1% |') },
    { name: 'a label window with "kept" is not data kept', markdown: doc('A click within 24 hours is kept as a second label.') },
    { name: 'a cost per million images is not an amount of data', markdown: doc('We never train from scratch and track the cost per million images.') },
    { name: 'label sets are a taxonomy, not labelled data', markdown: doc('- Classify text into task-specific label sets (queue, intent, spam).') },
    { name: 'a compound "hour-of-week" is not a span of records', markdown: doc('The 168 hour-of-week rates summarise each subscriber.') },
    { name: 'latency is not a span of data', markdown: doc('Scores must be returned within 100 ms.') },
    { name: 'only in a quoted prompt', markdown: doc('> Design a feed ranker. You have two years of click logs.\n\nWe rank posts by predicted clicks.') },
    interviewerQuestions(['How far back do the click logs go?', 'Do we have labelled examples?']),
    ...hiddenOnly('We have two years of click logs.', 'We rank posts by predicted clicks.'),
    { name: 'only in a bare outline item of a template', markdown: '# Template\n\n## Data\n\n- Data availability\n- Labels\n- Sources\n- Features\n- Privacy\n' },
  ],
});

describe('data-availability-stated evidence', () => {
  it('points at the statement, not the heading above it', () => {
    const got = statusOf('data-availability-stated', '# Feed\n\n## Data\n\nWe keep 13 months of history.\n');
    expect(got.lines).toEqual([5]);
  });
});

describe('time suffixes of terse notes', () => {
  const read = (text: string) => parseQuantities(tokenize(text), text).map((q) => [q.kind, q.value, q.seconds]);
  it('reads "2y" and "6mo" as spans of time', () => {
    expect(read('2y of logs')).toEqual([['time', 2, 3.15e7]]);
    expect(read('6mo retained')).toEqual([['time', 6, 2.6e6]]);
  });
  it('does not read a lone "y" or "mo" after a number as a unit', () => {
    expect(read('axis 2 y').some((q) => q[0] === 'time')).toBe(false);
  });
});
