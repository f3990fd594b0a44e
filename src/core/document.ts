/**
 * The document model (see model/build.ts): built once per file and shared
 * by every rule. This module is the one place rules import it from; the
 * model itself lives in src/core/model/ (types, mdast flattening with the
 * offset map, sentences and hits, outlines and templates, sections and
 * phases) and the line index in line-index.ts.
 */
export type { BlockKind, BuildOptions, DocumentModel, Section, Sentence, SentenceHit } from './model/types.js';
export { buildDocument } from './model/build.js';
export { phaseOf } from './model/sections.js';
export { evidenceOf, sentenceSpans } from './model/sentences.js';
export { positionAt } from './line-index.js';
