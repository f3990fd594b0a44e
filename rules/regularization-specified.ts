import { defineRule, passIfAny } from '../src/core/rule.js';
import { findHits, hasHit, hitsIn } from '../src/core/query.js';
import { ANY_STANCE, inReaderSection } from '../src/core/analysis/context.js';
import type { Found } from '../src/core/query.js';

/** How far (tokens) after a bare L1 / L2 a loss word makes it the loss ("L1 objective", "L2 (mean squared error) loss"). */
const NORM_LOSS_REACH = 5;

/** "L2 (mean squared error) loss", "LightGBM with the L1 objective": a bare L1 / L2 followed by a loss word (lexicon 'loss-word') is a loss, not regularization. */
function isNormPenalty({ sentence, hit }: Found): boolean {
  const after = sentence.tokens.slice(hit.end, hit.end + NORM_LOSS_REACH).map((t) => t.lower);
  if (after.some((w) => w === 'error' || w === 'distance')) return false;
  const losses = lossWordsBefore(sentence);
  const to = Math.min(hit.end + NORM_LOSS_REACH, losses.length - 1);
  return losses[to]! - losses[hit.end]! === 0;
}

const LOSS_WORDS = new WeakMap<Found['sentence'], Int32Array>();

/** prefix[i]: loss words ('loss-word') starting before token i, read once per sentence (a sentence of many norms stays linear). */
function lossWordsBefore(sentence: Found['sentence']): Int32Array {
  let prefix = LOSS_WORDS.get(sentence);
  if (prefix) return prefix;
  const at = new Int32Array(sentence.tokens.length + 1);
  for (const h of hitsIn(sentence, 'loss-word', ANY_STANCE)) at[h.start]!++;
  prefix = new Int32Array(sentence.tokens.length + 2);
  for (let i = 0; i <= sentence.tokens.length; i++) prefix[i + 1] = prefix[i]! + at[i]!;
  LOSS_WORDS.set(sentence, prefix);
  return prefix;
}

/**
 * Augmentation that makes the pairs or views of contrastive training ("two
 * augmented crops of each image form a positive pair") is how the training
 * data is built, not a remedy for overfitting, unless the sentence says so.
 */
const AUGMENTATION = new WeakMap<Found['sentence'], Set<string>>();

function makesPairs({ sentence, hit }: Found): boolean {
  let spans = AUGMENTATION.get(sentence);
  if (!spans) AUGMENTATION.set(sentence, (spans = new Set(sentence.hits.filter((h) => h.concept === 'augmentation').map((h) => `${h.start}:${h.end}`))));
  const augmentation = spans.has(`${hit.start}:${hit.end}`);
  return augmentation && hasHit(sentence, 'pair-making', ['asserted', 'hypothetical']) && !hasHit(sentence, 'overfitting', ['asserted', 'negated', 'hypothetical']);
}

export default defineRule(
  {
    id: 'regularization-specified',
    phase: 'model',
    description: 'A regularization technique is named.',
    severity: 'warn',
    concepts: ['augmentation', 'l-norm', 'loss-word', 'overfitting', 'pair-making', 'regularization', 'reader-section'],
    rationale:
      'Every model with enough capacity overfits; naming the remedy (dropout, weight decay, early stopping, tree depth limits) shows the author expects it and has a plan.',
    passes: 'A named technique: dropout, L1 / L2 penalty, weight decay, early stopping, data augmentation, label smoothing, tree depth or min-child / samples-per-leaf limits, subsampling, or another technique named as the remedy for overfitting.',
    fails: 'None, a technique only inside a code block, or "L2" that is really a loss ("L2 (mean squared error) loss").',
    messages: { fail: 'No regularization technique is named.' },
    fixExample: 'Regularization: dropout 0.2 on the hidden layers, weight decay 1e-5 and early stopping on validation loss.',
    examples: [
      { title: 'dropout and early stopping', status: 'pass', markdown: '# Feed\n\n- Regularization: dropout 0.2, early stopping on validation loss.\n' },
      { title: 'tree limits', status: 'pass', markdown: '# Search\n\nTrees are limited to depth 6 with at least 100 examples per leaf.\n' },
      { title: 'L2 loss is a loss', status: 'fail', markdown: '# Forecast\n\nLightGBM with an L2 (mean squared error) loss on the log target.\n' },
      { title: 'only in a code block', status: 'fail', markdown: '# Ads\n\n```yaml\ndropout: 0.1\n```\n' },
    ],
  },
  ({ doc }) => {
    const found = [...findHits(doc, 'regularization').filter((f) => !makesPairs(f)), ...findHits(doc, 'l-norm').filter(isNormPenalty)]
      .filter((f) => !inReaderSection(doc, f.sentence))
      .sort(
      (a, b) => a.sentence.index - b.sentence.index,
    );
    return passIfAny(found);
  },
);
