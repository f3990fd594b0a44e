/**
 * The document model, built once per file and shared by every rule:
 * sections (from headings) with their phase, and the document's sentences
 * with positions, their reading context (title, question, question list,
 * template outline, quoted prompt) and their lexicon hits, each with a
 * stance (asserted / negated / question / future / hypothetical).
 *
 * The passes, in order: flatten mdast into text units (flatten.ts), read
 * them into sentences and hits (sentences.ts), mark outlines (outline.ts),
 * then section ranges and phases (sections.ts). Which sentences may be
 * evidence is decided here, from what the passes found.
 */
import type { Root } from 'mdast';
import { parseMarkdown, stripBom } from '../parse.js';
import type { CompiledLexicon } from '../lexicon.js';
import { getLexicon } from '../lexicons.js';
import { Builder } from './flatten.js';
import { readSentences } from './sentences.js';
import { readOptionsByVerdict } from './verdicts.js';
import { markOutlineSections, markTemplate } from './outline.js';
import { assignPhases, assignRanges, markReadingLists, markTablesOfContents, readHeadingsByBody } from './sections.js';
import type { DocumentModel } from './types.js';

/** Build the model of one Markdown document (with the shipped lexicons unless given others). */
export function buildDocument(input: string, tree?: Root, lexicon: CompiledLexicon = getLexicon()): DocumentModel {
  const source = stripBom(input);
  const root = tree ?? parseMarkdown(source);
  const b = new Builder(source);
  const front = root.children[0];
  const bodyLine = front && (front.type === 'yaml' || (front.type as string) === 'toml') ? (front.position?.end.line ?? 0) + 1 : 1;
  b.prepare(root.children);
  b.walk(root.children, { list: -1, item: -1, listLead: '', blockquote: false, prompt: false, todo: false });

  const sentences = readSentences(b, lexicon);

  const template = markTemplate(sentences);
  for (const s of sentences) {
    s.evidence = !s.title && s.block !== 'heading' && s.block !== 'table-header' && !s.question && !s.questionList && !s.outline && !s.prompt && !s.navigation;
  }
  const sections = b.sections;
  markOutlineSections(sections, sentences);
  assignRanges(sections, sentences);
  // A heading other than the title is evidence when its section has content
  // ("## Training with Adam"); the headings of an unfilled outline are not.
  for (const s of sentences) {
    if (s.block !== 'heading' || s.title || s.question || s.prompt) continue;
    const sec = sections[s.section];
    if (sec && !sec.empty) s.evidence = true;
  }
  assignPhases(sections, sentences);
  markReadingLists(sections, sentences);
  markTablesOfContents(sections, sentences);
  readHeadingsByBody(sections, sentences);
  readOptionsByVerdict(sentences);
  return { source, sections, sentences, bodyLine, template, lineStarts: b.lineStarts, hidden: b.hidden };
}

