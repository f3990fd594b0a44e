import { defineRule, passIfAny } from '../src/core/rule.js';
import { findHits } from '../src/core/query.js';

/** "5% of traffic" only reads as exposure with the share in front of it. */
const SHARE_TERMS = new Set(['of traffic', 'of users', 'of members', 'of cards', 'of uploads', 'of stores']);

export default defineRule(
  {
    id: 'ab-test-rollout',
    phase: 'production',
    description: 'The model goes live through an online experiment or staged exposure (A/B test, canary, shadow, interleaving, ramp).',
    severity: 'error',
    concepts: ['online-experiment', 'staged-exposure'],
    rationale:
      'Offline wins do not guarantee online wins. An A/B test, canary or shadow run is how a team learns the real effect, with guardrails, before everyone is exposed.',
    passes: 'An online experiment or staged exposure: A/B test, online controlled experiment, canary, shadow mode, interleaving, percentage rollout, champion / challenger, switchback, randomised geo or store experiments.',
    fails: 'Straight replacement ("switch over once it is better"), an experiment that is negated ("we will not A/B test"), or one only asked about.',
    messages: { fail: 'No online experiment or staged rollout is described.' },
    fixExample: 'We launch through an A/B test on 5% of users for two weeks, then ramp to 50% and 100%.',
    examples: [
      { title: 'A/B test', status: 'pass', markdown: '# Feed\n\nA/B test on 5% of users for two weeks with watch time as the primary metric.\n' },
      { title: 'shadow mode', status: 'pass', markdown: '# Clicks\n\nRollout goes through shadow mode first, then one region at a time.\n' },
      { title: 'a percentage rollout in words', status: 'pass', markdown: '# Ads\n\nWe roll the new model out to 1% of requests, then 10%, then everyone.\n' },
      { title: 'negated', status: 'fail', markdown: '# Credit\n\nWe will not A/B test the model on live applicants.\n' },
      { title: 'straight switch', status: 'fail', markdown: '# ETA\n\nWe switch over once the new model is clearly better.\n' },
    ],
  },
  ({ doc }) => {
    const found = findHits(doc, 'online-experiment').filter(({ sentence, hit }) => {
      if (!SHARE_TERMS.has(hit.term)) return true;
      return sentence.quantities.some((q) => q.kind === 'percent' && q.end >= hit.start - 1 && q.end <= hit.start + 1);
    });
    if (found.length > 0) return passIfAny(found);
    // "we roll the model out to 1%, then 10%, then everyone", "40 districts get it while the other 270 keep
    // the rule": staged exposure, read for stance like any term. The arms are the whole sentence, so the
    // sentence is shown from its start, not from the line where the second arm begins.
    return passIfAny(findHits(doc, 'staged-exposure').map(({ sentence }) => sentence));
  },
);
