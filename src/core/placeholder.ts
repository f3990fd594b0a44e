/**
 * The placeholder concept, defined once: text an author left to fill in
 * later ("TODO", "TBD", "lorem ipsum", "[insert metric]", "<fill in>").
 * `no-placeholders` reports every marker in the visible text; the document
 * model calls a section holding nothing but placeholders empty (so it covers
 * no phase and is no evidence); a labelled note ("Model: TBD") whose text is
 * a placeholder says nothing about its phase; a hit labelling a placeholder
 * value ("Output: TBD") is read as one (reading.ts).
 *
 * Every alternative is a literal or a bounded class run, so each scan stays
 * linear on any input.
 */

/**
 * A placeholder marker, wherever it stands: the capital marker words (TODO,
 * TBD, TBA, FIXME, XXX); the same words in lower or title case only as a
 * marker ("todo:", "tbd."), never in "a todo list"; "lorem ipsum"; "???";
 * a bracketed slot to fill ("[insert metric]", "<fill in>", "{{ fill }}").
 * Global: use placeholderMarkers(), or reset lastIndex.
 */
export const PLACEHOLDER_MARKER =
  /\b(?:TODO|TBD|TBA|FIXME|XXX)\b|\b(?:[Tt]odo|[Tt]bd|[Ff]ixme)\b(?=\s*[:!.\-]|\s*$)|\b[Ll]orem ipsum\b|\?{3,}|\[(?:[Ii]nsert|[Ff]ill in|[Aa]dd|TODO|[Tt]odo)\b[^\]\n]{0,80}\]|<(?:[Ff]ill in|[Ii]nsert|[Aa]dd|TODO|[Tt]odo)\b[^>\n]{0,80}>|\{\{\s*(?:[Ff]ill|[Ii]nsert|TODO|[Tt]odo)[^}\n]{0,80}\}\}/g;

/** Offsets of the placeholder markers in a text, in order. */
export function placeholderMarkers(text: string): number[] {
  const out: number[] = [];
  PLACEHOLDER_MARKER.lastIndex = 0;
  for (let m = PLACEHOLDER_MARKER.exec(text); m !== null; m = PLACEHOLDER_MARKER.exec(text)) out.push(m.index);
  return out;
}

/**
 * The placeholder words: in any case, a value that is one of them was left
 * to fill in ("Output: TBD", "Model: tbc", a section holding only "WIP").
 */
const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set(['tbd', 'tba', 'tbc', 'todo', 'fixme', 'xxx', 'wip']);

/** A placeholder word, given in lower case ("tbd"). */
export function isPlaceholderWord(lower: string): boolean {
  return PLACEHOLDER_WORDS.has(lower);
}

/**
 * Nothing but a placeholder: a placeholder word in any case, filler that says
 * nothing on its own ("WIP", "N/A", "...", "-", "coming soon", "to be
 * written"), "lorem ipsum ..." or a bracketed slot, with closing
 * punctuation at most.
 */
const PLACEHOLDER_ONLY = new RegExp(
  `^\\s*(${[...PLACEHOLDER_WORDS].join('|')}|n\\/a|\\?+|\\.{3}|…|-+|coming soon|to be (written|done|determined|decided)|lorem ipsum.*|\\[insert[^\\]]*\\]|<fill[^>]*>)\\s*[.!]*\\s*$`,
  'i',
);

export function isPlaceholderOnly(text: string): boolean {
  return PLACEHOLDER_ONLY.test(text);
}

/** The text opens with a placeholder ("TBD, see below", "N/A"): its first word is one. */
export function opensWithPlaceholder(text: string): boolean {
  const first = /^\s*(\S+)/.exec(text)?.[1];
  return first !== undefined && isPlaceholderOnly(first.replace(/[,;:]+$/, ''));
}

/**
 * A label whose value is left open: nothing, or a placeholder, after its
 * colon ("Features:" once its italic guidance is dropped, "hotels with no
 * reviews yet: ???", "Sources: TBD (vendor to confirm)"). Such an item names
 * nothing yet, whatever its label says.
 */
export function isOpenItem(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 0) return false;
  const value = text.slice(colon + 1);
  return /^\s*$/.test(value) || isPlaceholderOnly(value) || opensWithPlaceholder(value);
}
