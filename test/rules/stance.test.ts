/**
 * Reading rules 1 and 2 for every rule at once: a rule's positive phrasing
 * passes, and the same statement negated or asked never does (issue 11's
 * bar). Each row is written from the catalog, in its own words; the negated
 * and asked forms keep the positive's terms, so a rule that tests its own
 * regular expression on raw text (skipping the reader) fails here.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../helpers/rule-tester.js';

interface Row {
  /** Passes the rule. */
  stated: string;
  /** The same, negated: does not pass. */
  negated: string;
  /** The same, asked: does not pass. */
  asked: string;
  /** Text around it that the rule needs but that does not pass it alone. */
  context?: string;
}

const ROWS: Record<string, Row | Row[]> = {
  'ml-task-framed': {
    stated: 'We frame this as binary classification of each transaction.',
    negated: 'We do not frame this as binary classification of each transaction.',
    asked: 'Should we frame this as binary classification of each transaction?',
  },
  'io-defined': {
    stated: 'Input: the user id and the request context. Output: the 20 highest-ranked video ids.',
    negated: 'The input is not the user id, and we will not return a ranked list of videos.',
    asked: 'What is the input: the user id? What is the output: a ranked list of 20 video ids?',
  },
  'offline-metric-named': {
    stated: 'Offline we measure recall@50 on a held-out week.',
    negated: 'We will not measure recall@50 offline.',
    asked: 'Should we measure recall@50 offline?',
  },
  'online-metric-named': {
    stated: 'The online metric is click-through rate on the home feed.',
    negated: 'Click-through rate is not our online metric and we do not track it.',
    asked: 'Is click-through rate the right online metric?',
  },
  'latency-constraint-stated': {
    stated: 'The service must respond within 100 ms at p99.',
    negated: 'We do not need the response within 100 ms.',
    asked: 'Must the service respond within 100 ms at p99?',
  },
  'scale-quantified': {
    stated: 'The platform serves 20 million daily active users.',
    negated: 'We do not have 20 million daily active users.',
    asked: 'Do we have 20 million daily active users?',
  },
  'compute-budget-stated': {
    stated: 'Training runs on 8 GPUs.',
    negated: 'We have no GPUs for training.',
    asked: 'Do we have GPUs for training?',
  },
  'data-sources-identified': {
    stated: 'We train on the click logs of the last year.',
    negated: 'We do not use the click logs.',
    asked: 'Can we use the click logs?',
  },
  'labeling-strategy-defined': [
    {
      stated: 'Labels come from human annotators who tag each image.',
      negated: 'We will not use human annotators for labels.',
      asked: 'Should labels come from human annotators?',
    },
    {
      stated: "A session counts as a bot if it fails the CAPTCHA twice.",
      negated: "A session never counts as a bot if it fails the CAPTCHA twice.",
      asked: "Does a session count as a bot if it fails the CAPTCHA twice?",
    },
    {
      stated: "Each pair is scored 0-100 by two professional linguists.",
      negated: "No pair is scored by professional linguists.",
      asked: "Is each pair scored 0-100 by two professional linguists?",
    },
    {
      stated: "Positives: purchases within 7 days of the impression.",
      negated: "We do not take purchases within 7 days of the impression as positives.",
      asked: "Positives: purchases within 7 days of the impression?",
    },
  ],
  'preprocessing-described': {
    stated: 'Missing values are imputed with the median.',
    negated: 'We do not impute missing values.',
    asked: 'Should missing values be imputed with the median?',
  },
  'features-listed': [
    {
      stated: 'Features: user age, watch history and video length.',
      negated: 'We will not use features such as user age, watch history or video length.',
      asked: 'Which features: user age, watch history, video length?',
    },
    {
      stated: "The model sees the query text, the price, the distance and the host rating.",
      negated: "The model does not see the query text, the price, the distance or the host rating.",
      asked: "Should the model see the query text, the price, the distance and the host rating?",
    },
  ],
  'training-serving-skew-addressed': [
    {
      stated: 'Features are served from a feature store shared by training and serving.',
      negated: 'We do not use a feature store.',
      asked: 'Do we need a feature store?',
    },
    {
      stated: "Training and serving share the same feature code path.",
      negated: "Training and serving do not share the same feature code path.",
      asked: "Should training and serving share the same feature code path?",
    },
    {
      stated: "We log the feature values at serving time and train on the logged values.",
      negated: "We do not log the feature values at serving time.",
      asked: "Should we log the feature values at serving time?",
    },
  ],
  'baseline-proposed': {
    stated: 'We start with logistic regression as the baseline.',
    negated: 'We will not start with logistic regression.',
    asked: 'Should we start with logistic regression?',
  },
  'baseline-before-deep-model': {
    stated: 'We start with logistic regression as the baseline, then train a two-tower network.',
    negated: 'We will not start with logistic regression; we train a two-tower network.',
    asked: 'Should we start with logistic regression? We train a two-tower network.',
  },
  'loss-function-specified': {
    stated: 'We train with binary cross-entropy loss.',
    negated: 'We do not train with a cross-entropy loss.',
    asked: 'Should we train with binary cross-entropy loss?',
  },
  'optimizer-specified': {
    stated: 'We optimise with Adam at a learning rate of 1e-3.',
    negated: 'We do not use Adam.',
    asked: 'Should we use Adam?',
  },
  'regularization-specified': {
    stated: 'We regularise with dropout of 0.2.',
    negated: 'We do not use dropout.',
    asked: 'Do we need dropout?',
  },
  'validation-split-time-based': [
    {
      stated: 'We split by time: train on January to September and validate on October.',
      negated: 'We will not split by time; we shuffle the sessions and split them randomly.',
      asked: 'Should we split by time, training on January to September and validating on October?',
      context: 'The training data is six months of timestamped sessions.',
    },
    {
      stated: "We train on days 1-27 and validate on day 28.",
      negated: "We do not train on days 1-27 and validate on day 28; we use a random split.",
      asked: "Should we train on days 1-27 and validate on day 28?",
    },
  ],
  'leakage-addressed': [
    {
      stated: 'To avoid data leakage, features are computed only from events before the prediction time.',
      negated: 'We do not worry about data leakage.',
      asked: 'How do we avoid data leakage?',
    },
    {
      stated: "Aggregates use only data from before the cut-off, so no future information leaks into training.",
      negated: "We do not check whether future information leaks into training.",
      asked: "Could future information leak into training?",
    },
  ],
  'heuristic-baseline-compared': [
    {
      stated: 'We compare the model against the current rule engine on last month of traffic.',
      negated: 'We will not compare the model against the current rule engine.',
      asked: 'Should we compare the model against the current rule engine?',
    },
    {
      stated: "The existing model serves as the control in the experiment, and the new model is the treatment.",
      negated: "The existing model will not serve as a control in any experiment.",
      asked: "Should the existing model serve as the control in the experiment?",
    },
  ],
  'ab-test-rollout': {
    stated: 'We launch with an A/B test on 5% of users.',
    negated: 'We will not run an A/B test.',
    asked: 'Should we run an A/B test on 5% of users?',
  },
  'drift-type-named': {
    stated: 'We monitor data drift on the input features.',
    negated: 'We do not monitor data drift.',
    asked: 'Should we monitor data drift?',
  },
  'data-and-concept-drift-distinguished': {
    stated: 'We monitor data drift in the inputs and concept drift in the label relationship.',
    negated: 'We monitor neither data drift nor concept drift.',
    asked: 'Should we monitor data drift and concept drift?',
  },
  'system-health-monitored': [
    {
      stated: 'Dashboards track p99 latency and error rate, with alerts.',
      negated: 'We do not track latency or error rate.',
      asked: 'Should dashboards track latency and error rate?',
    },
    {
      stated: "For the nightly batch job we alert when the run fails or finishes late.",
      negated: "We do not alert when the nightly batch job fails or finishes late.",
      asked: "Should we alert when the nightly batch job fails or finishes late?",
    },
  ],
  'retraining-planned': [
    {
      stated: 'We retrain the model weekly.',
      negated: 'We will not retrain the model weekly.',
      asked: 'Should we retrain the model weekly?',
    },
    {
      stated: "The model is retrained every Sunday night.",
      negated: "The model is never retrained on Sundays; we have no retraining plan.",
      asked: "Should the model be retrained every Sunday night?",
    },
  ],
};

describe('a negated or asked statement never passes a rule', () => {
  for (const [rule, rows] of Object.entries(ROWS)) {
    for (const row of Array.isArray(rows) ? rows : [rows]) {
      const doc = (sentence: string): string => `# Design\n\n${row.context ? `${row.context}\n\n` : ''}${sentence}\n`;
      it(`${rule}: passes "${row.stated}"`, () => {
        expect(statusOf(rule, doc(row.stated)).status).toBe('pass');
      });
      it(`${rule}: negated, does not pass "${row.negated}"`, () => {
        expect(statusOf(rule, doc(row.negated)).status).not.toBe('pass');
      });
      it(`${rule}: asked, does not pass "${row.asked}"`, () => {
        expect(statusOf(rule, doc(row.asked)).status).not.toBe('pass');
      });
    }
  }
});

/** Reading rule 3: a step put off is not part of the design ("an A/B test that is put off until later"). */
const DEFERRED: Array<[rule: string, sentence: string]> = [
  ['ab-test-rollout', 'The A/B test is put off until after the pilot; for now the model runs for everyone.'],
  ['ab-test-rollout', 'A canary rollout is deferred to a later stage.'],
  ['retraining-planned', 'Weekly retraining is postponed until we have more labels.'],
  ['drift-type-named', 'Data drift monitoring is on the backlog.'],
  ['ab-test-rollout', 'An A/B test would be nice to have if we have time.'],
];

describe('a step put off until later never passes', () => {
  it.each(DEFERRED)('%s: "%s"', (rule, sentence) => {
    expect(statusOf(rule, `# Design\n\n${sentence}\n`).status).not.toBe('pass');
  });
});

/** Reading rule 3: background ("in the literature", "historically") states what others did, not this design. */
const BACKGROUND: Array<[rule: string, background: string, stated: string]> = [
  ['ab-test-rollout', 'In the literature, ranking teams launch through A/B tests on 5% of users.', 'We launch through an A/B test on 5% of users.'],
  ['baseline-proposed', 'Historically, essay graders used a linear regression on length features.', 'We start with a linear regression on length features as the baseline.'],
  ['optimizer-specified', 'In the past, people trained these models with SGD and momentum.', 'We train the model with SGD and momentum.'],
  ['drift-type-named', 'Prior work on fraud describes concept drift as the main risk.', 'We monitor concept drift: the same features come to mean a different fraud risk.'],
];

describe('background never passes; the same words stated about the design do', () => {
  it.each(BACKGROUND)('%s: background does not pass', (rule, background) => {
    expect(statusOf(rule, `# Design\n\n${background}\n`).status).not.toBe('pass');
  });
  it.each(BACKGROUND)('%s: stated about the design passes', (rule, _background, stated) => {
    expect(statusOf(rule, `# Design\n\n${stated}\n`).status).toBe('pass');
  });
});
