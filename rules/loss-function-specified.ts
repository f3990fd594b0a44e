import { defineRule, passIfAny } from '../src/core/rule.js';
import { findHits, hasHit } from '../src/core/query.js';

/** Losses that are just as often evaluation metrics: they need a training cue and no metric context. */
const METRIC_LIKE = new Set(['cross-entropy', 'cross entropy', 'log loss', 'logloss', 'mse', 'mean squared error', 'squared error', 'mae', 'mean absolute error', 'nll', 'negative log-likelihood', 'negative log likelihood', 'bce']);
/** Bare words that name a loss only next to "loss" / "objective" ("focal", "triplet"). */
const BARE = new Set(['contrastive', 'triplet', 'focal', 'hinge', 'huber', 'pinball', 'ctc']);

export default defineRule(
  {
    id: 'loss-function-specified',
    phase: 'model',
    description: 'A training loss is named.',
    severity: 'warn',
    rationale:
      'The loss is what the model actually optimises; it must match the task and the metric (a ranking metric with a pointwise loss, quantiles for safety stock, focal loss for rare positives).',
    passes: 'A named training loss: cross-entropy / log loss, binary cross-entropy, negative log-likelihood, MSE, MAE / Huber, quantile / pinball, Poisson, Tweedie, hinge, focal, pairwise or listwise ranking loss (BPR, LambdaRank), contrastive / triplet / sampled-softmax; or a named training objective ("masked-language-model objective").',
    fails: 'No loss, a loss named only as an evaluation metric ("log loss on the test set"), or one only inside a code block.',
    messages: { fail: 'No training loss is named.' },
    fixExample: 'The model is trained with binary cross-entropy, with positives weighted by 5.',
    examples: [
      { title: 'named loss', status: 'pass', markdown: '# ETA\n\n- Loss: Huber loss with delta of 5 minutes.\n' },
      { title: 'trained with', status: 'pass', markdown: '# Ads\n\nThe click head is trained with binary cross-entropy.\n' },
      { title: 'metric, not loss', status: 'fail', markdown: '# Ads\n\nOffline we report log loss on the held-out day.\n' },
      { title: 'only in a config block', status: 'fail', markdown: '# Ads\n\n```yaml\nloss: binary_crossentropy\n```\n' },
    ],
  },
  ({ doc }) => {
    const found = findHits(doc, 'loss').filter(({ sentence, hit }) => {
      // a loss word of its own, not the "loss" inside "log loss"
      const cued = sentence.hits.some((h) => h.concept === 'loss-word' && h.stance !== 'question' && (h.end <= hit.start || h.start >= hit.end));
      if (BARE.has(hit.term)) return cued;
      if (!METRIC_LIKE.has(hit.term)) return true;
      // "trained with log loss" is a loss; "log loss on the held-out day" a metric
      // "we report log loss" names a metric even in a sentence about training
      const reported = /^(report|reports|reported|measure|measures|track|tracks|evaluate|evaluates|monitor|compute|computes|and)$/.test(sentence.tokens[hit.start - 1]?.lower ?? '');
      return cued && !reported && !(hasHit(sentence, 'offline-context') && !/\btrain/i.test(sentence.text));
    });
    return passIfAny(found);
  },
);
