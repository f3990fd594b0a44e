import { defineRule, passIfAny } from '../src/core/rule.js';
import { hasHit, hitsIn } from '../src/core/query.js';
import { ANY_STANCE, tokenMarks } from '../src/core/analysis/context.js';
import type { Sentence } from '../src/core/document.js';
import { modelProposals } from '../src/core/analysis/models.js';

/**
 * The words this rule reads around a comparison are lexicon concepts, read
 * in any stance (they frame the comparison, they are not its claim): loose
 * comparison terms (the per-term tag 'comparison-loose': "vs", "beats"),
 * an evaluation of ours ('comparison-evaluation'), words before "against"
 * that make it no comparison ('against-not-comparing': "matching against
 * known hashes"), the status quo as an adjective and its system
 * ('status-quo-phrase': "the current nurse protocol") and system nouns
 * ('status-quo-system-word').
 */

/** At most this many words, a comparison is a label for the sentence after it ("Comparison.", "Baselines compared:"). */
const LABEL_WORDS = 3;
/** How far (tokens) after a comparison word the status quo's marker may stand: "against the current carousel". */
const MARKER_REACH = 3;
/** How far (tokens) after a comparison word a heuristic's head noun may stand: "against 1.18 for the five-year average". */
const HEURISTIC_REACH = 6;
/** How much further a comparison word may stand where the model compared stands between it and "with": "compare the autoencoder with". */
const COMPARED_SIDE = 4;

/**
 * A non-learned predictor on the other side of the comparison: "compared
 * with the title-region median lookup", "we compare the autoencoder with the
 * night-flow z-score rule". No model name stands between the two (that
 * would be what is compared), and an averaged metric is no predictor.
 */
function comparedWithHeuristic(s: Sentence): boolean {
  const n = s.tokens.length + 1;
  const compared = new Uint8Array(n);
  const model = new Uint8Array(n);
  const metric = new Uint8Array(n);
  for (const h of s.hits) {
    if (h.concept === 'comparison' && h.stance === 'asserted') compared[h.end] = 1;
    else if (h.concept === 'baseline-model' || h.concept === 'deep-model') model[h.start] = 1;
    else if (h.concept === 'metric-average') metric[h.start] = 1;
  }
  // the noun's own stance is the comparison's: "against" reads as a negator of what follows it
  return s.hits.some((h) => {
    if (h.concept !== 'heuristic-predictor' || metric[h.start]) return false;
    let reach = HEURISTIC_REACH;
    let preposition = false;
    for (let end = h.start; end >= Math.max(0, h.start - reach); end--) {
      if (compared[end]) return true;
      const word = s.tokens[end]?.lower;
      if (end < h.start && (word === 'with' || word === 'to')) preposition = true;
      // a model starting at the noun is the noun's own phrase ("the rule-based extractor"), not the compared side
      if (model[end] && end < h.start) {
        // "compare the autoencoder with the z-score rule": the model is the compared side
        if (!preposition) return false;
        reach += COMPARED_SIDE;
      }
    }
    return false;
  });
}

function comparison(s: Sentence): boolean {
  if (!s.evidence) return false;
  let evaluated: boolean | undefined;
  // once per sentence, not once per comparison word
  const ours = () => (evaluated ??= hasHit(s, 'comparison-evaluation', ANY_STANCE) || s.quantities.some((q) => q.kind === 'percent'));
  const loose = new Set(hitsIn(s, 'comparison-loose', ANY_STANCE).map((h) => `${h.start}:${h.end}`));
  const notComparing = tokenMarks(s, 'against-not-comparing', 'end');
  return s.hits.some((h) => {
    if (h.concept !== 'comparison' || (h.stance !== 'asserted' && h.stance !== 'hypothetical')) return false;
    if (h.term === 'against' && h.start > 0 && notComparing[h.start - 1] === 1) return false;
    // a measured result ("0.33% more transactions versus the rule regime") is an evaluation too
    return !loose.has(`${h.start}:${h.end}`) || ours();
  });
}

/** The sentence names the status quo: a heuristic, the system in place, or a model first described as in place. */
function namesStatusQuo(s: Sentence, existing: ReadonlySet<string>): boolean {
  // "against the current carousel", "versus today's ordering": whatever the system is called
  const comparedEnd = new Uint8Array(s.tokens.length + 1);
  for (const h of s.hits) if (h.concept === 'comparison' && h.stance === 'asserted') comparedEnd[h.end] = 1;
  const markedAfterComparison = (m: { start: number }) => {
    for (let end = Math.max(0, m.start - MARKER_REACH); end <= m.start; end++) if (comparedEnd[end]) return true;
    return false;
  };
  if (s.hits.some((m) => m.concept === 'existing-before' && m.stance === 'asserted' && markedAfterComparison(m))) return true;
  if (comparedWithHeuristic(s)) return true;
  if (hasHit(s, 'status-quo') || hasHit(s, 'status-quo-phrase', ANY_STANCE) || (s.existing && hasHit(s, 'status-quo-system-word', ANY_STANCE))) return true;
  return s.hits.some((h) => (h.concept === 'baseline-model' || h.concept === 'deep-model') && existing.has(h.term));
}

export default defineRule(
  {
    id: 'heuristic-baseline-compared',
    phase: 'production',
    description: 'The evaluation compares the model with a non-ML heuristic or with the system already in production.',
    severity: 'warn',
    concepts: ['against-not-comparing', 'baseline-model', 'heuristic-predictor', 'metric-average', 'baseline-model-cued', 'baseline-proposal', 'baseline-word', 'comparison', 'comparison-evaluation', 'comparison-loose', 'deep-model', 'existing-after', 'existing-before', 'model-proposal', 'size-reference', 'status-quo', 'status-quo-phrase', 'status-quo-system-word', 'supersede', 'others-wish', 'survey-cue', 'capability-lead', 'feature-frame', 'feature-label-start', 'options-lead', 'reader-section', 'tools-frame'],
    rationale:
      'The question a launch answers is "better than what we have?", not "better than another new model?". Comparing against the rule engine, the most-popular list or the current model is what makes a win believable.',
    passes: 'A comparison with a heuristic or the status quo: "against the most-popular list", "against the current rule engine", "the existing model as control", even where that system is itself a statistical model.',
    fails: 'No such comparison; a comparison between two new ML models only; an A/B test whose control is not named.',
    messages: { fail: 'The model is not compared with a heuristic or with the system in production.' },
    fixExample: 'Every candidate is compared against the current production ranker and the most-popular list, offline and in the A/B test.',
    examples: [
      { title: 'against the current rule engine', status: 'pass', markdown: '# Fraud\n\nOffline, a candidate must beat the current rule engine on recall at a 0.5% decline rate.\n' },
      { title: 'existing model as control', status: 'pass', markdown: '# Ads\n\nOnline: A/B test against the current logistic regression model on 10% of traffic.\n' },
      { title: 'against the heuristic by its head noun', status: 'pass', markdown: '# Salaries\n\nOffline, the LightGBM model is compared with the title-region median lookup.\n' },
      { title: 'two new models only', status: 'fail', markdown: '# PYMK\n\nIf the GNN does not beat the logistic regression, we keep the simpler model.\n' },
      { title: 'control not named', status: 'fail', markdown: '# Feed\n\nA/B test before launch, look at time spent.\n' },
    ],
  },
  ({ doc }) => {
    const { existing } = modelProposals(doc);
    // the comparison and the status quo in one sentence, or in two adjacent ones
    // ("half keep the current rule. We compare acceptance rate ...")
    const found = doc.sentences.filter((s) => {
      if (!comparison(s)) return false;
      if (namesStatusQuo(s, existing)) return true;
      const prev = doc.sentences[s.index - 1];
      if (prev !== undefined && prev.section === s.section && prev.evidence && namesStatusQuo(prev, existing)) return true;
      // a label that heads what follows it ("**Comparison.** Every fold reports MAE for the current production system, ...")
      const next = doc.sentences[s.index + 1];
      return s.tokens.length <= LABEL_WORDS && next !== undefined && next.section === s.section && next.list === s.list && next.evidence && namesStatusQuo(next, existing);
    });
    return passIfAny(found);
  },
);
