/**
 * Linear-time text merging in micromark (4.0.3, the latest release). When a
 * paragraph's inline text is tokenized, every place where a construct could
 * start ends a `data` token, and GFM's literal autolinks can start at almost
 * any word (an email address begins with any letter or digit), so a
 * paragraph is thousands of adjacent `data` tokens. micromark's text
 * resolver (`resolveAllText` in micromark/lib/initialize/text.js) then
 * merges each run of them with `events.splice(...)` in the middle of the
 * paragraph's event list: one copy of the rest of the list per run,
 * quadratic in the paragraph. One unclosed front matter (`---` and no
 * closing `---`) turns a file into one paragraph: 1.1 MB took 25-40 s.
 *
 * That resolver is private to micromark and runs before any resolver an
 * extension can add, so the merge is done earlier instead: a text construct
 * tried at every line ending merges the runs of adjacent `data` events of
 * the line just ended, in place, in one pass over that line's events, and
 * declines (or succeeds without consuming anything when it merged, so that
 * no snapshot of the event list is restored over the shortened list).
 * micromark's resolver then finds nothing left to merge and only scans.
 *
 * The merge keeps the first token of a run and gives it the run's end,
 * exactly as micromark does at the end. While tokenizing, only the literal
 * autolink lookbehind reads earlier events (it marks the last token it
 * walked into; a mark on a merged-away token moves to the kept one, which is
 * earlier, so the mark stays true and the walk stays short); the other
 * resolvers never read `data` tokens, and whatever `data` they create later
 * is still merged by micromark's own pass. The events, and the trees, are
 * the same (test/micromark-text-linear.test.ts). No `node:` imports.
 */
import type { Construct, Effects, Event, Extension, State, TokenizeContext } from 'micromark-util-types';
import type { Processor } from 'unified';

/** How far each text tokenizer's events are merged already. */
const mergedUpTo = new WeakMap<TokenizeContext, number>();

type Marked = { _gfmAutolinkLiteralWalkedInto?: boolean };

/**
 * Merge each run of adjacent `data` events from `from` on into its first
 * token, as micromark's resolveAllText does, in one pass (a write index).
 * Returns whether anything was merged. Exported for tests.
 */
export function mergeAdjacentData(events: Event[], from = 0): boolean {
  const length = events.length;
  let write = from;
  let index = from;
  while (index < length) {
    if (events[index]![1].type !== 'data' || index + 1 >= length) {
      events[write++] = events[index++]!;
      continue;
    }
    // a run: this enter and its exit, then every further data event (micromark skips the second unchecked)
    const enter = index;
    let end = enter + 2;
    while (end < length && events[end]![1].type === 'data') end++;
    const first = events[enter]![1];
    if (end !== enter + 2) {
      first.end = events[end - 1]![1].end;
      for (let k = enter + 2; k < end; k++) if ((events[k]![1] as Marked)._gfmAutolinkLiteralWalkedInto) (first as Marked)._gfmAutolinkLiteralWalkedInto = true;
    }
    events[write++] = events[enter]!;
    events[write++] = events[enter + 1]!;
    index = end;
  }
  events.length = write;
  return write !== length;
}

const mergeLine: Construct = {
  name: 'mlsdLintLinearTextMerge',
  partial: true,
  tokenize(this: TokenizeContext, _effects: Effects, ok: State, nok: State): State {
    const self = this;
    return (code) => {
      const merged = mergeAdjacentData(self.events, mergedUpTo.get(self) ?? 0);
      mergedUpTo.set(self, self.events.length);
      // on "nok" micromark restores the event list's length from before this attempt: after a merge that
      // would append holes, so succeed without consuming (the same code is tried again, and then declined)
      return merged ? ok(code) : nok(code);
    };
  },
};

/** The micromark extension: the merge at line endings in text. */
export const linearTextMerge: Extension = {
  text: { [-5]: mergeLine, [-4]: mergeLine, [-3]: mergeLine },
};

/** remark plugin adding the extension to the parser. */
export default function remarkLinearText(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: Extension[] };
  (data.micromarkExtensions ??= []).push(linearTextMerge);
}
