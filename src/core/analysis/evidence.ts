/**
 * Which of several sentences shows a rule best. A grader quotes "the first
 * lines that suffice", reading the section where the thing belongs first:
 * "Handle a growing volume of support tickets" in the requirements names
 * the tickets; the data section's "training data: customer support
 * messages" shows the source. So, in order:
 *   1. a body sentence in a section about the rule's phase;
 *   2. a body sentence in another section;
 *   3. one in the introduction under the title (it sums up what the
 *      sections then show);
 *   4. a heading (a bare heading rarely shows the thing itself).
 * Document order breaks ties.
 */
import type { DocumentModel, Sentence, SentenceHit } from '../document.js';
import { phaseOf } from '../document.js';
import { positionAt } from '../line-index.js';
import { memo } from '../query.js';
import type { Evidence } from '../types.js';
import type { RulePhase } from '../types.js';

/** At most this many words, a list's lead-in is an outline label ("Feature selection", "Retraining triggers:"), a heading in all but markup. */
const OUTLINE_LABEL_WORDS = 4;

/** Lead-ins of the document's lists. */
const leadIns = memo((doc: DocumentModel): ReadonlySet<Sentence> => {
  const leads = new Set<Sentence>();
  const seen = new Set<number>();
  for (const s of doc.sentences) {
    if (s.list < 0 || seen.has(s.list)) continue;
    seen.add(s.list);
    const before = doc.sentences[s.index - 1];
    if (before && before.list !== s.list) leads.add(before);
  }
  return leads;
});

function tier(doc: DocumentModel, s: Sentence, phase: RulePhase): number {
  if (s.block === 'heading') return 3;
  if (s.tokens.length <= OUTLINE_LABEL_WORDS && leadIns(doc).has(s)) return 3;
  const own = phaseOf(doc, s);
  if (phase !== 'document' && own === phase) return 0;
  if (inIntroduction(doc, s)) return 2;
  return 1;
}

/** A sentence that shows a pass, with the hit that shows it where the rule knows it. */
export type Candidate = Sentence | { sentence: Sentence; hit?: Pick<SentenceHit, 'start'>; named?: boolean };

/** Before the first section under the title: an introduction that sums up what the sections then show. */
function inIntroduction(doc: DocumentModel, s: Sentence): boolean {
  const sec = doc.sections[s.section];
  if (!sec) return false;
  const underTitle = sec.depth === 0 || (sec.depth === 1 && doc.sentences[sec.start]?.title === true);
  return underTitle && doc.sections.length > sec.index + 1;
}

export function bestEvidence(doc: DocumentModel, phase: RulePhase, candidates: readonly Candidate[]): Candidate {
  // within a tier, a candidate the rule marks as naming the thing outright ("Online: watch time per DAU") before a passing mention ("drives revenue")
  const rank = (c: Candidate): number => tier(doc, sentenceOf(c), phase) * 2 + ('sentence' in c && c.named ? 0 : 1);
  let best = candidates[0]!;
  let bestTier = rank(best);
  for (const c of candidates) {
    const t = rank(c);
    if (t < bestTier || (t === bestTier && sentenceOf(c).index < sentenceOf(best).index)) {
      best = c;
      bestTier = t;
    }
  }
  return best;
}

export function sentenceOf(c: Candidate): Sentence {
  return 'sentence' in c ? c.sentence : c;
}

/**
 * The sentence quoted at the line that holds the hit: a sentence wrapped
 * over several source lines ("...used as a cross-encoder over / the diff,
 * fine-tuned with a pairwise logistic loss") points at the loss's line, as
 * a reader would. The hit's words are found in the source between the
 * sentence's first and last line, counting earlier repeats of the same
 * words in the sentence; where they cannot be found (markup inside them),
 * the sentence's own start.
 */
export function evidenceAt(doc: DocumentModel, c: Candidate, quote: (s: Sentence) => Evidence): Evidence {
  const s = sentenceOf(c);
  const shown = quote(s);
  const hit = 'sentence' in c ? c.hit : undefined;
  if (!hit || s.endLine <= s.line || hit.start >= s.tokens.length) return shown;
  const first = s.tokens[hit.start]!;
  const word = s.text.slice(first.start, first.end);
  if (word.length === 0) return shown;
  let repeats = 0;
  for (let at = s.text.indexOf(word); at >= 0 && at < first.start; at = s.text.indexOf(word, at + 1)) repeats++;
  const from = (doc.lineStarts[s.line - 1] ?? 0) + s.column - 1;
  const to = doc.lineStarts[s.endLine] ?? doc.source.length;
  let found = doc.source.indexOf(word, from);
  for (; found >= 0 && found < to && repeats > 0; repeats--) found = doc.source.indexOf(word, found + 1);
  if (found < 0 || found >= to) return shown;
  const { line, column } = positionAt(doc, found);
  return line === s.line ? shown : { ...shown, line, column };
}
