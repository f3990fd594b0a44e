import { defineRule, passIfAny } from '../src/core/rule.js';
import { findHits, hasHit } from '../src/core/query.js';

/** Terms that are a training loss as often as a metric: they need a metric context. */
export default defineRule(
  {
    id: 'offline-metric-named',
    phase: 'clarify',
    concepts: ['evaluation-word', 'loss-like-metric', 'loss-word', 'offline-context', 'offline-metric', 'online-context'],
    description: 'At least one offline evaluation metric is named for the model.',
    severity: 'error',
    rationale:
      'Offline metrics are how you choose between models before anything goes live. Naming one (and the right one: PR-AUC for rare positives, NDCG for ranking) shows you know what "better" means for this model.',
    passes: 'A named offline metric: precision, recall, F1, accuracy, ROC-AUC / PR-AUC, log loss or cross-entropy used as a metric, RMSE / MAE / MAPE, NDCG, MAP, MRR, precision@k / recall@k / hit rate, BLEU / ROUGE, calibration error, or another metric of the same kind. Tables count.',
    fails: 'No offline metric, or one named only as a training loss or only in a question.',
    messages: { fail: 'No offline evaluation metric is named.' },
    fixExample: 'Offline we report PR-AUC and recall at a 1% false-positive rate on the held-out month.',
    examples: [
      { title: 'metric in prose', status: 'pass', markdown: '# Search\n\nOffline we measure NDCG@10 on graded judgments.\n' },
      { title: 'metric in a table', status: 'pass', markdown: '# Fraud\n\n| Kind | Metric |\n|---|---|\n| Offline | PR-AUC |\n' },
      { title: 'log loss as the training loss only', status: 'fail', markdown: '# Ads\n\nThe model is trained with log loss.\n' },
      { title: 'metric only asked', status: 'fail', markdown: '# Ads\n\nShould we use AUC or log loss offline?\n' },
    ],
  },
  ({ doc }) => {
    // a metric that is also a loss ("log loss") is a metric only where the sentence evaluates with it
    const found = findHits(doc, ['offline-metric', 'loss-like-metric']).filter(({ sentence, hit }) => {
      if (hit.concept === 'offline-metric') return true;
      // "log loss on the held-out day" is a metric; "trained with log loss" is a loss
      const lossWord = sentence.hits.some((h) => h.concept === 'loss-word' && (h.end <= hit.start || h.start >= hit.end));
      return !lossWord && hasHit(sentence, ['offline-context', 'online-context', 'evaluation-word']);
    });
    // a sentence that evaluates with the metric ("Offline: PR-AUC per category") shows it better than a passing mention
    return passIfAny(found.map((f) => ({ ...f, named: hasHit(f.sentence, ['offline-context', 'evaluation-word']) })));
  },
);
