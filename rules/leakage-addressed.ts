import { defineRule } from '../src/core/rule.js';
import { findHits, hasHit, neighbours } from '../src/core/query.js';
import { isTimeSplit } from '../src/core/analysis/splits.js';
import { previousInBlock } from '../src/core/analysis/context.js';
import type { Sentence } from '../src/core/document.js';

export default defineRule(
  {
    id: 'leakage-addressed',
    phase: 'model',
    description: 'Data leakage is named (or the risk of future information reaching training described) with how it is avoided.',
    severity: 'warn',
    concepts: ['eval-word', 'hold-out-phrase', 'leak-word', 'leakage', 'leakage-guard', 'random-split', 'split-month', 'split-month-ambiguous', 'split-period', 'time-split', 'train-word'],
    rationale:
      'Leakage produces the too-good offline result that collapses in production: a feature updated after the label, an aggregate over the full history. Naming the risk and the safeguard is what separates a tested design from a hopeful one.',
    passes: 'Leakage named, or future information reaching training described, together with the safeguard ("features are computed only from events strictly before the impression timestamp, so the label cannot leak").',
    fails: 'No word of leakage, or a safeguard with no word of what it guards against ("features are built from the snapshot only").',
    messages: { fail: 'Data leakage is not addressed: name the risk and how it is avoided.' },
    fixExample: 'To avoid label leakage, aggregates are computed only from events before the prediction timestamp (point-in-time joins).',
    examples: [
      { title: 'named with safeguard', status: 'pass', markdown: '# Credit\n\nLeakage is a real risk: only fields with a timestamp before the application date are allowed.\n' },
      { title: 'safeguard without naming the risk', status: 'fail', markdown: '# PYMK\n\nWe build features only from the snapshot taken at the cut-off date.\n' },
      { title: 'only asked', status: 'fail', markdown: '# Ads\n\nCould the CTR features leak the label?\n' },
    ],
  },
  ({ doc }) => {
    const stances = { stances: ['asserted', 'negated', 'hypothetical'] } as const;
    // "The split is by time: ... Two leaks need care.": a bare leak word speaks of the split stated just before it; in a
    // sentence that itself states the split it is the thing modelled ("trained on windows before the leak was confirmed")
    const splitStated = (s: Sentence | undefined) => s !== undefined && (isTimeSplit(s) || hasHit(s, 'random-split'));
    // (not a compound modifier: "the leak-free validation windows" of a water network)
    const leaks = findHits(doc, 'leak-word', stances).filter(
      ({ sentence, hit }) => !sentence.tokens[hit.end - 1]!.joinNext && !sentence.tokens[hit.start - 1]?.joinNext && splitStated(previousInBlock(doc, sentence)) && !splitStated(sentence),
    );
    const mentions = [...findHits(doc, 'leakage', stances), ...leaks];
    // body sentences first: a "## Leakage" heading is shown by what is under it
    mentions.sort((a, b) => Number(a.sentence.block === 'heading') - Number(b.sentence.block === 'heading'));
    for (const { sentence } of mentions) {
      const around = neighbours(doc, sentence, 3);
      // the safeguard: a guard phrase, or a time split ("instead we train on January to October and test on November")
      if (around.some((s) => s.evidence && (hasHit(s, 'leakage-guard', ['asserted', 'negated', 'hypothetical']) || isTimeSplit(s)))) {
        return { status: 'pass', evidence: [sentence] };
      }
    }
    return { status: 'fail' };
  },
);
