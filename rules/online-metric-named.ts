import { defineRule, passIfAny } from '../src/core/rule.js';
import { findHits, hasHit, hitsIn } from '../src/core/query.js';
import { framingSentences, inFeatureContext, previousInBlock } from '../src/core/analysis/context.js';
import type { Stance } from '../src/core/reading.js';
import type { Sentence, SentenceHit } from '../src/core/document.js';

/** A heading or lead-in frames what follows whatever its own reading ("Online metrics?" as a heading still frames the list). */
const ANY_STANCE: readonly Stance[] = ['asserted', 'question', 'negated', 'future', 'hypothetical'];

interface OutcomeFacts {
  /** Start of the first source word ("The sources are ..."); Infinity: none. */
  firstSource: number;
  /** Token ends of time figures ("30 ms"). */
  timeEnds: Set<number>;
  /** reach[i]: the furthest end of a health-signal span starting at or before token i. */
  healthReach: Int32Array;
}

const FACTS = new WeakMap<Sentence, OutcomeFacts>();

/** Read once per sentence, so a sentence full of rates stays linear. */
function factsOf(sentence: Sentence): OutcomeFacts {
  let facts = FACTS.get(sentence);
  if (facts) return facts;
  const firstSource = Math.min(Infinity, ...hitsIn(sentence, 'source-word').slice(0, 1).map((h) => h.start));
  const timeEnds = new Set(sentence.quantities.filter((q) => q.kind === 'time').map((q) => q.end));
  const healthReach = new Int32Array(sentence.tokens.length + 1).fill(-1);
  for (const h of hitsIn(sentence, 'health-signal')) healthReach[h.start] = Math.max(healthReach[h.start]!, h.end);
  for (let i = 1; i < healthReach.length; i++) healthReach[i] = Math.max(healthReach[i]!, healthReach[i - 1]!);
  facts = { firstSource, timeEnds, healthReach };
  FACTS.set(sentence, facts);
  return facts;
}

/** The metric is listed among the data sources ("The sources are ... and the post-call CSAT survey results"): data, not the metric named. */
function listedAsSource(sentence: Sentence, hit: SentenceHit): boolean {
  if (hasHit(sentence, ['online-context', 'evaluation-word', 'online-experiment'])) return false;
  return factsOf(sentence).firstSource < hit.start;
}

/**
 * Not a user or business outcome: a per-unit after a time figure bounds a
 * latency ("30 ms per headline"), and a rate inside a health signal ("error
 * rate", "CPU load") is the system's health.
 */
function notAnOutcome(sentence: Sentence, hit: SentenceHit): boolean {
  const { timeEnds, healthReach } = factsOf(sentence);
  return timeEnds.has(hit.start) || healthReach[hit.start]! >= hit.end;
}

function outcomes(sentence: Sentence): SentenceHit[] {
  return hitsIn(sentence, 'outcome-shape').filter((h) => !notAnOutcome(sentence, h));
}

export default defineRule(
  {
    id: 'online-metric-named',
    phase: 'clarify',
    concepts: ['evaluation-word', 'latency-cue', 'metric-context', 'offline-context', 'online-context', 'online-experiment', 'online-metric', 'online-outcome', 'outcome-shape', 'feature-frame', 'feature-label-start', 'health-signal', 'source-word'],
    description: 'At least one online metric is named: a user or business outcome measured on live traffic.',
    severity: 'error',
    rationale:
      'A model can win offline and lose the business. Naming the online metric (click-through rate, watch time, conversion, fraud loss) says what the launch must move, and is what the A/B test will be judged on.',
    passes: 'A named online metric: click-through rate, conversion rate, watch or dwell time, engagement, retention, revenue, GMV, session length, reports or complaints rate, fraud loss caught, or another live outcome of the same kind.',
    fails: 'No online metric, or one named only in a question. Latency counts only where the author lists it among the online metrics.',
    messages: { fail: 'No online (live-traffic) metric is named.' },
    fixExample: 'Online, the primary metric is click-through rate, with 7-day retention as a guardrail.',
    examples: [
      { title: 'named with a guardrail', status: 'pass', markdown: '# Feed\n\nOnline: watch time per daily active user; guardrail: 7-day retention.\n' },
      { title: 'conversion rate', status: 'pass', markdown: '# Search\n\nWe track search conversion rate in the experiment.\n' },
      { title: 'only asked', status: 'fail', markdown: '# Hotel\n\n- Which business metric matters: revenue or occupancy?\n' },
      { title: 'offline only', status: 'fail', markdown: '# Hotel\n\nWe measure accuracy on the test set.\n' },
      { title: 'a feature, not a metric', status: 'fail', markdown: "# Notifications\n\nFeatures:\n\n- the user's past open rate\n- hour of day\n" },
    ],
  },
  ({ doc }) => {
    // an outcome named in a feature list ("the user's past open rate") is a feature
    // a business outcome ("revenue", "engagement") is a metric only where it is measured or moved
    // ("revenue managers" are people): metric words in the sentence, its list's lead-in or its heading
    const found = findHits(doc, ['online-metric', 'online-outcome']).filter(
      ({ sentence, hit }) =>
        !inFeatureContext(doc, sentence) &&
        !listedAsSource(sentence, hit) &&
        (hit.concept === 'online-metric' || hasHit(sentence, 'metric-context') || framingSentences(doc, sentence).some((f) => hasHit(f, 'metric-context', ANY_STANCE))),
    );
    // the line that names it as a metric ("Online: watch time per DAU") shows it better than a passing mention ("drives revenue")
    if (found.length > 0) return passIfAny(found.map((f) => ({ ...f, named: hasHit(f.sentence, ['online-context', 'evaluation-word', 'online-experiment']) })));
    // term lists are examples: "Online: bookings per search", "primary metric: add-to-basket rate"
    return passIfAny(
      doc.sentences.filter(
        (s) => {
          if (!s.evidence || s.tokens.length < 4 || inFeatureContext(doc, s)) return false;
          // the outcome comes after the online marker ("offline, MAE; online, post-editing hours per word")
          // "we measure the apply rate in an A/B test": measured live, wherever the outcome stands
          if (hasHit(s, 'online-experiment') && outcomes(s).length > 0) return true;
          // or in the sentence right after the live run, as what is watched there ("It runs in shadow mode for two
          // weeks. After that, the number I'd watch is the share of fields clerks correct.")
          const before = previousInBlock(doc, s);
          if (before && hasHit(before, 'online-experiment') && outcomes(s).length > 0 && hasHit(s, 'metric-context')) return true;
          const online = s.hits.find((h) => h.concept === 'online-context' && h.stance === 'asserted');
          if (online === undefined) return false;
          // latency counts where the author lists it among the online metrics
          // (before it too where nothing offline is named: "| 30-day readmission rate | online |", "time per contract is the outcome the business cares about")
          const offline = hasHit(s, 'offline-context');
          return outcomes(s).some((h) => h.start >= online.end || !offline) || (hasHit(s, 'evaluation-word') && hasHit(s, 'latency-cue'));
        },
      ),
    );
  },
);
