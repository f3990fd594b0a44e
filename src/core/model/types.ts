/**
 * The document model's types: what buildDocument() gives every rule. Plain
 * data (arrays of records), built once per file.
 */
import type { Hit } from '../lexicon.js';
import type { Quantity } from '../quantities.js';
import type { Stance } from '../reading.js';
import type { Token } from '../tokens.js';
import type { Phase } from '../types.js';

export type BlockKind = 'paragraph' | 'heading' | 'table-row' | 'table-header';

export interface SentenceHit extends Hit {
  stance: Stance;
}

export interface Sentence {
  index: number;
  text: string;
  line: number;
  column: number;
  endLine: number;
  /** Innermost section (index into `sections`); 0 is the preamble. */
  section: number;
  block: BlockKind;
  /** List this sentence sits in (-1: none), its item and its place in the item. */
  list: number;
  item: number;
  itemSentence: number;
  /** Lead-in of the list ("Features:"), or the parent item's first sentence. */
  listLead: string;
  /** Header row text of the table, for table rows. */
  tableHeader: string;
  blockquote: boolean;
  /** The document title (first level-1 heading): never evidence. */
  title: boolean;
  question: boolean;
  /** An item of a list of questions (to ask the interviewer, open questions). */
  questionList: boolean;
  /** A bare outline item of an unfilled template, or an unchecked to-do item. */
  outline: boolean;
  /** Somebody else's words: a quoted interview prompt. */
  prompt: boolean;
  /** Navigation (reading rule 10): a table of contents, a page index, a bare link. */
  navigation: boolean;
  /** The sentence describes the system already in place. */
  existing: boolean;
  /** May serve as evidence at all (a body statement by the author). */
  evidence: boolean;
  tokens: Token[];
  hits: SentenceHit[];
  quantities: Quantity[];
}

export interface Section {
  index: number;
  /** Heading depth 1-6; 0 for the preamble before the first heading. */
  depth: number;
  title: string;
  line: number;
  column: number;
  parent: number;
  /** Sentence index range of the section and its subsections [start, end). */
  start: number;
  end: number;
  /** Phase named by the heading, or judged from the content. */
  phase: Phase | null;
  headingPhase: Phase | null;
  /** The heading marks a non-phase section (appendix, deep dives, follow-ups). */
  other: boolean;
  /** The heading marks a discussion of the design (trade-offs, key decisions): judged by content, never ordering the phases. */
  discussion: boolean;
  /** The heading frames the answer ("Summary", "Questions I asked"): a non-phase section whose words count for clarify before the later phases. */
  framing: boolean;
  /** The heading groups topics of several phases ("Deep dives"): its subsections keep their own phase. */
  topicContainer: boolean;
  /** Where the phase comes from; "weak" content judgements do not order sections. */
  phaseSource: 'heading' | 'content' | 'weak' | 'parent' | null;
  /** Only a placeholder ("TBD") or nothing under the heading and its subsections. */
  empty: boolean;
}

export interface DocumentModel {
  /** Source text (BOM removed). */
  source: string;
  sections: Section[];
  sentences: Sentence[];
  /** Line of the first line after the front matter (1 when there is none). */
  bodyLine: number;
  /** The whole document reads as an unfilled outline. */
  template: boolean;
  /** Offsets where each line starts (for positions of raw-text findings). */
  lineStarts: number[];
  /** Source ranges a reader never sees as prose: code, front matter, HTML comments. */
  hidden: Array<[number, number]>;
}

export interface BuildOptions {
  /** Clip quoted evidence to this many characters (default 240). */
  maxQuote?: number;
}
