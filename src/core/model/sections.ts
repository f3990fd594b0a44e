/**
 * Sections and phases: each section's sentence range (its subsections
 * included), whether it is empty (only placeholders or outline words), and
 * its phase: named by its heading's phase cues, else judged from the
 * distinct content concepts of its sentences (PHASE_CONTENT), else its
 * parent's.
 */
import { isPlaceholderOnly } from '../placeholder.js';
import { PHASE_CONTENT } from '../phase-content.js';
import { cueOf } from '../engine-concepts.js';
import { PHASES, type Phase } from '../types.js';
import { bareOutlineItem } from './outline.js';
import type { DocumentModel, Section, Sentence, SentenceHit } from './types.js';

export function assignRanges(sections: Section[], sentences: Sentence[]): void {
  // sentences are in document order, and so are sections
  const firstOf = new Array<number>(sections.length).fill(-1);
  for (const s of sentences) if (firstOf[s.section] === -1) firstOf[s.section] = s.index;
  // first sentence of section k or of the first later section that has one (-1: none)
  const firstFrom = new Array<number>(sections.length + 1).fill(-1);
  for (let k = sections.length - 1; k >= 0; k--) firstFrom[k] = firstOf[k]! >= 0 ? firstOf[k]! : firstFrom[k + 1]!;
  for (let i = 0; i < sections.length; i++) {
    const sec = sections[i]!;
    let start = firstOf[i]!;
    if (start === -1) {
      // a heading with no sentences of its own: start where the next section does
      start = firstFrom[i + 1]! >= 0 ? firstFrom[i + 1]! : sentences.length;
    }
    let end = sentences.length;
    for (let k = i + 1; k < sections.length; k++) {
      if (sec.depth === 0 || sections[k]!.depth <= sec.depth) {
        end = firstFrom[k]! >= 0 ? firstFrom[k]! : sentences.length;
        break;
      }
    }
    sec.start = start;
    sec.end = Math.max(start, end);
    const content = sentences.slice(sec.start, sec.end).filter((s) => s.block !== 'heading');
    sec.empty = content.every((s) => isPlaceholderOnly(s.text) || bareOutlineItem(s));
  }
}


const CONTENT_PHASE = new Map<string, Phase>(PHASES.flatMap((p) => PHASE_CONTENT[p].map((c) => [c, p] as [string, Phase])));

/** Distinct content concepts of each phase in a run of sentences. */
function contentPhaseCounts(sentences: readonly Sentence[]): Record<Phase, number> {
  const counts: Record<Phase, number> = { clarify: 0, data: 0, model: 0, production: 0 };
  for (const s of sentences) {
    if (s.block === 'heading' || s.title) continue;
    const seen = new Set<string>();
    for (const h of s.hits) {
      if (seen.has(h.concept) || h.stance !== 'asserted') continue;
      seen.add(h.concept);
      const phase = CONTENT_PHASE.get(h.concept);
      if (phase) counts[phase]++;
    }
  }
  return counts;
}

function dominant(counts: Record<Phase, number>, among: readonly Phase[] = PHASES, min = 2): Phase | null {
  let best: Phase | null = null;
  let bestCount = 0;
  let second = 0;
  for (const p of among) {
    const c = counts[p];
    if (c > bestCount) {
      second = bestCount;
      bestCount = c;
      best = p;
    } else if (c > second) second = c;
  }
  if (bestCount < min || bestCount < second * 1.5) return among.length < PHASES.length && best ? best : null;
  return best;
}

/** Content clearly about one phase: three distinct concepts, twice any other phase. */
function strongly(counts: Record<Phase, number>, phase: Phase): boolean {
  return counts[phase] >= 3 && PHASES.every((p) => p === phase || counts[phase] >= 2 * counts[p]);
}

export function assignPhases(sections: Section[], sentences: Sentence[]): void {
  // has a section about the model come yet (in document order)?
  let modelSeen = false;
  // has a section about the data or the model come yet?
  let designSeen = false;
  for (const sec of sections) {
    if (sec.depth === 0) continue;
    // a section's heading sentence, if any, is its first sentence (a find over all sentences per section is quadratic)
    const first = sentences[sec.start];
    const heading = first && first.section === sec.index && first.block === 'heading' ? first : undefined;
    // the title names the system, not a phase
    if (heading?.title) continue;
    const cues = new Set<Phase | 'evaluation' | 'other' | 'discussion'>();
    for (const h of heading?.hits ?? []) {
      const cue = cueOf(h.concept);
      if (cue) cues.add(cue);
      if (h.concept === 'heading-framing') sec.framing = true;
      if (h.concept === 'heading-topic-container') sec.topicContainer = true;
    }
    const phases = PHASES.filter((p) => cues.has(p));
    sec.other = cues.has('other') && phases.length === 0;
    sec.discussion = cues.has('discussion') && phases.length === 0;
    const own = sentences.slice(sec.start, sec.end);
    const counts = contentPhaseCounts(own);
    if (phases.length === 1) {
      sec.headingPhase = phases[0]!;
    } else if (phases.length > 1) {
      // "Step 5: Scale & Monitor" after the design: scaling what was designed, not the problem's scale
      const among = designSeen && phases.includes('clarify') ? phases.filter((p) => p !== 'clarify') : phases;
      sec.headingPhase = among.length === 1 ? among[0]! : (dominant(counts, among, 0) ?? among[among.length - 1]!);
    } else if (cues.has('evaluation')) {
      // "Evaluation": offline evaluation belongs with the model; going live
      // (A/B tests, rollout, monitoring) with production.
      sec.headingPhase = counts.production > counts.model ? 'production' : 'model';
    }
    if (sec.headingPhase) {
      sec.phase = sec.headingPhase;
      sec.phaseSource = 'heading';
    } else if (!cues.has('other') && sec.title !== '' && !(sec.depth === 1 && sec.index === firstHeadingIndex(sections))) {
      sec.phase = dominant(counts);
      if (sec.phase) sec.phaseSource = strongly(counts, sec.phase) ? 'content' : 'weak';
      // metrics after the model section are its evaluation ("Proving it works"),
      // not framing: the model's, or production's where it goes live
      if (sec.phase === 'clarify' && modelSeen) sec.phase = counts.production > counts.model ? 'production' : 'model';
    }
    if (sec.phase === 'model' && (sec.phaseSource === 'heading' || sec.phaseSource === 'content')) modelSeen = true;
    if ((sec.phase === 'model' || sec.phase === 'data') && (sec.phaseSource === 'heading' || sec.phaseSource === 'content')) designSeen = true;
  }
  // subsections with no phase of their own take their parent's
  for (const sec of sections) {
    if (sec.phase === null && sec.parent > 0 && !sec.headingPhase) {
      const parent = sections[sec.parent]!;
      if (parent.phase && parent.depth > 1) {
        sec.phase = parent.phase;
        sec.phaseSource = 'parent';
      }
    }
  }
}

/**
 * Reading rule 10: a section headed only as a reading list ("7. Further
 * reading", "References") points elsewhere. Its sentences, and those of its
 * subsections, are navigation and never evidence. A heading that says more
 * ("References to the current system") is not a reading list.
 */
export function markReadingLists(sections: readonly Section[], sentences: Sentence[]): void {
  for (const sec of sections) {
    if (sec.depth === 0) continue;
    const heading = sentences[sec.start];
    if (!heading || heading.section !== sec.index || heading.block !== 'heading' || heading.title) continue;
    const covered = new Uint8Array(heading.tokens.length);
    for (const h of heading.hits) if (h.concept === 'cue-reading-list') covered.fill(1, h.start, h.end);
    if (!covered.includes(1)) continue;
    const onlyList = heading.tokens.every((t, i) => covered[i] === 1 || t.isNumber || t.lower === 'and');
    if (!onlyList) continue;
    for (let i = sec.start + 1; i < sec.end; i++) {
      sentences[i]!.navigation = true;
      sentences[i]!.evidence = false;
    }
  }
}

/**
 * A table of contents (reading rule 10): a list whose items are mostly the
 * titles of the document's own headings ("- [Data](#data)", "1. Model"), or
 * a section titled "Contents". Its sentences are navigation, never evidence,
 * and are not counted in the time budget.
 */
export function markTablesOfContents(sections: readonly Section[], sentences: Sentence[]): void {
  const titles = new Set(sections.filter((s) => s.depth > 0).map((s) => normalTitle(s.title)));
  const byList = new Map<number, Sentence[]>();
  for (const s of sentences) {
    if (s.list < 0) continue;
    const list = byList.get(s.list) ?? [];
    list.push(s);
    byList.set(s.list, list);
  }
  const mark = (s: Sentence): void => {
    s.navigation = true;
    s.evidence = false;
  };
  for (const list of byList.values()) {
    const headingLike = list.filter((s) => titles.has(normalTitle(s.text))).length;
    if (list.length >= 2 && headingLike * 2 > list.length) list.forEach(mark);
  }
  for (const sec of sections) {
    if (!/^(table of )?contents$|^toc$/i.test(sec.title.trim())) continue;
    for (let i = sec.start; i < sec.end; i++) if (sentences[i]!.block !== 'heading') mark(sentences[i]!);
  }
}

function normalTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[\s\d.)]+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Stances of a body that say the heading's topic is not part of the design. */
const NOT_DONE = new Set(['negated', 'future', 'question', 'hypothetical', 'background']);

/**
 * A heading names a topic; the section's body says what is done about it.
 * "## 5. A/B testing" over "We will not A/B test this system" does not state
 * an A/B test. Where the body mentions the heading's concept only as not
 * done (negated, future, asked, hypothetical, background) and never
 * asserts it, the heading's hit takes the body's reading. A body that does
 * not mention the concept leaves the heading as it is ("## Training with
 * Adam" over the learning-rate schedule).
 */
export function readHeadingsByBody(sections: readonly Section[], sentences: Sentence[]): void {
  for (const sec of sections) {
    if (sec.depth === 0) continue;
    const heading = sentences[sec.start];
    if (!heading || heading.section !== sec.index || heading.block !== 'heading' || heading.hits.length === 0) continue;
    const wanted = new Set(heading.hits.filter((h) => h.stance === 'asserted').map((h) => h.concept));
    if (wanted.size === 0) continue;
    const body = new Map<string, { asserted: boolean; other?: SentenceHit['stance'] }>();
    for (let i = sec.start + 1; i < sec.end; i++) {
      for (const h of sentences[i]!.hits) {
        if (!wanted.has(h.concept)) continue;
        const seen = body.get(h.concept) ?? { asserted: false };
        if (h.stance === 'asserted') seen.asserted = true;
        else if (NOT_DONE.has(h.stance)) seen.other ??= h.stance;
        body.set(h.concept, seen);
      }
    }
    for (const h of heading.hits) {
      const seen = body.get(h.concept);
      if (h.stance === 'asserted' && seen && !seen.asserted && seen.other) h.stance = seen.other;
    }
  }
}

function firstHeadingIndex(sections: readonly Section[]): number {
  return sections.length > 1 ? 1 : -1;
}

/** The phase a sentence belongs to: its section's, or the nearest ancestor's. */
export function phaseOf(doc: DocumentModel, s: Sentence): Phase | null {
  let sec: Section | undefined = doc.sections[s.section];
  while (sec) {
    if (sec.phase) return sec.phase;
    sec = sec.parent >= 0 ? doc.sections[sec.parent] : undefined;
  }
  return null;
}

