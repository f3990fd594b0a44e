/**
 * Which concepts each rule asks the document model for, noted at run time
 * so a test can hold every rule to its `meta.concepts`. defineRule() runs
 * each check as the "current rule"; the query functions (query.ts) note the
 * concepts they are asked for; an analysis memoised per document (memo())
 * replays the concepts it asked for to every rule that reads it, so a
 * shared analysis counts for each of its readers, not only the first.
 *
 * Cheap by design: one Set insertion per query call; nothing is noted when
 * no rule is running (a direct call, a test).
 */
import type { ConceptId } from './lexicons.js';

let currentRule: string | undefined;
/** Open captures (memoised analyses being computed), innermost last. */
const captures: Array<Set<ConceptId>> = [];
const used = new Map<string, Set<ConceptId>>();

/** Run `fn` as the check of rule `id`: the concepts queried meanwhile are noted for it. */
export function asRule<T>(id: string, fn: () => T): T {
  const outer = currentRule;
  currentRule = id;
  try {
    return fn();
  } finally {
    currentRule = outer;
  }
}

/** Note that the running rule (and any analysis being computed for it) asked for these concepts. */
export function noteConcepts(concepts: ConceptId | readonly ConceptId[]): void {
  if (currentRule === undefined) return;
  let set = used.get(currentRule);
  if (!set) used.set(currentRule, (set = new Set()));
  const capture = captures[captures.length - 1];
  if (typeof concepts === 'string') {
    set.add(concepts);
    capture?.add(concepts);
    return;
  }
  for (const c of concepts) {
    set.add(c);
    capture?.add(c);
  }
}

/** Compute something while capturing the concepts it asks for (a memoised analysis). */
export function capturing<T>(compute: () => T): { value: T; concepts: ReadonlySet<ConceptId> } {
  const capture = new Set<ConceptId>();
  captures.push(capture);
  try {
    const value = compute();
    return { value, concepts: capture };
  } finally {
    captures.pop();
    // an analysis computed inside another one is also part of the outer one
    const outer = captures[captures.length - 1];
    if (outer) for (const c of capture) outer.add(c);
  }
}

/** The concepts each rule has asked for so far, by rule id. */
export function conceptsUsed(): ReadonlyMap<string, ReadonlySet<ConceptId>> {
  return used;
}
