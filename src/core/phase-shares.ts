/**
 * The time budget of a document: the words of each phase's sections as a
 * share of the counted words (catalog 1.4, `phase-balance`). Counted: the
 * body text of sections about a phase, their headings included; not
 * counted: the title, front matter, code, HTML comments (never sentences of
 * the document model), text before the first phase section, sections about
 * no phase (references, appendix) and tables of contents.
 *
 * Used by the `phase-balance` rule and by the reports (each phase's share
 * beside the framework's budget).
 */
import type { DocumentModel, Section } from './document.js';
import { memo } from './query.js';
import { PHASES, type Phase, type PhaseShareReport } from './types.js';
import { PHASE_CONTENT } from './phase-content.js';

/**
 * The framework's budget per phase, as shares of a 35-45 minute answer
 * (clarify 5-10 minutes, data 10, model 10-15, production 10): the lowest
 * and highest share each phase can take.
 */
export const PHASE_BUDGET: Record<Phase, { low: number; high: number }> = {
  clarify: { low: 0.11, high: 0.29 },
  data: { low: 0.22, high: 0.29 },
  model: { low: 0.22, high: 0.43 },
  production: { low: 0.22, high: 0.29 },
};

/** "about 11-29%": the budget of a phase as people read it. */
export function budgetText(phase: Phase): string {
  const b = PHASE_BUDGET[phase];
  return `${Math.round(b.low * 100)}-${Math.round(b.high * 100)}%`;
}

export interface PhaseShare {
  /** Counted words in the phase's sections. */
  words: number;
  /** words / all counted words (0 when nothing is counted). */
  share: number;
  /** The first section counted for the phase (its heading is the rule's evidence). */
  section: Section | null;
}

export interface PhaseShares {
  /** All counted words. */
  counted: number;
  phases: Record<Phase, PhaseShare>;
  /**
   * The phases that have a section of their own (a heading naming the phase,
   * or content clearly about it), in framework order: fewer than two and the
   * document has no phase structure to balance.
   */
  sectioned: Phase[];
}

/** Words as a reader counts them: runs of text holding a letter or a digit. */
export function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

/** The nearest "other" ancestor (appendix, references, deep dives), if any. */
function otherAncestor(doc: DocumentModel, sec: Section): Section | null {
  for (let p = doc.sections[sec.parent]; p && p.index > 0; p = doc.sections[p.parent]) if (p.other) return p;
  return null;
}

/** The title's section (the first level-1 heading) is not a phase section. */
function isTitleSection(doc: DocumentModel, sec: Section): boolean {
  const first = doc.sentences[sec.start];
  return first !== undefined && first.section === sec.index && first.title;
}

/** Asserted content concepts of production in a section ("A/B test", "monitor"). */
function hasProductionContent(doc: DocumentModel, sec: Section): boolean {
  for (let i = sec.start; i < sec.end; i++) {
    for (const h of doc.sentences[i]!.hits) if (h.stance === 'asserted' && PHASE_CONTENT.production.includes(h.concept)) return true;
  }
  return false;
}

/**
 * The phase each section's words count for, from the document model's
 * judgement of each section (as phases-in-order reads it), with the
 * catalog's counting rules on top:
 * - a subsection goes with its parent's phase unless its heading names
 *   another phase or its content is clearly about another;
 * - an "other" section (appendix, references, follow-ups) is not counted,
 *   but a framing one before the data, model and production sections
 *   ("Summary", "Questions I asked") belongs to clarify, and the topics
 *   under "Deep dives" count by their own phase;
 * - a section read as clarify only from its metrics, after the model
 *   section, is the evaluation: production when it goes live (A/B test,
 *   monitoring), the model's otherwise.
 */
export const sectionPhases = memo((doc: DocumentModel): Array<Phase | null> => {
  const out: Array<Phase | null> = doc.sections.map(() => null);
  const laterPhase = doc.sections.find((s) => s.depth > 0 && s.phase !== null && s.phase !== 'clarify' && (s.phaseSource === 'heading' || s.phaseSource === 'content'));
  let afterModel = false;
  for (const sec of doc.sections) {
    if (sec.depth === 0 || isTitleSection(doc, sec)) continue;
    const parentPhase = sec.parent > 0 ? out[sec.parent]! : null;
    const container = otherAncestor(doc, sec);
    const own = sec.phaseSource === 'heading' || sec.phaseSource === 'content' ? sec.phase : null;
    let phase: Phase | null;
    if (sec.other) phase = !container && laterPhase && sec.index < laterPhase.index && sec.framing ? 'clarify' : null;
    else if (container && !container.topicContainer) phase = null;
    else if (parentPhase === null) phase = sec.phase;
    else phase = own ?? parentPhase;
    if (phase === 'clarify' && afterModel && sec.phaseSource !== 'heading' && !sec.other) phase = hasProductionContent(doc, sec) ? 'production' : 'model';
    if (phase === 'model') afterModel = true;
    out[sec.index] = phase;
  }
  return out;
});

export const phaseShares = memo((doc: DocumentModel): PhaseShares => {
  const phases = Object.fromEntries(PHASES.map((p) => [p, { words: 0, share: 0, section: null }])) as Record<Phase, PhaseShare>;
  const counts = sectionPhases(doc);
  let counted = 0;
  for (const s of doc.sentences) {
    const sec = doc.sections[s.section];
    const phase = counts[s.section];
    // a placeholder section ("TBD") has no content: phases-covered's failure
    // navigation (a table of contents, a reading list) is not content (reading rule 10)
    if (!sec || !phase || sec.empty || s.title || s.navigation) continue;
    const words = wordCount(s.text);
    phases[phase].words += words;
    phases[phase].section ??= sec;
    counted += words;
  }
  for (const p of PHASES) phases[p].share = counted === 0 ? 0 : phases[p].words / counted;
  const own = new Set<Phase>();
  for (const sec of doc.sections) {
    const phase = counts[sec.index];
    if (phase && !sec.empty && (sec.phaseSource === 'heading' || sec.phaseSource === 'content')) own.add(phase);
  }
  return { counted, phases, sectioned: PHASES.filter((p) => own.has(p)) };
});

/** The shares as the reports carry them: counted words and each phase's share, rounded to 0.001. */
export function phaseShareReport(doc: DocumentModel): PhaseShareReport {
  const { counted, phases } = phaseShares(doc);
  const shares = Object.fromEntries(PHASES.map((p) => [p, Math.round(phases[p].share * 1000) / 1000])) as Record<Phase, number>;
  return { words: counted, shares };
}
