/**
 * An option and the verdict on it, in two sentences of one block:
 * "1. **Gradient-boosted trees on daily aggregates.** Rejected: with around
 * 400 failures ...", "An LSTM per turbine. Dropped." The verdict sentence
 * opens with the rejection (reading.ts `opensWithRejection`), so what the
 * sentence before it named is rejected, not proposed: its asserted hits read
 * as negated, as "X: rejected" does inside one sentence.
 */
import { opensWithRejection } from '../reading.js';
import type { Sentence } from './types.js';

/** The sentence before `s` in the same block: same section, list and item, and no gap line. */
function previousInBlock(sentences: readonly Sentence[], s: Sentence): Sentence | undefined {
  const prev = sentences[s.index - 1];
  return prev !== undefined && prev.section === s.section && prev.list === s.list && prev.item === s.item && prev.block === s.block && prev.endLine >= s.line - 1 ? prev : undefined;
}

export function readOptionsByVerdict(sentences: readonly Sentence[]): void {
  for (const s of sentences) {
    if (!opensWithRejection(s.tokens)) continue;
    const option = previousInBlock(sentences, s);
    if (!option) continue;
    for (const h of option.hits) if (h.stance === 'asserted') h.stance = 'negated';
    for (const q of option.quantities) if (q.stance === 'asserted') q.stance = 'negated';
  }
}
