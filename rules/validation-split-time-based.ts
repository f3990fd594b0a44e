import { defineRule } from '../src/core/rule.js';
import { findHits } from '../src/core/query.js';
import type { Sentence } from '../src/core/document.js';
import { timeSplits } from '../src/core/analysis/splits.js';

export default defineRule(
  {
    id: 'validation-split-time-based',
    phase: 'model',
    description: 'The validation / test split is by time: train on an earlier period, validate on a later one.',
    severity: 'error',
    concepts: ['eval-word', 'hold-out-phrase', 'no-time-dimension', 'random-split', 'split-month', 'split-month-ambiguous', 'split-period', 'time-attribute', 'time-split', 'train-word'],
    rationale:
      'With timestamped data, a random split lets the model see the future: tomorrow\'s views of a viral video, next month\'s chargebacks of the same card. Offline numbers inflate and the launch disappoints. A time-based split is the default a reviewer expects.',
    passes: 'A temporal / chronological / out-of-time split, training on an earlier period and validating on a later one, backtesting, rolling or expanding windows.',
    fails: 'Only a random split or k-fold, or no split at all (also where the document describes no training data).',
    notApplicable: 'The training data, as the document describes it, has no time dimension (a fixed set of images or documents, exported once, with no dates).',
    messages: { fail: 'The validation split is not time-based: train on an earlier period and validate on a later one.' },
    fixExample: 'We train on months 1 to 12, validate on month 13 and test on month 14 (out-of-time).',
    examples: [
      { title: 'negated random split, then a time split', status: 'pass', markdown: '# Feed\n\nWe will not use a random split. Instead we train on days 1-27 and validate on day 28.\n' },
      { title: 'backtesting', status: 'pass', markdown: '# Forecast\n\nRolling-origin backtesting over 12 weekly cut-offs.\n' },
      { title: 'random split of timestamped logs', status: 'fail', markdown: '# Notifications\n\nWe shuffle six months of logs and split them 80/20 into train and test.\n' },
      { title: 'no split described', status: 'fail', markdown: '# Bots\n\nWe train an LSTM on the sessions.\n' },
      { title: 'no time dimension', status: 'n/a', markdown: '# Images\n\nThe training set is a fixed set of licensed images with no timestamps; a random split is fine.\n' },
    ],
  },
  ({ doc }) => {
    const splits = timeSplits(doc);
    if (splits.length > 0) return { status: 'pass', evidence: [splits[0]!] };
    // "no timestamps", "no time dimension": the data has no time to split on
    // a time word inside a split phrase ("we do not split by date") says nothing about the data having dates
    const covered = new WeakMap<Sentence, Int32Array>();
    const insideSplit = ({ sentence, hit }: { sentence: Sentence; hit: { start: number; end: number } }) => {
      // endFrom[i]: the furthest end of a time-split hit starting at or before token i (built once per sentence)
      let endFrom = covered.get(sentence);
      if (!endFrom) {
        endFrom = new Int32Array(sentence.tokens.length + 1).fill(-1);
        for (const h of sentence.hits) if (h.concept === 'time-split' && h.end > endFrom[h.start]!) endFrom[h.start] = h.end;
        for (let i = 1; i < endFrom.length; i++) endFrom[i] = Math.max(endFrom[i]!, endFrom[i - 1]!);
        covered.set(sentence, endFrom);
      }
      return endFrom[hit.start]! >= hit.end;
    };
    const timeless = [
      ...findHits(doc, 'no-time-dimension', { stances: ['asserted', 'negated'] }),
      ...findHits(doc, 'time-attribute', { stances: ['negated'] }).filter((f) => !insideSplit(f)),
    ];
    if (timeless.length > 0) return { status: 'n/a', evidence: [timeless[0]!.sentence] };
    const random = findHits(doc, 'random-split');
    return { status: 'fail', ...(random.length > 0 ? { evidence: [random[0]!.sentence] } : {}) };
  },
);
