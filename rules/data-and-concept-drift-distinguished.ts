import { defineRule } from '../src/core/rule.js';
import { driftKinds } from '../src/core/analysis/drift.js';

export default defineRule(
  {
    id: 'data-and-concept-drift-distinguished',
    phase: 'production',
    description: 'Both data drift (covariate / feature drift) and concept drift are named.',
    severity: 'warn',
    concepts: ['drift-concept', 'drift-data', 'drift-generic', 'drift-kind-concept', 'drift-kind-data', 'drift-kind-determiner', 'drift-kind-other', 'drift-kind-preposition', 'drift-distribution-word', 'drift-object-cue', 'drift-other-kind', 'drift-shift-word', 'drift-watch-word'],
    rationale:
      'Data drift (the inputs change) and concept drift (the same inputs now mean something else) need different monitors: input distributions for one, delayed labels for the other. Naming both shows the author knows the difference.',
    passes: 'Both kinds named: data drift (or covariate / feature drift, PSI on inputs) and concept drift.',
    fails: 'One kind, or neither.',
    messages: { fail: 'Data drift and concept drift are not both named.' },
    fixExample: 'Data drift: PSI per input feature, daily. Concept drift: weekly precision on freshly labelled cases, because the same inputs can start to mean fraud.',
    examples: [
      { title: 'both kinds', status: 'pass', markdown: '# Fraud\n\n- Data drift: PSI per feature, daily.\n- Concept drift: fraud rings change tactics; we track weekly precision.\n' },
      { title: 'feature drift only', status: 'fail', markdown: '# Search\n\n- Feature drift on the top 30 features.\n' },
      { title: 'concept drift only asked', status: 'fail', markdown: '# Bots\n\n- Data drift on request rates.\n- Do we need to plan for concept drift?\n' },
    ],
  },
  ({ doc }) => {
    const { data, concept } = driftKinds(doc);
    if (data.length > 0 && concept.length > 0) return { status: 'pass', evidence: [data[0]!.sentence, concept[0]!.sentence] };
    const missing = data.length === 0 && concept.length === 0 ? 'Neither data drift nor concept drift is' : data.length === 0 ? 'Data (covariate / feature) drift is not' : 'Concept drift is not';
    return { status: 'fail', message: `${missing} named.`, evidence: [...data, ...concept].slice(0, 1).map((f) => f.sentence) };
  },
);
