/**
 * Where a sentence stands: in a features list or section, in a monitoring
 * section. Rules use this to read a term by its place ("open rate" in a
 * feature list is a feature, not an online metric).
 */
import type { DocumentModel, Sentence } from '../document.js';
import { phaseOf } from '../document.js';
import { hasHit, hitsIn, memo } from '../query.js';
import type { Stance } from '../reading.js';
import type { ConceptId } from '../lexicons.js';
import { noteConcepts } from '../concept-usage.js';
import { getLexicon } from '../lexicons.js';
import { matchTokens } from '../lexicon.js';
import { tokenize } from '../tokens.js';

/**
 * Every stance: for words that frame or bound something else ("under" before
 * a time, a heading's "Monitoring"), read wherever they stand, as the
 * expressions they replace were.
 */
export const ANY_STANCE: readonly Stance[] = ['asserted', 'negated', 'question', 'future', 'hypothetical', 'background', 'navigation', 'placeholder'];

const tokenTags = new WeakMap<Sentence, Map<string, Uint8Array>>();

/**
 * Per token of a sentence, whether a one-token hit of the concepts (in any
 * stance) covers it, with `at: 'start'` whether a hit of them starts there,
 * with `at: 'end'` whether one ends on it:
 * built once per sentence and concept list, so that a rule asks it per token
 * in constant time.
 */
export function tokenMarks(s: Sentence, concepts: ConceptId | readonly ConceptId[], at: 'word' | 'start' | 'end' = 'word'): Uint8Array {
  const key = `${at}:${typeof concepts === 'string' ? concepts : concepts.join(',')}`;
  let bySentence = tokenTags.get(s);
  if (!bySentence) tokenTags.set(s, (bySentence = new Map()));
  let marks = bySentence.get(key);
  if (!marks) {
    marks = new Uint8Array(s.tokens.length + 1);
    for (const h of hitsIn(s, concepts, ANY_STANCE)) {
      if (at === 'end') marks[h.end - 1] = 1;
      else if (at === 'start' || h.end - h.start === 1) marks[h.start] = 1;
    }
    bySentence.set(key, marks);
  } else {
    // read from the cache: still noted for the rule asking (concept-usage.ts)
    noteConcepts(concepts);
  }
  return marks;
}

/** The section's own heading sentence holds a hit of the concepts (in any stance). */
export function headedBy(doc: DocumentModel, s: Sentence, concepts: ConceptId | readonly ConceptId[]): boolean {
  noteConcepts(concepts);
  const heading = headingSentence(doc, s.section);
  return heading !== undefined && hasHit(heading, concepts, ANY_STANCE);
}

/**
 * The sentence names input features: a features list, table or section
 * ('feature-frame' on the lead-in, the header or the heading), or a data
 * sentence that opens with "Features" ('feature-label-start').
 */
export function inFeatureContext(doc: DocumentModel, s: Sentence): boolean {
  if (s.list >= 0 && frameHas(s.listLead, 'feature-frame')) return true;
  if (s.block === 'table-row' && frameHas(s.tableHeader, 'feature-frame')) return true;
  return headedBy(doc, s, 'feature-frame') || phaseOf(doc, s) === 'data' && hitsIn(s, 'feature-label-start', ANY_STANCE).some((h) => h.start === 0);
}

/**
 * A list lead-in that offers alternatives ("Two approaches:", "Options:":
 * 'options-lead') or of what a pipeline should support ("should accommodate
 * various model architectures, including:": 'capability-lead'): its items
 * are weighed or capabilities, not choices.
 */
export function inOptionsList(s: Sentence): boolean {
  return s.list >= 0 && s.listLead !== '' && frameHas(s.listLead, ['options-lead', 'capability-lead']);
}

/** A list of tools or a tech stack ("The suggested tools are: PyTorch for deep learning models": 'tools-frame'): it names software, not the design's model. */
export function inToolList(doc: DocumentModel, s: Sentence): boolean {
  if (s.list >= 0 && frameHas(s.listLead, 'tools-frame')) return true;
  return s.block !== 'heading' && headedBy(doc, s, 'tools-frame');
}

/**
 * A section about the reader, not the design: prerequisites, required
 * knowledge, recommended experience, learning goals ('reader-section' on a
 * heading above). Like navigation (reading rule 10) it states nothing about
 * this design.
 */
export function inReaderSection(doc: DocumentModel, s: Sentence): boolean {
  return underHeading(doc, s, 'reader-section');
}

/** Concepts hit in a framing text, by text (a lead-in or table header many sentences share). */
const frameConcepts = new Map<string, ReadonlySet<string>>();

/**
 * A framing text that is not a sentence of its own (a list's lead-in
 * `s.listLead`, a table's header `s.tableHeader`) holds a hit of the
 * concepts: the lexicon matcher run over it once per distinct text (many
 * sentences share one lead-in), in any stance.
 */
export function frameHas(text: string, concepts: ConceptId | readonly ConceptId[]): boolean {
  noteConcepts(concepts);
  if (text === '') return false;
  let found = frameConcepts.get(text);
  if (found === undefined) {
    if (frameConcepts.size > 1000) frameConcepts.clear();
    found = new Set(matchTokens(tokenize(text), getLexicon(), text).map((h) => h.concept));
    frameConcepts.set(text, found);
  }
  for (const c of typeof concepts === 'string' ? [concepts] : concepts) if (found.has(c)) return true;
  return false;
}

/** The heading sentence of a section (a sentence of block 'heading' at its start), if it has one. */
export function headingSentence(doc: DocumentModel, section: number): Sentence | undefined {
  const sec = doc.sections[section];
  const first = sec && sec.index > 0 ? doc.sentences[sec.start] : undefined;
  return first && first.section === section && first.block === 'heading' ? first : undefined;
}

/** Any heading above the sentence (its section's and the ancestors') holds a hit of the concepts, in any stance. */
export function underHeading(doc: DocumentModel, s: Sentence, concepts: ConceptId | readonly ConceptId[]): boolean {
  for (let sec = doc.sections[s.section]; sec && sec.index > 0; sec = doc.sections[sec.parent]) {
    const heading = headingSentence(doc, sec.index);
    if (heading && hasHit(heading, concepts, ANY_STANCE)) return true;
  }
  return false;
}

/** The sentence right before each list's first item: its lead-in ("Online metrics:"), or the parent item's sentence. */
const listLeads = memo((doc: DocumentModel): ReadonlyMap<number, Sentence> => {
  const leads = new Map<number, Sentence>();
  for (const s of doc.sentences) {
    if (s.list < 0 || leads.has(s.list)) continue;
    const before = doc.sentences[s.index - 1];
    if (before && before.list !== s.list) leads.set(s.list, before);
  }
  return leads;
});

/**
 * The sentences that frame a sentence: its list's lead-in and its section's
 * heading. A term may need its frame to be read ("- revenue per session"
 * under "Online metrics:").
 */
export function framingSentences(doc: DocumentModel, s: Sentence): Sentence[] {
  const out: Sentence[] = [];
  if (s.list >= 0) {
    const lead = listLeads(doc).get(s.list);
    if (lead) out.push(lead);
  }
  const sec = doc.sections[s.section];
  const heading = sec ? doc.sentences[sec.start] : undefined;
  if (heading && heading.block === 'heading' && heading.section === s.section && heading !== s) out.push(heading);
  return out;
}

/**
 * The sentence right before `s` in the same block (paragraph or list item,
 * on the same or the previous line), if any: terse notes split one thought
 * over two sentences ("This is batch prediction. Scores are computed
 * nightly.", "Skew: ... shared with training. One code path.").
 */
export function previousInBlock(doc: DocumentModel, s: Sentence): Sentence | undefined {
  const prev = doc.sentences[s.index - 1];
  return prev !== undefined && prev.section === s.section && prev.list === s.list && prev.item === s.item && prev.endLine >= s.line - 1 ? prev : undefined;
}
