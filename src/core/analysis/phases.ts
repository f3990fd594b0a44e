/**
 * Which framework phases a document covers, and where. A phase is covered
 * by a section judged to be about it (not holding only a placeholder), or,
 * in documents without such a section, by statements that carry at least
 * two distinct concepts of the phase. Production needs content about going
 * live or running in production: offline evaluation belongs with the model.
 */
import type { DocumentModel, Section, Sentence } from '../document.js';
import { memo } from '../query.js';
import { PHASES, type Phase } from '../types.js';
import { PHASE_CONTENT } from '../phase-content.js';
import { opensWithPlaceholder } from '../placeholder.js';

export { PHASE_CONTENT };

/** Distinct concepts of a phase among some sentences. */
function distinctConcepts(sentences: readonly Sentence[], phase: Phase): number {
  const wanted = PHASE_CONTENT[phase];
  const seen = new Set<string>();
  for (const s of sentences) {
    if (!s.evidence) continue;
    for (const h of s.hits) if (h.stance === 'asserted' && wanted.includes(h.concept)) seen.add(h.concept);
  }
  return seen.size;
}

const CUE_OF: Record<Phase, string> = { clarify: 'cue-clarify', data: 'cue-data', model: 'cue-model', production: 'cue-production' };

/**
 * A labelled note about the phase: "model: a deep net to predict engagement",
 * or "features:" introducing a nested list. The label is the text before a
 * colon within the first four words.
 */
function labelledFor(doc: DocumentModel, s: Sentence, phase: Phase): boolean {
  const colon = s.text.indexOf(':');
  if (colon < 0 || s.text.slice(0, colon).split(/\s+/).length > 4) return false;
  const labelled = s.hits.some((h) => h.concept === CUE_OF[phase] && h.charEnd <= colon);
  if (!labelled) return false;
  // as for a section: production is covered by going live ("Rollout: canary to 5%"), not by a label alone ("Post-processing: keep the largest component")
  if (phase === 'production' && distinctConcepts([s], 'production') === 0) return false;
  const rest = s.text.slice(colon + 1).trim();
  if (rest.split(/\s+/).length >= 2 && !opensWithPlaceholder(rest)) return true;
  const next = doc.sentences[s.index + 1];
  return next !== undefined && next.list >= 0 && next.listLead.startsWith(s.text.slice(0, colon));
}

/** Two distinct concepts of the phase in one statement, or in two nearby statements. */
function richIn(statements: readonly Sentence[], i: number, phase: Phase): boolean {
  const s = statements[i]!;
  if (!PHASE_CONTENT[phase].some((c) => s.hits.some((h) => h.concept === c && h.stance === 'asserted'))) return false;
  return distinctConcepts(statements.slice(i, i + 3), phase) >= 2;
}

export interface PhasePlace {
  phase: Phase;
  line: number;
  column: number;
  text: string;
  section: Section | null;
}

function sectionCovers(doc: DocumentModel, sec: Section, phase: Phase): boolean {
  if (sec.phase !== phase || sec.empty) return false;
  if (phase !== 'production') return true;
  return distinctConcepts(doc.sentences.slice(sec.start, sec.end), 'production') >= 1;
}

export const phaseCoverage = memo((doc: DocumentModel): Record<Phase, PhasePlace | null> => {
  const out = {} as Record<Phase, PhasePlace | null>;
  for (const phase of PHASES) {
    const sec = doc.sections.find((s) => sectionCovers(doc, s, phase));
    if (sec) {
      out[phase] = { phase, line: sec.line, column: sec.column, text: sec.title, section: sec };
      continue;
    }
    // no section: a paragraph or list items clearly about the phase
    const statements = doc.sentences.filter((s) => s.evidence);
    const found = statements.find((s, i) => labelledFor(doc, s, phase) || richIn(statements, i, phase));
    const place: PhasePlace | null = found ? { phase, line: found.line, column: found.column, text: found.text, section: null } : null;
    out[phase] = place;
  }
  return out;
});

function underOther(doc: DocumentModel, sec: Section): boolean {
  for (let p = doc.sections[sec.parent]; p && p.index > 0; p = doc.sections[p.parent]) if (p.other) return true;
  return false;
}

/**
 * The phase sections in document order, one entry per run of sections of
 * the same phase (subsections merge into their parent's run).
 */
export const phaseSections = memo((doc: DocumentModel): Section[] => {
  const out: Section[] = [];
  for (const sec of doc.sections) {
    // a section orders the phases when its heading names one, or its content is clearly about one
    if (!sec.phase || sec.depth === 0 || (sec.phaseSource !== 'heading' && sec.phaseSource !== 'content')) continue;
    // a discussion of the design ("Key trade-offs") talks about the phases; it does not order them
    if (sec.discussion) continue;
    // subsections merge into a parent that orders the phases itself; under a
    // parent only weakly about one ("Deep dives") they keep their own place
    const parent = sec.parent > 0 ? doc.sections[sec.parent] : undefined;
    if (parent && parent.phase && (parent.phaseSource === 'heading' || parent.phaseSource === 'content')) continue;
    // topics under "Deep dives" or "Appendix" are not the framework's phases
    if (underOther(doc, sec)) continue;
    out.push(sec);
  }
  return out;
});
