import { defineRule, passIfAny } from '../src/core/rule.js';
import { modelProposals } from '../src/core/analysis/models.js';

export default defineRule(
  {
    id: 'baseline-proposed',
    phase: 'model',
    description: 'A simple model or heuristic is proposed as a starting point.',
    severity: 'error',
    concepts: ['baseline-model', 'baseline-model-cued', 'baseline-proposal', 'baseline-word', 'deep-model', 'existing-after', 'existing-before', 'model-proposal', 'size-reference', 'supersede', 'others-wish', 'survey-cue', 'capability-lead', 'feature-frame', 'feature-label-start', 'options-lead', 'reader-section', 'tools-frame'],
    rationale:
      'A baseline is the yardstick for every later model and often the thing you ship first. Interviewers treat "start with logistic regression / popularity / the existing rules" as a sign of judgement.',
    passes: 'The author proposes a simple model or heuristic: a rule-based system or heuristic, popularity or most-recent, logistic or linear regression, naive Bayes, k-nearest neighbours, decision tree, random forest, gradient-boosted trees (GBDT, XGBoost, LightGBM, CatBoost), matrix factorization.',
    fails: 'None proposed. A simple model that is only the system already in production, only rejected, only future work or only asked about is not a proposal.',
    messages: { fail: 'No simple baseline (heuristic, logistic regression, GBDT, popularity, ...) is proposed.' },
    fixExample: 'We start with a logistic regression on the tabular features as the baseline.',
    examples: [
      { title: 'start with logistic regression', status: 'pass', markdown: '# Hotel\n\n- start with logistic regression, easy to explain\n' },
      { title: 'adopting the existing heuristic as the baseline', status: 'pass', markdown: '# Moderation\n\nStep one is the heuristic we already have: hash matching. It is the baseline every model must beat.\n' },
      { title: 'existing system only', status: 'fail', markdown: '# Ads\n\nThe model in production today is a logistic regression over hashed crosses. We propose a DCN.\n' },
      { title: 'negated', status: 'fail', markdown: "# Bots\n\nI'd skip a baseline and go straight to the LSTM.\n" },
      { title: 'only asked', status: 'fail', markdown: '# Bots\n\nWould you start with a logistic regression?\n' },
    ],
  },
  ({ doc }) => {
    const { baselines } = modelProposals(doc);
    return passIfAny(baselines);
  },
);
