import { defineRule, passIfAny } from '../src/core/rule.js';
import { hasHit, hitsIn } from '../src/core/query.js';
import type { DocumentModel, Sentence } from '../src/core/document.js';

/** Retraining modes that are a plan by themselves. */
const SELF_SCHEDULED = new Set(['continual learning', 'continual training', 'continuous training', 'online learning', 'incremental training', 'incremental learning']);

/** A cadence in words: "every quarter", "every six months", "each season". */
const CADENCE = /\b(?:every|each|once a|twice a|per)\s+(?:\w+\s+)?(?:day|week|month|quarter|year|night|hour|season|release|sprint|cycle)s?\b|\b(?:daily|weekly|monthly|nightly|hourly|quarterly|yearly|annually|fortnightly)\b/i;

function planned(doc: DocumentModel, s: Sentence): boolean {
  if (!s.evidence) return false;
  // "How often do we retrain? Every week, on the last 60 days."
  const prev = doc.sentences[s.index - 1];
  if (prev?.question && prev.section === s.section && hasHit(prev, 'retrain', ['question']) && CADENCE.test(s.text)) return true;
  const retrain = hitsIn(s, 'retrain', ['asserted', 'hypothetical']);
  if (retrain.length === 0) return false;
  if (retrain.some((h) => SELF_SCHEDULED.has(h.term))) return true;
  return CADENCE.test(s.text) || hitsIn(s, 'retrain-cadence', ['asserted', 'hypothetical']).length > 0 || s.quantities.some((q) => q.kind === 'time' && /^every$|^each$/.test(s.tokens[q.start - 1]?.lower ?? ''));
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
    const found = doc.sentences.filter((s) => planned(doc, s));
    return passIfAny(found);
  },
);
