/**
 * The linear sentence splitter (src/core/model/sentence-split.ts) finds the
 * boundaries sentence-splitter 5 found, the package it replaced (kept as a
 * dev dependency for this comparison only): on every paragraph and list
 * item of the corpus and the fixtures, and on random text made of the
 * pieces its rules turn on. Then the repair sentences.ts makes on top.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { split } from 'sentence-splitter';
import { splitSentences } from '../src/core/model/sentence-split.js';
import { sentenceSpans } from '../src/core/model/sentences.js';
import { Builder } from '../src/core/model/flatten.js';
import { parseMarkdown } from '../src/core/parse.js';
import { DEV_CORPUS, REAL_CORPUS, SYNTHETIC_CORPUS, hasDevCorpus, noteSkip } from './helpers/shared.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** sentence-splitter's sentence ranges, as "start-end" words. */
function reference(text: string): string {
  return split(text)
    .filter((n) => n.type === 'Sentence')
    .map((n) => `${n.range[0]}-${n.range[1]}`)
    .join(' ');
}

function linear(text: string): string {
  return splitSentences(text)
    .map((r) => `${r.start}-${r.end}`)
    .join(' ');
}

/** The texts the model splits: every paragraph and list-item unit of the Markdown files in these folders. */
function unitTexts(folders: readonly string[]): string[] {
  const texts: string[] = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder).sort()) {
      const path = join(folder, f);
      if (!f.endsWith('.md') || !statSync(path).isFile()) continue;
      const source = readFileSync(path, 'utf8');
      const b = new Builder(source);
      b.walk(parseMarkdown(source).children, { list: -1, item: -1, listLead: '', blockquote: false, prompt: false, todo: false });
      for (const u of b.units) if (u.block === 'paragraph' || u.list >= 0) texts.push(u.text);
    }
  }
  return texts;
}

// without ../shared the agreement is checked on the fixtures alone: say so
noteSkip(hasDevCorpus, "the splitter agreement on ../shared/corpus (checked on the fixtures only)");

describe('the linear splitter finds sentence-splitter\'s boundaries', () => {
  it('on every paragraph and list item of the corpus and the fixtures', () => {
    const texts = unitTexts([FIXTURES, join(FIXTURES, 'heldout'), join(FIXTURES, 'blind-2'), DEV_CORPUS, SYNTHETIC_CORPUS, REAL_CORPUS]);
    expect(texts.length).toBeGreaterThan(500);
    const differing = texts.filter((t) => linear(t) !== reference(t));
    expect(differing.slice(0, 3)).toEqual([]);
  });

  // the pieces its rules turn on: separators, white space of every kind,
  // pairs, listed abbreviations, initials, numbers, CJK, astral letters
  const PIECES = [
    'a', 'We', 'A', 'I', 'the', 'Jones', 'x', 'é', 'É', '𝐀', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2028',
    '.', '. ', '..', '?', '!', '?!', '！', '。', '．', '"', '(', ')', '[', ']', '{', '}', '「', '」', '《', "'",
    'e.g.', 'E.g.', 'i.e.', 'etc.', 'Dr.', 'dr.', 'Mr.', 'U.S.A.', 'U.S.', 'a.b.c.', 'No.', 'no.', 'vs.', 'V.', 'p.', 'P.', 'Ph.d.',
    'Yahoo!', '!Kung', 'ǃXo', '9.', '12.', '3.5', 'B.', '日本', '本', '한',
  ];
  it('on random text made of the pieces its rules turn on', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(linear(text)).toBe(reference(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('on random text of any characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(linear(text)).toBe(reference(text));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('boundaries', () => {
  const sentences = (text: string): string[] => splitSentences(text).map((r) => text.slice(r.start, r.end));
  it('ends a sentence after . ? ! and their runs, not inside a number or a word', () => {
    expect(sentences('We log 3.5M views. Why? Because!! Done')).toEqual(['We log 3.5M views.', 'Why?', 'Because!!', 'Done']);
  });
  it('keeps listed abbreviations, numbers and initials inside the sentence', () => {
    expect(sentences('Use a tree, e.g. a GBDT, etc. and log. Dr. Lee agrees. Week 9. ends it.')).toEqual(['Use a tree, e.g. a GBDT, etc. and log.', 'Dr. Lee agrees.', 'Week 9. ends it.']);
    // a listed abbreviation before a capitalised word ends the sentence (the package's rule, kept)
    expect(sentences('Use a tree, e.g. XGBoost.')).toEqual(['Use a tree, e.g.', 'XGBoost.']);
    expect(sentences('We ship plan B. Model A. Then ship.')).toEqual(['We ship plan B.', 'Model A. Then ship.']);
  });
  it('does not end a sentence inside quotes or brackets; one left open holds to the end', () => {
    expect(sentences('He said "stop. now" and left. Next.')).toEqual(['He said "stop. now" and left.', 'Next.']);
    expect(sentences('An open (bracket. Never closed. Still one.')).toEqual(['An open (bracket. Never closed. Still one.']);
  });
  it('starts at the first character that is not white space or end punctuation, and runs on across lines', () => {
    expect(splitSentences('  ? First\nline. Last  ')).toEqual([
      { start: 4, end: 15 },
      { start: 16, end: 22 },
    ]);
  });
});

describe('sentenceSpans: the repair on top of the splitter', () => {
  it('splits after a number, a period and a capital ("week 9. A random split"), which the splitter reads as a list number', () => {
    const text = 'We hold out week 9. A random split would leak.';
    expect(splitSentences(text)).toHaveLength(1);
    expect(sentenceSpans(text).map((s) => s.raw.trim())).toEqual(['We hold out week 9.', 'A random split would leak.']);
  });
  it('also inside brackets and after a percentage or a closing bracket', () => {
    const text = 'Recall went up (from 80%. Then it fell to 70). Fine.';
    expect(sentenceSpans(text).map((s) => s.raw.trim())).toEqual(['Recall went up (from 80%.', 'Then it fell to 70).', 'Fine.']);
  });
  it('leaves a number before a lower-case word alone', () => {
    expect(sentenceSpans('Train on weeks 1 to 8. then test on 9.').map((s) => s.raw)).toEqual(['Train on weeks 1 to 8. then test on 9.']);
  });
});
