/**
 * The editor: a plain textarea over a mirror of its text. The mirror holds
 * one block per line, laid out exactly as the textarea lays out its text
 * (same font, padding, wrapping and scrollbar), with transparent text: only
 * the backgrounds of highlighted lines show through the textarea. Lines are
 * set with textContent, so the mirror never interprets the document.
 */
export type LineMark = 'pass' | 'fail';

export interface Editor {
  readonly textarea: HTMLTextAreaElement;
  text(): string;
  setText(text: string): void;
  /** Lines to tint (1-based), replacing the previous marks. */
  mark(lines: ReadonlyMap<number, LineMark>): void;
  /** Select a line, scroll it into view and highlight it. */
  jumpTo(line: number): void;
  /** Short notes shown at the right end of lines (1-based), e.g. a phase's clock beside its heading. */
  annotate(notes: ReadonlyMap<number, string>): void;
}

export function createEditor(textarea: HTMLTextAreaElement, mirror: HTMLElement): Editor {
  let marks: ReadonlyMap<number, LineMark> = new Map();
  let notes: ReadonlyMap<number, string> = new Map();
  let focused = 0;

  function paint(): void {
    const lines = textarea.value.split('\n');
    const rows = mirror.children;
    for (let i = 0; i < lines.length; i++) {
      let row = rows[i] as HTMLElement | undefined;
      if (!row) {
        row = document.createElement('div');
        mirror.appendChild(row);
      }
      // a zero-width space keeps an empty line one line high
      const text = lines[i] === '' ? '\u200b' : lines[i]!;
      if (row.textContent !== text) row.textContent = text;
      const mark = marks.get(i + 1);
      const note = notes.get(i + 1);
      row.className = `line${mark ? ` mark-${mark}` : ''}${focused === i + 1 ? ' focus' : ''}${note ? ' noted' : ''}`;
      // shown by CSS (::after, content: attr(data-note)): the note is never part of the text
      if (note) row.dataset.note = note;
      else delete row.dataset.note;
    }
    while (rows.length > lines.length) mirror.lastElementChild!.remove();
    mirror.scrollTop = textarea.scrollTop;
  }

  // typing repaints once per frame at most: a long document costs one pass per frame, not per key
  let frame = 0;
  textarea.addEventListener('input', () => {
    focused = 0; // the text moved under the highlight
    if (frame === 0) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        paint();
      });
    }
  });
  textarea.addEventListener('scroll', () => {
    mirror.scrollTop = textarea.scrollTop;
  });
  // the mirror fills the editor box (CSS inset: 0), which the textarea sizes, resize handle included
  new ResizeObserver(() => {
    mirror.scrollTop = textarea.scrollTop;
  }).observe(textarea);

  function lineOffsets(line: number): [number, number] {
    const lines = textarea.value.split('\n');
    const n = Math.min(Math.max(line, 1), lines.length);
    let start = 0;
    for (let i = 0; i < n - 1; i++) start += lines[i]!.length + 1;
    return [start, start + lines[n - 1]!.length];
  }

  paint();
  return {
    textarea,
    text: () => textarea.value,
    setText(text: string) {
      textarea.value = text;
      focused = 0;
      textarea.scrollTop = 0;
      paint();
    },
    mark(lines) {
      marks = lines;
      paint();
    },
    annotate(lineNotes) {
      notes = lineNotes;
      paint();
    },
    jumpTo(line) {
      focused = line;
      paint();
      const [start, end] = lineOffsets(line);
      textarea.focus({ preventScroll: true });
      textarea.setSelectionRange(start, end);
      const row = mirror.children[line - 1] as HTMLElement | undefined;
      // a third from the top: the line and what follows it are in view
      if (row) textarea.scrollTop = Math.max(0, row.offsetTop - textarea.clientHeight / 3);
      mirror.scrollTop = textarea.scrollTop;
      // on a phone the editor sits above the report: bring it back into view
      textarea.scrollIntoView({ block: 'nearest' });
    },
  };
}
