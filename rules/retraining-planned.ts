import { defineRule, passIfAny } from '../src/core/rule.js';
import { hasHit, hitsIn } from '../src/core/query.js';
import { placeholderMarkers } from '../src/core/placeholder.js';
import type { DocumentModel, Sentence, SentenceHit } from '../src/core/document.js';
import { tokenMarks } from '../src/core/analysis/context.js';

/** Retraining modes that are a plan by themselves. */
const SELF_SCHEDULED = new Set(['continual learning', 'continual training', 'continuous training', 'online learning', 'incremental training', 'incremental learning']);
/** Trigger words state a trigger only after the retraining they trigger ("retrain when recall drops"); "when you retrain, re-embed" makes retraining the condition. */
const TRIGGER_WORDS = new Set(['when', 'whenever', 'if', 'earlier if', 'sooner if']);
const STATED = ['asserted', 'hypothetical'] as const;
/** How far (tokens) a cadence may stand from the retraining it schedules, within one statement. */
const REACH = 12;
/**
 * Cell and statement boundaries: a cadence across them belongs to something else ("recall decays weekly | frequent retrain").
 * Punctuation between tokens (`before`), not vocabulary: it stays code, not a lexicon concept.
 */
const BOUNDARY = /[|;]/;

/** The retrain hit fills its table cell on its own ("| Retraining | daily |"): the row's other cells are its values. */
function labelCell(s: Sentence, r: SentenceHit): boolean {
  if (s.block !== 'table-row') return false;
  const cellStart = (i: number) => i >= s.tokens.length || s.tokens[i]!.before.includes('|');
  return (r.start === 0 || cellStart(r.start)) && (r.end >= s.tokens.length || cellStart(r.end));
}

function sameStatement(s: Sentence, r: SentenceHit, c: SentenceHit): boolean {
  const [from, to] = r.start < c.start ? [r.end, c.start] : [c.end, r.start];
  if (to - from > REACH) return false;
  const boundary = labelCell(s, r) ? /;/ : BOUNDARY;
  for (let i = from; i <= to && i < s.tokens.length; i++) if (boundary.test(s.tokens[i]!.before)) return false;
  return true;
}

function cadenceFor(s: Sentence, retrain: readonly SentenceHit[]): boolean {
  // cadences by start token, so each retraining looks only at the few within reach (linear in a long sentence)
  const byStart = new Map<number, SentenceHit[]>();
  for (const c of hitsIn(s, 'retrain-cadence', STATED)) {
    const list = byStart.get(c.start);
    if (list) list.push(c);
    else byStart.set(c.start, [c]);
  }
  for (const r of retrain) {
    for (let k = Math.max(0, r.start - REACH - 8); k <= r.end + REACH; k++) {
      for (const c of byStart.get(k) ?? []) if (sameStatement(s, r, c) && (!TRIGGER_WORDS.has(c.term) || c.start >= r.end)) return true;
    }
  }
  // "every 2 weeks", "each 30 days": a 'cadence-quantifier' word right before the time
  const quantifier = tokenMarks(s, 'cadence-quantifier');
  return s.quantities.some((q) => q.kind === 'time' && q.start > 0 && quantifier[q.start - 1] === 1);
}

/** A bare label ("**Retraining.**", "Retraining:") whose content is the next sentence of the same block. */
function labelOnly(s: Sentence, retrain: readonly SentenceHit[]): boolean {
  return s.tokens.length <= 3 && retrain.length > 0;
}

/** A to-do line ("TODO retraining schedule") is not a plan. */
function holdsPlaceholder(s: Sentence): boolean {
  return placeholderMarkers(s.text).length > 0;
}

function planned(doc: DocumentModel, s: Sentence): Sentence | undefined {
  if (!s.evidence || holdsPlaceholder(s)) return undefined;
  // "How often do we retrain? Every week, on the last 60 days."
  const prev = doc.sentences[s.index - 1];
  if (prev?.question && prev.section === s.section && hasHit(prev, 'retrain', ['question']) && hitsIn(s, 'retrain-cadence', STATED).length > 0) return s;
  const retrain = hitsIn(s, 'retrain', STATED);
  if (retrain.length === 0) return undefined;
  if (retrain.some((h) => SELF_SCHEDULED.has(h.term))) return s;
  if (cadenceFor(s, retrain)) return s;
  // "**Retraining.** Quarterly on the latest 3 years of claims."
  const next = doc.sentences[s.index + 1];
  if (labelOnly(s, retrain) && next && next.evidence && next.section === s.section && next.line === s.endLine && !holdsPlaceholder(next) && hitsIn(next, 'retrain-cadence', STATED).length > 0) return next;
  return undefined;
}

export default defineRule(
  {
    id: 'retraining-planned',
    phase: 'production',
    description: 'A retraining cadence or trigger is stated.',
    severity: 'warn',
    concepts: ['cadence-quantifier', 'retrain', 'retrain-cadence'],
    rationale:
      'Every deployed model decays. Saying when it is retrained (daily, weekly, on a drift alert, continually) turns "it will go stale" into an operating plan with a cost.',
    passes: 'A cadence or trigger: retrain daily or weekly, on drift alerts, when a metric drops, continual or online learning.',
    fails: '"It needs retraining so it does not go stale" gives neither cadence nor trigger; retraining only asked about.',
    messages: { fail: 'No retraining cadence or trigger is stated.' },
    fixExample: 'The ranker is retrained daily on a sliding 28-day window, and immediately when calibration drops by more than 5%.',
    examples: [
      { title: 'weekly', status: 'pass', markdown: '# PYMK\n\nAfter launch I would retrain the model weekly on a fresh snapshot.\n' },
      { title: 'trigger', status: 'pass', markdown: '# Moderation\n\nWe retrain whenever the policy taxonomy changes.\n' },
      { title: 'no cadence', status: 'fail', markdown: '# Feed\n\nThe model needs retraining so it does not go stale.\n' },
      { title: 'only asked', status: 'fail', markdown: '# Feed\n\nHow often should we retrain?\n' },
    ],
  },
  ({ doc }) => {
    const found: Sentence[] = [];
    for (const s of doc.sentences) {
      const shown = planned(doc, s);
      if (shown && !found.includes(shown)) found.push(shown);
    }
    return passIfAny(found);
  },
);
