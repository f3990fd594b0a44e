import { defineRule, passIfAny } from '../src/core/rule.js';
import { hitsIn } from '../src/core/query.js';
import type { Sentence } from '../src/core/document.js';

/** Retraining modes that are a plan by themselves. */
const SELF_SCHEDULED = new Set(['continual learning', 'continual training', 'continuous training', 'online learning', 'incremental training', 'incremental learning']);

function planned(s: Sentence): boolean {
  if (!s.evidence) return false;
  const retrain = hitsIn(s, 'retrain', ['asserted', 'hypothetical']);
  if (retrain.length === 0) return false;
  if (retrain.some((h) => SELF_SCHEDULED.has(h.term))) return true;
  return hitsIn(s, 'retrain-cadence', ['asserted', 'hypothetical']).length > 0 || s.quantities.some((q) => q.kind === 'time' && /^every$|^each$/.test(s.tokens[q.start - 1]?.lower ?? ''));
}

export default defineRule(
  {
    id: 'retraining-planned',
    phase: 'production',
    description: 'A retraining cadence or trigger is stated.',
    severity: 'warn',
    rationale:
      'Every deployed model decays. Saying when it is retrained (daily, weekly, on a drift alert, continually) turns "it will go stale" into an operating plan with a cost.',
    passes: 'A cadence or trigger: retrain daily or weekly, on drift alerts, when a metric drops, continual or online learning.',
    fails: '"It needs retraining so it does not go stale" gives neither cadence nor trigger; retraining only asked about.',
    messages: { fail: 'No retraining cadence or trigger is stated.' },
    fixExample: 'The ranker is retrained daily on a sliding 28-day window, and immediately when calibration drops by more than 5%.',
    examples: [
      { title: 'weekly', status: 'pass', markdown: '# PYMK\n\nAfter launch I would retrain the model weekly on a fresh snapshot.\n' },
      { title: 'trigger', status: 'pass', markdown: '# Moderation\n\nWe retrain whenever the policy taxonomy changes.\n' },
      { title: 'no cadence', status: 'fail', markdown: '# Feed\n\nThe model needs retraining so it does not go stale.\n' },
      { title: 'only asked', status: 'fail', markdown: '# Feed\n\nHow often should we retrain?\n' },
    ],
  },
  ({ doc }) => {
    const found = doc.sentences.filter(planned);
    return passIfAny(found);
  },
);
