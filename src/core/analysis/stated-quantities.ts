/**
 * The quantities a sentence states: its numbers that the document model read
 * as asserted (not asked, negated, put off, hypothetical or left open), so
 * "We do not need the response within 100 ms" gives no latency and
 * "whether the team can take a few hundred calls a day" no scale.
 */
import type { Sentence } from '../document.js';
import type { Quantity, QuantityKind } from '../quantities.js';

export function statedQuantities(s: Sentence, kind?: QuantityKind): Quantity[] {
  return s.quantities.filter((q) => (q.stance === undefined || q.stance === 'asserted') && (kind === undefined || q.kind === kind));
}
