/**
 * Writing a pretty-printed JSON document (JSON.stringify(value, null, 2))
 * whose one big array arrives piece by piece: the JSON and SARIF reports
 * stream their files and results this way, byte for byte what
 * JSON.stringify of the whole value gives, without the whole value or its
 * text ever in memory.
 *
 * The frame is the document stringified with a marker string as the
 * array's only item: the text before the marker, the text after it, and
 * the marker's indentation. JSON.stringify escapes every control
 * character, so the marker (which starts with U+0000) cannot occur in the
 * document's own strings, and an item's newlines are all its own
 * pretty-printing: indenting each of its lines by the array's depth gives
 * the nested text.
 */

/** The array placeholder; JSON.stringify writes it as the six characters \u0000 and the tag. */
export const ARRAY_MARK = '\u0000mlsd-lint-array';
const MARK_TEXT = JSON.stringify(ARRAY_MARK);

export interface JsonFrame {
  /** Everything before the first item (ends with the newline and indentation of an item). */
  head: string;
  /** Everything after the last item (starts with the newline before the closing bracket). */
  tail: string;
  /** The indentation of an item. */
  indent: string;
  /** The text of an array with no items in place of head and tail ("[]"). */
  empty: string;
}

/** The frame of `skeleton` pretty-printed, where one array holds ARRAY_MARK alone. */
export function jsonFrame(skeleton: unknown): JsonFrame {
  const text = `${JSON.stringify(skeleton, null, 2)}\n`;
  const at = text.indexOf(MARK_TEXT);
  if (at < 0 || text.indexOf(MARK_TEXT, at + 1) >= 0) throw new Error('jsonFrame: the skeleton must hold the array mark exactly once');
  const head = text.slice(0, at);
  const tail = text.slice(at + MARK_TEXT.length);
  const indent = /\n( *)$/.exec(head)![1]!;
  // an empty array is "[]" on the line of its key: no newline inside
  return { head, tail, indent, empty: `${head.replace(/\n *$/, '')}${tail.replace(/^\n */, '')}` };
}

/** One item of the array, pretty-printed and indented to its place. */
export function frameItem(item: unknown, indent: string): string {
  return JSON.stringify(item, null, 2).replace(/\n/g, `\n${indent}`);
}

/**
 * Writes the items of one framed array as they come: the head before the
 * first one, ",\n" and the indentation between them; close() writes the
 * tail (or the whole empty array). The frame is asked for only when it is
 * first needed, so a tail that depends on the whole run (a summary) is
 * built at the end.
 */
export class FramedArray {
  private count = 0;
  private indent = '';

  constructor(
    private readonly write: (text: string) => void,
    /** The frame for the text before the items: its head must not depend on what the tail holds. */
    private readonly headFrame: () => JsonFrame,
  ) {}

  get items(): number {
    return this.count;
  }

  push(item: unknown): void {
    if (this.count === 0) {
      const frame = this.headFrame();
      this.indent = frame.indent;
      this.write(`${frame.head}${frameItem(item, this.indent)}`);
    } else {
      this.write(`,\n${this.indent}${frameItem(item, this.indent)}`);
    }
    this.count++;
  }

  /** Write the rest of the document from `frame` (the whole of it when no item came). */
  close(frame: JsonFrame): void {
    this.write(this.count === 0 ? frame.empty : frame.tail);
  }
}
