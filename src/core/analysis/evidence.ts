/**
 * Which of several sentences shows a rule best: one in a section about the
 * rule's phase before a passing mention elsewhere. "Handle a growing
 * volume of support tickets" in the requirements names the tickets; the
 * data section's "training data: customer support messages" shows the
 * source. The first sentence when no section is about the phase.
 */
import type { DocumentModel, Sentence } from '../document.js';
import { phaseOf } from '../document.js';
import type { Phase } from '../types.js';
import { passIfAny, type RuleOutcome } from '../rule.js';

export function inPhaseFirst(doc: DocumentModel, sentences: readonly Sentence[], phase: Phase): Sentence | undefined {
  return sentences.find((s) => phaseOf(doc, s) === phase) ?? sentences[0];
}

/** passIfAny, quoting the first sentence in a section of the phase when there is one. */
export function passInPhase(doc: DocumentModel, found: ReadonlyArray<Sentence | { sentence: Sentence }>, phase: Phase): RuleOutcome {
  const sentences = found.map((f) => ('sentence' in f ? f.sentence : f));
  const shown = inPhaseFirst(doc, sentences.filter((s) => s.block !== 'heading'), phase);
  return shown ? { status: 'pass', evidence: [shown] } : passIfAny(sentences);
}
