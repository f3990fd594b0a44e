/**
 * The lexicon concepts the engine itself reads, listed in one place (every
 * other concept is read by the rules that declare it in `meta.concepts`):
 *
 * - phase cues: heading words that name a phase (sections.ts);
 * - phase content: concepts that show real content of a phase, which judge
 *   a section's phase from its text and whether a document covers a phase
 *   (PHASE_CONTENT, phase-content.ts);
 * - masks: a concept whose id starts with "not-" hides the hits it contains
 *   ("not-task" over "ranking" in "ranking signals"), read by the matcher.
 */
import type { ConceptId } from './lexicons.js';
import { PHASE_CONTENT } from './phase-content.js';
import { PHASES, type Phase } from './types.js';

/** Heading cues and the phase (or non-phase section) each names. */
export const PHASE_CUES = {
  'cue-clarify': 'clarify',
  'cue-data': 'data',
  'cue-model': 'model',
  'cue-evaluation': 'evaluation',
  'cue-production': 'production',
  'cue-other': 'other',
  // a reading list is a non-phase section whose sentences are also navigation (markReadingLists)
  'cue-reading-list': 'other',
  'cue-discussion': 'discussion',
} as const satisfies Partial<Record<ConceptId, Phase | 'evaluation' | 'other' | 'discussion'>>;

/** The phase (or non-phase section) a heading cue names; undefined for any other concept. */
export function cueOf(concept: string): Phase | 'evaluation' | 'other' | 'discussion' | undefined {
  return (PHASE_CUES as Readonly<Record<string, Phase | 'evaluation' | 'other' | 'discussion' | undefined>>)[concept];
}

/** A mask concept: the matcher lets it hide the hits it contains. */
export function isMaskConcept(id: string): boolean {
  return id.startsWith('not-');
}

/** The concepts the engine reads by id (masks are read by their prefix, isMaskConcept). */
/** Heading tags the engine reads for the time budget (sections.ts): framing sections and topic containers. */
export const HEADING_TAGS = ['heading-framing', 'heading-topic-container'] as const satisfies readonly ConceptId[];

export const ENGINE_CONCEPTS: readonly ConceptId[] = [...(Object.keys(PHASE_CUES) as ConceptId[]), ...HEADING_TAGS, ...PHASES.flatMap((p) => PHASE_CONTENT[p] as readonly ConceptId[])];
