import { defineRule } from '../src/core/rule.js';
import { findHits, gap, hasHit, hitsIn } from '../src/core/query.js';
import type { Sentence } from '../src/core/document.js';
import type { Quantity } from '../src/core/quantities.js';

/** Longest time that still reads as a serving latency (batch cadences are handled apart). */
const MAX_LATENCY_SECONDS = 60;
/** How far (in tokens) a number may stand from the word that makes it a latency. */
const NEAR = 12;

/** Words that make "under 50 ms" a serving constraint when no latency word is there. */
const SERVING_CONTEXT = /\b(requests?|serv(e|es|ed|ing)|respon(d|ds|se|ses)|return(s|ed)?|load(s|ed)?|render(s|ed)?|display(s|ed)?|shown?|api|calls?|page|quer(y|ies)|scor(e|es|ed|ing)|inference|predict(ion|ions)?|refresh(es)?|answers?|decisions?|verdicts?|ready|model)\b/i;
/** A bound right before the number: "under 50 ms", "in 80 ms", "< 1 s". */
const BOUND = /^(under|within|below|in|by|less|<|≤|max|maximum|at|than|sub|p99|p95|p90|p50)$/;
/** Longest time a request-side bound can be without a latency word. */
const MAX_BOUNDED_SECONDS = 5;

function seconds(q: Quantity): number {
  return (q.seconds ?? 0) * (Number.isNaN(q.value) ? 1 : q.value);
}

function latencyQuantity(s: Sentence): boolean {
  const times = s.quantities.filter((q) => q.kind === 'time' && seconds(q) <= MAX_LATENCY_SECONDS);
  if (times.length === 0) return false;
  const strong = hitsIn(s, 'latency-cue');
  if (times.some((q) => strong.some((h) => gap(h, q) <= NEAR))) return true;
  if (!SERVING_CONTEXT.test(s.text)) return false;
  return times.some((q) => seconds(q) <= MAX_BOUNDED_SECONDS && s.tokens.slice(Math.max(0, q.start - 2), q.start).some((t) => BOUND.test(t.lower) || /[<≤]/.test(t.before) || /[<≤]/.test(s.tokens[q.start]!.before)));
}

export default defineRule(
  {
    id: 'latency-constraint-stated',
    phase: 'clarify',
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
      { title: 'qualitative only', status: 'fail', markdown: '# Feed\n\nThe feed must be real-time and low latency.\n' },
      { title: 'asked, never answered', status: 'fail', markdown: '# Bots\n\n- What is the latency budget, 50 ms or 200 ms?\n' },
      { title: 'a label window is not a latency', status: 'fail', markdown: '# Fraud\n\nA chargeback within 90 days makes the transaction a positive.\n' },
    ],
  },
  ({ doc }) => {
    const quantified = doc.sentences.filter((s) => s.evidence && latencyQuantity(s));
    if (quantified.length > 0) return { status: 'pass', evidence: quantified.slice(0, 1) };
    // batch scoring counts with an explicit cadence, for what is served
    const batch = findHits(doc, 'batch-cadence').filter(
      ({ sentence, hit }) => (hasHit(sentence, 'cadence-word') || /\b(nightly|daily|hourly|weekly)\b/i.test(hit.term)) && (hasHit(sentence, 'prediction-object') || /predict|scor|infer/i.test(hit.term)),
    );
    if (batch.length > 0) return { status: 'pass', evidence: [batch[0]!.sentence] };
    return { status: 'fail' };
  },
);
