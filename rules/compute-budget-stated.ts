import { statedQuantities } from '../src/core/analysis/stated-quantities.js';
import { defineRule, passIfAny } from '../src/core/rule.js';
import { findHits, gap, hasHit, hitsIn } from '../src/core/query.js';
import { inFeatureContext } from '../src/core/analysis/context.js';
import type { Sentence } from '../src/core/document.js';

/** Money named as a limit on what the system may spend: "at most $2k per month", "two cents per conversation". */
function costLimit(s: Sentence): boolean {
  const limits = hitsIn(s, 'cost-limit');
  return statedQuantities(s, 'money').some((q) => limits.some((h) => gap(h, q) <= NEAR));
}

/** How near (in tokens) a limit word must stand to the amount of money it limits. */
const NEAR = 4;

export default defineRule(
  {
    id: 'compute-budget-stated',
    phase: 'clarify',
    concepts: ['compute-resource', 'cost-limit', 'monitoring', 'feature-frame', 'feature-label-start'],
    description: 'A compute or resource constraint is stated: hardware, memory or model size, cost or training-time budget.',
    severity: 'warn',
    rationale:
      'What you may spend decides what you may build: CPU-only serving rules out a large transformer, an 8-hour training window rules out daily full retrains of a huge model. Stating the budget makes the trade-offs visible.',
    passes: 'Hardware available or required (GPUs, CPUs, TPUs, on-device), a memory or model-size limit, a cost budget, or a training-time budget.',
    fails: 'No resource constraint. CPU or GPU use named only as a monitoring signal does not count.',
    messages: { fail: 'No compute or resource constraint is stated.' },
    fixExample: 'Serving runs on CPUs only, and a training run gets one 8-GPU node for at most 6 hours.',
    examples: [
      { title: 'hardware and training budget', status: 'pass', markdown: '# Fraud\n\nScoring runs on CPUs only; a training run gets one 8-GPU node for at most 6 hours.\n' },
      { title: 'memory limit', status: 'pass', markdown: '# Feed\n\nThe ranking model must fit in 2 GB of memory per replica.\n' },
      { title: 'monitoring signal only', status: 'fail', markdown: '# Feed\n\n## Monitoring\n\nDashboards track CPU utilization and error rate.\n' },
      { title: 'only asked', status: 'fail', markdown: '# Feed\n\n- Do we have GPUs for training?\n' },
    ],
  },
  ({ doc }) => {
    // a resource named in a monitoring statement is a health signal, not a budget
    // (and one in a list of input features is a measured signal: "CPU, memory and network throughput")
    const found = findHits(doc, 'compute-resource').filter(({ sentence }) => !hasHit(sentence, 'monitoring') && !inFeatureContext(doc, sentence));
    if (found.length > 0) return passIfAny(found);
    // a cost budget in money: "a budget of two cents per conversation for model calls"
    return passIfAny(doc.sentences.filter((s) => s.evidence && costLimit(s) && !hasHit(s, 'monitoring')));
  },
);
