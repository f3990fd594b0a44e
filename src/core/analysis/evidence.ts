/**
 * Which of several sentences shows a rule best. A grader quotes "the first
 * lines that suffice", reading the section where the thing belongs first:
 * "Handle a growing volume of support tickets" in the requirements names
 * the tickets; the data section's "training data: customer support
 * messages" shows the source. So, in order:
 *   1. a body sentence in a section about the rule's phase;
 *   2. a body sentence anywhere else;
 *   3. a heading (a bare heading rarely shows the thing itself).
 * Document order breaks ties.
 */
import type { DocumentModel, Sentence } from '../document.js';
import { phaseOf } from '../document.js';
import type { Phase, RulePhase } from '../types.js';
import type { RuleOutcome } from '../rule.js';

const VARIANT = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.EVV ?? 'a';

function tier(doc: DocumentModel, s: Sentence, phase: RulePhase): number {
  if (s.block === 'heading') return 3;
  const own = phaseOf(doc, s);
  if (phase !== 'document' && own === phase) return 0;
  if (VARIANT === 'b' && own === null) return 2;
  return 1;
}

export function bestEvidence(doc: DocumentModel, phase: RulePhase, sentences: readonly Sentence[]): Sentence {
  let best = sentences[0]!;
  let bestTier = tier(doc, best, phase);
  for (const s of sentences) {
    const t = tier(doc, s, phase);
    if (t < bestTier || (t === bestTier && s.index < best.index)) {
      best = s;
      bestTier = t;
    }
  }
  return best;
}

export function inPhaseFirst(doc: DocumentModel, sentences: readonly Sentence[], phase: Phase): Sentence | undefined {
  return sentences.length ? bestEvidence(doc, phase, sentences) : undefined;
}

/** A pass quoting the sentence that shows it best (the engine picks it). */
export function passInPhase(_doc: DocumentModel, found: ReadonlyArray<Sentence | { sentence: Sentence }>, _phase: Phase): RuleOutcome {
  const sentences = found.map((f) => ('sentence' in f ? f.sentence : f));
  return sentences.length ? { status: 'pass', candidates: sentences } : { status: 'fail' };
}
