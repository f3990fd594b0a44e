import { defineRule, passIfAny } from '../src/core/rule.js';
import { findHits, hasHit, hitsIn } from '../src/core/query.js';
import { clauseStart, LIST_CLAUSE_PUNCT } from '../src/core/reading.js';
import type { Sentence, SentenceHit } from '../src/core/document.js';
import { ANY_STANCE, inReaderSection, underHeading } from '../src/core/analysis/context.js';

interface LossFacts {
  /** Spans ("concept:start:end") of the tag concepts. */
  tags: Set<string>;
  /** prefix[i]: loss words of their own (not inside a longer loss hit, not asked) starting before token i. */
  cuesBefore: Int32Array;
  /** lastVerbEnd[i]: end of the last reporting verb ending at or before token i (-1: none). */
  lastVerbEnd: Int32Array;
  /** trainsBefore[i]: training words starting before token i. */
  trainsBefore: Int32Array;
}

const FACTS = new WeakMap<Sentence, LossFacts>();

/** Read once per sentence: a sentence full of losses must stay linear. */
function factsOf(sentence: Sentence): LossFacts {
  let facts = FACTS.get(sentence);
  if (facts) return facts;
  const n = sentence.tokens.length;
  const tags = new Set<string>();
  // the longest loss hit ending at or after a position, by start: endFromBefore[i] = max end of loss hits starting before i
  const lossEndAt = new Int32Array(n + 1).fill(-1);
  for (const h of sentence.hits) {
    if (h.concept === 'loss-also-metric' || h.concept === 'loss-bare-word') tags.add(`${h.concept}:${h.start}:${h.end}`);
    if (h.concept === 'loss' && h.end > lossEndAt[h.start]!) lossEndAt[h.start] = h.end;
  }
  const endBefore = new Int32Array(n + 1).fill(-1);
  for (let i = 1; i <= n; i++) endBefore[i] = Math.max(endBefore[i - 1]!, lossEndAt[i - 1]!);
  const cueAt = new Int32Array(n + 1);
  for (const h of sentence.hits) {
    if (h.concept !== 'loss-word' || h.stance === 'question') continue;
    // the "loss" inside "log loss": covered by a longer loss hit
    const inside = endBefore[h.start]! >= h.end || lossEndAt[h.start]! > h.end;
    if (!inside) cueAt[h.start]!++;
  }
  const cuesBefore = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) cuesBefore[i + 1] = cuesBefore[i]! + cueAt[i]!;
  const lastVerbEnd = new Int32Array(n + 1).fill(-1);
  for (const h of hitsIn(sentence, 'loss-reporting-verb', ANY_STANCE)) lastVerbEnd[h.end] = h.end;
  for (let i = 1; i <= n; i++) lastVerbEnd[i] = Math.max(lastVerbEnd[i]!, lastVerbEnd[i - 1]!);
  const trainAt = new Int32Array(n + 1);
  for (const h of hitsIn(sentence, 'train-word', ANY_STANCE)) trainAt[h.start]!++;
  const trainsBefore = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) trainsBefore[i + 1] = trainsBefore[i]! + trainAt[i]!;
  facts = { tags, cuesBefore, lastVerbEnd, trainsBefore };
  FACTS.set(sentence, facts);
  return facts;
}

/** The same span carries a tag concept: per-term data in the lexicon ("loss-also-metric", "loss-bare-word"). */
function tagged(sentence: Sentence, hit: SentenceHit, tag: string): boolean {
  return factsOf(sentence).tags.has(`${tag}:${hit.start}:${hit.end}`);
}

/** A loss word of its own outside the hit ("trained with log loss"; not the "loss" inside "log loss"). */
function cued(sentence: Sentence, hit: SentenceHit): boolean {
  const { cuesBefore } = factsOf(sentence);
  const total = cuesBefore[cuesBefore.length - 1]!;
  const within = cuesBefore[hit.end]! - cuesBefore[hit.start]!;
  return total - within > 0;
}

/** How far back (tokens) a reporting verb reaches to the loss it reports ("we report macro-F1, per-class recall and the cross-entropy"). */
const REPORT_REACH = 12;

/** A reporting verb before the loss in its clause, with no training word between ("we report log loss"; not "we report results for a model trained with log loss"). */
function reportedInClause(sentence: Sentence, hit: SentenceHit): boolean {
  const { lastVerbEnd, trainsBefore } = factsOf(sentence);
  const verbEnd = lastVerbEnd[hit.start]!;
  if (verbEnd <= clauseStart(sentence.tokens, hit.start, REPORT_REACH, LIST_CLAUSE_PUNCT)) return false;
  return trainsBefore[hit.start]! - trainsBefore[verbEnd]! === 0;
}

/**
 * Verbs that make the loss after them a reported metric ("we report log
 * loss": 'loss-reporting-verb'), and headings of evaluation sections, where a
 * metric-like loss is a metric unless training is said ('evaluation-heading'):
 * lexicon concepts.
 */

export default defineRule(
  {
    id: 'loss-function-specified',
    phase: 'model',
    description: 'A training loss is named.',
    severity: 'warn',
    concepts: ['evaluation-heading', 'loss', 'loss-also-metric', 'loss-bare-word', 'loss-reporting-verb', 'loss-word', 'offline-context', 'train-word', 'reader-section'],
    rationale:
      'The loss is what the model actually optimises; it must match the task and the metric (a ranking metric with a pointwise loss, quantiles for safety stock, focal loss for rare positives).',
    passes: 'A named training loss: cross-entropy / log loss, binary cross-entropy, negative log-likelihood, MSE, MAE / Huber, quantile / pinball, Poisson, Tweedie, hinge, focal, pairwise or listwise ranking loss (BPR, LambdaRank), contrastive / triplet / sampled-softmax; or a named training objective ("masked-language-model objective").',
    fails: 'No loss, a loss named only as an evaluation metric ("log loss on the test set"), or one only inside a code block.',
    messages: { fail: 'No training loss is named.' },
    fixExample: 'The model is trained with binary cross-entropy, with positives weighted by 5.',
    examples: [
      { title: 'named loss', status: 'pass', markdown: '# ETA\n\n- Loss: Huber loss with delta of 5 minutes.\n' },
      { title: 'trained with', status: 'pass', markdown: '# Ads\n\nThe click head is trained with binary cross-entropy.\n' },
      { title: 'metric, not loss', status: 'fail', markdown: '# Ads\n\nOffline we report log loss on the held-out day.\n' },
      { title: 'only in a config block', status: 'fail', markdown: '# Ads\n\n```yaml\nloss: binary_crossentropy\n```\n' },
    ],
  },
  ({ doc }) => {
    const found = findHits(doc, 'loss').filter(({ sentence, hit }) => {
      if (inReaderSection(doc, sentence)) return false;
      if (tagged(sentence, hit, 'loss-bare-word')) return cued(sentence, hit);
      if (!tagged(sentence, hit, 'loss-also-metric')) return true;
      // "trained with log loss" is a loss; "log loss on the held-out day" a metric
      // "we report log loss" names a metric even in a sentence about training
      const trained = hasHit(sentence, 'train-word', ['asserted', 'hypothetical']);
      const reported = reportedInClause(sentence, hit);
      const metricPlace = hasHit(sentence, 'offline-context') || underHeading(doc, sentence, 'evaluation-heading');
      // a sentence about training names a loss without the word "loss" ("training uses token-level cross-entropy")
      return (cued(sentence, hit) || trained) && !reported && !(metricPlace && !trained);
    });
    return passIfAny(found);
  },
);
