import { defineRule, passIfAny } from '../src/core/rule.js';
import { findHits, gap, hasHit, hitsIn, questionAnswered } from '../src/core/query.js';
import type { DocumentModel, Sentence } from '../src/core/document.js';
import type { Quantity } from '../src/core/quantities.js';
import { statedQuantities } from '../src/core/analysis/stated-quantities.js';
import { previousInBlock, tokenMarks } from '../src/core/analysis/context.js';

/** Longest time that still reads as a serving latency (batch cadences are handled apart). */
const MAX_LATENCY_SECONDS = 60;
/** Longest time that reads as a latency where a latency word names it (an alerting pipeline's minutes). */
const MAX_NAMED_LATENCY_SECONDS = 3600;
/** How far (in tokens) a number may stand from the word that makes it a latency. */
const NEAR = 12;

/**
 * A bound right before the number ("under 50 ms", "in 80 ms": the
 * 'latency-bound-before' words) or right after it ("50 ms or less", "20 ms
 * max": 'latency-bound-after'), both lexicon concepts. "< 1 s" and "≤ 1 s"
 * are punctuation, not words: read from the tokens' `before` as code.
 */
const BOUND_SIGN = /[<≤]/;
/** Longest time a request-side bound can be without a latency word ("an alert has to fire within 60 seconds"). */
const MAX_BOUNDED_SECONDS = 60;
/**
 * Words after a bounded time that anchor it to the event it is counted from:
 * "alarms reach the console within 5 minutes of the readings arriving",
 * "detections out within 15 min of download". A delay from the input to the
 * output is the system's end-to-end latency, whatever the output is called.
 */
const EVENT_ANCHOR = new Set(['of', 'after', 'from']);
function seconds(q: Quantity): number {
  return (q.seconds ?? 0) * (Number.isNaN(q.value) ? 1 : q.value);
}

/** The sentence opens with a short label ("Latency: ...", "p99 latency - serving: ..."). */
function labelsLine(s: Sentence): boolean {
  return s.tokens.slice(1, 6).some((t) => t.before.includes(':'));
}

/** The four phases' cue words (lexicon phases.json). */
const PHASE_CUES = ['cue-clarify', 'cue-data', 'cue-model', 'cue-production'] as const;
/** Times shared out over at least this many phases are the answer's own time budget. */
const BUDGET_PHASES = 3;

/** "a rough time budget of five minutes for clarification, ten for data, fifteen for the model": the write-up's budget, not the system's latency. */
function answerTimeBudget(s: Sentence): boolean {
  return PHASE_CUES.filter((c) => hasHit(s, c)).length >= BUDGET_PHASES;
}

function latencyQuantity(s: Sentence): boolean {
  if (answerTimeBudget(s)) return false;
  const stated = statedQuantities(s, 'time');
  const strong = hitsIn(s, 'latency-cue');
  // a time named as the latency may be minutes ("Latency: an alert within 2 minutes end-to-end")
  const named = stated.filter((q) => seconds(q) <= MAX_NAMED_LATENCY_SECONDS);
  if (named.some((q) => strong.some((h) => gap(h, q) <= NEAR))) return true;
  // "Latency: ... must come back within tens of milliseconds", "Latency: end-to-end from landing to the map under 6 hours":
  // the label governs the line, whatever the time (not a retraining or label window on the same line)
  if (stated.length > 0 && strong.some((h) => h.start === 0 && labelsLine(s)) && !hasHit(s, ['retrain', 'label-definition'])) return true;
  // not a label window ("a return within 30 minutes of the visit is a positive") or a retraining delay
  if (!hasHit(s, ['retrain', 'label-definition', 'label-word']) && named.some((q) => s.tokens[q.start - 1]?.lower === 'within' && EVENT_ANCHOR.has(s.tokens[q.end]?.lower ?? ''))) return true;
  const times = stated.filter((q) => seconds(q) <= MAX_LATENCY_SECONDS);
  if (times.length === 0) return false;
  if (!hasHit(s, 'serving-context')) return false;
  const before = tokenMarks(s, 'latency-bound-before');
  const after = tokenMarks(s, 'latency-bound-after', 'start');
  const boundBefore = (q: Quantity): boolean => {
    for (let i = Math.max(0, q.start - 2); i < q.start; i++) if (before[i] || BOUND_SIGN.test(s.tokens[i]!.before)) return true;
    return false;
  };
  return times.some(
    (q) =>
      seconds(q) <= MAX_BOUNDED_SECONDS &&
      (boundBefore(q) ||
        BOUND_SIGN.test(s.tokens[q.start]!.before) ||
        // "must take tens of milliseconds at most", "50 ms or less"
        after[q.end] === 1),
  );
}

/** The sentence, or the one before it in the same block, computes predictions in batch. */
function batchHere(doc: DocumentModel, s: Sentence): boolean {
  if (hasHit(s, 'batch-cadence')) return true;
  const prev = previousInBlock(doc, s);
  return prev !== undefined && prev.evidence && hasHit(prev, 'batch-cadence');
}

/** "What is the latency budget?" / "About 200 milliseconds.": the answer is a latency. */
function answersLatency(doc: DocumentModel, s: Sentence): boolean {
  const question = questionAnswered(doc, s);
  return question !== undefined && hasHit(question, 'latency-cue', ['question']) && statedQuantities(s, 'time').some((q) => seconds(q) <= MAX_LATENCY_SECONDS);
}

export default defineRule(
  {
    id: 'latency-constraint-stated',
    phase: 'clarify',
    concepts: ['batch-cadence', 'cadence-word', 'cue-clarify', 'cue-data', 'cue-model', 'cue-production', 'label-definition', 'label-word', 'latency-bound-after', 'latency-bound-before', 'latency-cue', 'retrain', 'serving-context'],
    description: 'A quantified latency requirement for serving (a number with a time unit), or batch scoring with an explicit cadence.',
    severity: 'error',
    rationale:
      'The latency budget decides the model family, the feature store, caching and the hardware. "Low latency" decides nothing; "p99 under 100 ms, 30 ms of it for ranking" rules out a cross-encoder before you draw it.',
    passes: 'A number with a time unit tied to latency, response, inference or serving ("p99 latency under 100 ms", "must respond within 200 milliseconds", "end-to-end < 1 s", "tens of milliseconds"); or predictions computed offline in batch with an explicit cadence ("scores are recomputed nightly").',
    fails: 'Latency only qualitative ("low latency", "real-time"), only asked as a question, only in front matter or code, or absent.',
    messages: { fail: 'No quantified latency requirement: give the serving latency budget as a number with a unit (or the batch cadence).' },
    fixExample: 'The ranking service must answer within 150 ms at p99.',
    examples: [
      { title: 'p99 budget', status: 'pass', markdown: '# Feed\n\nEnd-to-end latency budget of 200 ms at p99 for the feed request.\n' },
      { title: 'number words', status: 'pass', markdown: '# Ads\n\nScoring has to stay within tens of milliseconds per request.\n' },
      { title: 'nightly batch', status: 'pass', markdown: '# Forecast\n\nThis is batch prediction: forecasts are recomputed nightly.\n' },
      { title: 'the answer to a latency question', status: 'pass', markdown: '# Bots\n\n**Interviewer:** What is the latency budget?\n\n**Me:** About 50 milliseconds per request.\n' },
      { title: 'a delay counted from the input event', status: 'pass', markdown: '# Leaks\n\nAlarms must reach the control room within 5 minutes of the readings arriving.\n' },
      { title: 'qualitative only', status: 'fail', markdown: '# Feed\n\nThe feed must be real-time and low latency.\n' },
      { title: 'asked, never answered', status: 'fail', markdown: '# Bots\n\n- What is the latency budget, 50 ms or 200 ms?\n' },
      { title: 'a label window is not a latency', status: 'fail', markdown: '# Fraud\n\nA chargeback within 90 days makes the transaction a positive.\n' },
    ],
  },
  ({ doc }) => {
    const quantified = doc.sentences.filter((s) => s.evidence && (latencyQuantity(s) || answersLatency(doc, s)));
    if (quantified.length > 0) return passIfAny(quantified);
    // batch scoring counts with an explicit cadence, for what is served:
    // "This is batch prediction. Scores are computed every night at 02:00."
    const batch = doc.sentences.filter((s) => s.evidence && hasHit(s, 'cadence-word') && !hasHit(s, 'retrain') && batchHere(doc, s));
    if (batch.length > 0) return { status: 'pass', evidence: [batch[0]!] };
    return { status: 'fail' };
  },
);
