/**
 * Outlines and templates: text that only lays out what a document would
 * say. An unfilled template (nearly all bare outline items, almost no
 * prose), and sections whose own content is only bare heading words
 * ("- Rollout", "- Monitoring"), are outline: never evidence.
 */
import type { Section, Sentence } from './types.js';

/**
 * An unfilled template: nearly all body text is bare outline items (short
 * labels, no numbers, no sentence punctuation) and there is almost no prose.
 */
export function markTemplate(sentences: Sentence[]): boolean {
  const body = sentences.filter((s) => !s.title && s.block !== 'heading');
  if (body.length === 0) return false;
  const bare = (s: Sentence): boolean =>
    s.list >= 0 && s.tokens.length <= 6 && !/[\d:;,.!]/.test(s.text.replace(/[.:]\s*$/, '')) && !/[.!]$/.test(s.text);
  const outline = body.filter(bare);
  const prose = body.filter((s) => s.tokens.length >= 10 && !bare(s));
  const template = outline.length >= 5 && outline.length >= body.length * 0.7 && prose.length <= 3;
  if (template) for (const s of outline) s.outline = true;
  return template;
}

/** "- Rollout", "- Monitoring": a list item that is only a heading word, an unfilled outline entry. */
export function bareOutlineItem(s: Sentence): boolean {
  if (s.list < 0 || s.tokens.length > 3 || s.tokens.length === 0) return false;
  const covered = new Array<boolean>(s.tokens.length).fill(false);
  for (const h of s.hits) if (h.group === 'phase-cue') for (let k = h.start; k < h.end; k++) covered[k] = true;
  return covered.every(Boolean);
}

/** A section whose own content is only bare heading words ("- Rollout", "- Monitoring") is an unfilled outline. */
export function markOutlineSections(sections: readonly Section[], sentences: Sentence[]): void {
  const own = new Map<number, Sentence[]>();
  for (const s of sentences) {
    if (s.block === 'heading') continue;
    const list = own.get(s.section) ?? [];
    list.push(s);
    own.set(s.section, list);
  }
  for (const sec of sections) {
    const content = own.get(sec.index);
    if (sec.depth === 0 || !content || !content.every(bareOutlineItem)) continue;
    for (const s of content) {
      s.outline = true;
      s.evidence = false;
    }
  }
}

