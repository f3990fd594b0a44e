import { defineRule } from '../src/core/rule.js';
import { findHits, gap, hasHit, hitsIn } from '../src/core/query.js';
import type { Sentence } from '../src/core/document.js';

/** Longest time that still reads as a serving latency (batch cadences are handled apart). */
const MAX_LATENCY_SECONDS = 60;
/** How far (in tokens) a number may stand from the word that makes it a latency. */
const NEAR = 12;

/** Words that make "within 50 ms" a serving constraint when no latency word is there. */
const SERVING_CONTEXT = /\b(request|requests|serve|serving|served|respond|response|api|call|calls|page|query|queries|scor(e|es|ing)|inference|predict(ion|ions)?|refresh(es)?|answer|decision|verdict|ready|model)\b/i;

function latencyQuantity(s: Sentence): boolean {
  const times = s.quantities.filter((q) => q.kind === 'time' && (q.seconds ?? 0) * (Number.isNaN(q.value) ? 1 : q.value) <= MAX_LATENCY_SECONDS);
  if (times.length === 0) return false;
  const strong = hitsIn(s, 'latency-cue');
  if (times.some((q) => strong.some((h) => gap(h, q) <= NEAR))) return true;
  const weak = hitsIn(s, 'latency-weak');
  return SERVING_CONTEXT.test(s.text) && times.some((q) => weak.some((h) => gap(h, q) <= 3));
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
