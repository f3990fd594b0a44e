/**
 * "Did you mean ...?" for a mistyped rule id (`mlsd-lint explain
 * baseline-propsed`): the known id at the smallest edit distance, when it
 * is close enough to be the one meant (at most a third of the typed
 * length, at least 2 edits allowed), so a wild guess gets no suggestion.
 */

/** Levenshtein distance (insertions, deletions, substitutions), in O(a*b) time and O(b) memory. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest of `known` to `typed`, or undefined when none is close. Ties: the first in `known`. */
export function closest(typed: string, known: readonly string[]): string | undefined {
  // ids are short; a 10,000-character argument is nobody's typo
  if (typed.length > 200) return undefined;
  const limit = Math.max(2, Math.floor(typed.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const id of known) {
    const d = editDistance(typed.toLowerCase(), id);
    if (d < bestDistance) {
      best = id;
      bestDistance = d;
    }
  }
  // also a fragment of an id ("baseline" for "baseline-proposed")
  if (bestDistance > limit) {
    const containing = known.filter((id) => typed.length >= 4 && id.includes(typed.toLowerCase()));
    return containing.length === 1 ? containing[0] : undefined;
  }
  return best;
}
