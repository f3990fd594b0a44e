/**
 * One index for "which line is this offset on" and every other lookup of
 * the same shape: the last item of a sorted array whose key is at or before
 * a value. The document model, the offset map of mdast text, the quoted-span
 * test and the rules that report raw-text findings all use it, so there is
 * one binary search to get right instead of one per caller.
 */

/**
 * Index of the last item whose key is <= value, in an array sorted by key
 * (ascending); -1 when every key is greater.
 */
export function lastAtOrBefore<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length;
  // invariant: keys before lo are <= value, keys from hi on are > value
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const identity = (n: number): number => n;

/**
 * Offsets where each line starts. LF, CRLF and a lone CR each end a line
 * (a CRLF once), as unified's positions count them.
 */
export function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && source.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** Line and column (1-based) of a source offset, given the line starts. */
export function positionIn(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  // line 1 starts at 0, so an offset at or past 0 always finds a line
  const index = Math.max(0, lastAtOrBefore(lineStarts, identity, offset));
  return { line: index + 1, column: offset - lineStarts[index]! + 1 };
}

/** Line and column (1-based) of a source offset in a document model (or anything holding its line starts). */
export function positionAt(doc: { readonly lineStarts: readonly number[] }, offset: number): { line: number; column: number } {
  return positionIn(doc.lineStarts, offset);
}

/** Source offsets [start, end) of a 1-based line, its line break included. */
export function lineRange(doc: { readonly lineStarts: readonly number[]; readonly source: string }, line: number): [number, number] {
  return [doc.lineStarts[line - 1] ?? 0, doc.lineStarts[line] ?? doc.source.length];
}
