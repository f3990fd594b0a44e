import { defineRule, passIfAny } from '../src/core/rule.js';
import { driftKinds } from '../src/core/analysis/drift.js';

export default defineRule(
  {
    id: 'drift-type-named',
    phase: 'production',
    description: 'Monitoring names at least one specific kind of drift (data, covariate, feature, concept, label, prediction drift).',
    severity: 'error',
    concepts: ['drift-concept', 'drift-data', 'drift-generic', 'drift-kind-concept', 'drift-kind-data', 'drift-kind-determiner', 'drift-kind-other', 'drift-kind-preposition', 'drift-distribution-word', 'drift-object-cue', 'drift-other-kind', 'drift-shift-word', 'drift-watch-word'],
    rationale:
      '"Monitor for drift" is a slogan; "feature drift measured by PSI per feature, daily" is a monitor. Naming the kind says what is watched and what action follows.',
    passes: 'A specific kind of drift or shift: data drift, covariate shift, feature drift, concept drift, label shift, prior probability shift, prediction drift, or another named kind ("calibration drift").',
    fails: 'Only generic "drift", "distribution shift" or "model decay", drift only asked about, or no monitoring.',
    messages: { fail: 'No specific kind of drift is named (only generic "drift", or none).' },
    fixExample: 'Monitoring tracks data drift (PSI per feature, daily) and concept drift (weekly precision against confirmed labels).',
    examples: [
      { title: 'feature drift', status: 'pass', markdown: '# Search\n\n- Feature drift: PSI of the top 30 features, daily.\n' },
      { title: 'a kind described in words', status: 'pass', markdown: '# Search\n\nWe alert when the input feature distributions drift away from the training window.\n' },
      { title: 'generic drift', status: 'fail', markdown: '# Hotel\n\n- monitor for drift\n' },
      { title: 'only asked', status: 'fail', markdown: '# Bots\n\n- Do I need to plan for concept drift?\n' },
    ],
  },
  ({ doc }) => {
    const { data, concept, other } = driftKinds(doc);
    return passIfAny([...data, ...concept, ...other].sort((a, b) => a.sentence.index - b.sentence.index));
  },
);
