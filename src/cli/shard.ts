/**
 * --shard i/n: one CI job of n lints only its share of the documents.
 *
 * A document's shard depends on its path alone (a hash of the path as shown
 * in reports, modulo n), never on its position in the list: adding or
 * removing a document moves no other document to another shard, so a CI
 * matrix keeps linting each file in the same job and the n shards together
 * lint every document exactly once.
 */

export interface Shard {
  /** 1-based, as written on the command line. */
  index: number;
  count: number;
}

/** "2/4" -> { index: 2, count: 4 }; null when the text is not i/n with 1 <= i <= n. */
export function parseShard(text: string): Shard | null {
  const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

/** FNV-1a (32 bits) of the path's UTF-16 code units: fast, and the same on every machine. */
function pathHash(path: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The shard (1-based) a document belongs to; backslashes count as slashes so Windows runners agree. */
export function shardOf(path: string, count: number): number {
  return (pathHash(path.replace(/\\/g, '/')) % count) + 1;
}

/** The items of one shard, in their order. */
export function inShard<T extends { path: string }>(items: readonly T[], shard: Shard | undefined): T[] {
  if (shard === undefined || shard.count === 1) return [...items];
  return items.filter((item) => shardOf(item.path, shard.count) === shard.index);
}
