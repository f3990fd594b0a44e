/**
 * The lexicon-pattern prefilter (src/core/pattern-filter.ts) never skips a
 * pattern that matches: on every sentence of the corpus and the fixtures,
 * on random text built from the patterns' own words, and on random text of
 * any characters, a pattern the filter rules out finds no match, with the
 * u flag or its ASCII twin. Then what the source reader derives.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDocument } from '../src/core/document.js';
import { getLexicon } from '../src/core/lexicons.js';
import { PatternFilter, requiredLiterals } from '../src/core/pattern-filter.js';
import { DEV_CORPUS, REAL_CORPUS, SYNTHETIC_CORPUS, hasDevCorpus, noteSkip } from './helpers/shared.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
// without ../shared only the fixtures are compared: say so
noteSkip(hasDevCorpus, 'the pattern prefilter on ../shared/corpus (checked on the fixtures and random text only)');
const lexicon = getLexicon();

/** Patterns the filter ruled out for this text that match it anyway (should be none). */
function missed(text: string): string[] {
  const ascii = /^[\x00-\x7f]*$/.test(text);
  lexicon.filter.scan(text);
  const out: string[] = [];
  lexicon.patterns.forEach((p, i) => {
    if (lexicon.filter.may(i)) return;
    for (const re of [p.re, ...(ascii && p.ascii ? [p.ascii] : [])]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0].length > 0) out.push(`${p.name}: ${JSON.stringify(text)}`);
        else re.lastIndex++;
      }
    }
  });
  return out;
}

function sentenceTexts(folders: readonly string[]): string[] {
  const texts: string[] = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder).sort()) {
      const path = join(folder, f);
      if (!f.endsWith('.md') || !statSync(path).isFile()) continue;
      for (const s of buildDocument(readFileSync(path, 'utf8')).sentences) texts.push(s.text);
    }
  }
  return texts;
}

describe('the pattern prefilter rules out only patterns that cannot match', () => {
  it('on every sentence of the corpus and the fixtures', () => {
    const texts = sentenceTexts([FIXTURES, ...['heldout', 'blind-2', 'blind-3', 'blind-4'].map((d) => join(FIXTURES, d)), DEV_CORPUS, SYNTHETIC_CORPUS, REAL_CORPUS]);
    expect(texts.length).toBeGreaterThan(1000);
    expect(texts.flatMap(missed).slice(0, 3)).toEqual([]);
  });

  // the words of the patterns themselves (and their case and fold variants), glued by what separates them
  const words = [...new Set(lexicon.patterns.flatMap((p) => p.re.source.match(/[a-z]{2,}/gi) ?? []))];
  const glue = [' ', '', '-', ':', '=', '/', '.', ',', ' – ', '→', '“', '’', '\u017f', '\u212a', 'İ', '%', '1', '2024', '  '];
  it('on random text made of the patterns\' words', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map((w) => w.toUpperCase()), fc.constantFrom(...glue)), { maxLength: 16 }), (pieces) => {
        expect(missed(pieces.join(''))).toEqual([]);
      }),
      { numRuns: 3_000 },
    );
  });

  it('on random text of any characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(missed(text)).toEqual([]);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('requiredLiterals', () => {
  it('derives the strings every match contains, lower-cased', () => {
    expect(requiredLiterals('\\blabels?\\s*:')).toEqual(['label']);
    expect(requiredLiterals('\\b(?:days?|weeks?) \\d')).toEqual(['day ', 'days ', 'week ', 'weeks ']);
    expect(requiredLiterals('\\bI\\/O\\s*:')).toEqual(['i/o']);
    expect(requiredLiterals('\\b(?:19|20)\\d\\d ?(?:to|-|–)')).toEqual(['19', '20']);
  });
  it('gives no requirement where a match may hold none (the pattern always runs)', () => {
    expect(requiredLiterals('\\b\\w+\\b')).toBeNull();
    expect(requiredLiterals('(?:label)?\\s*=')).toEqual(['=']);
    expect(requiredLiterals('(?:label)?\\s*\\d')).toBeNull();
    expect(requiredLiterals('a|\\d')).toBeNull();
    // constructs the reader does not follow: no requirement rather than a wrong one
    expect(requiredLiterals('\\u0041bc')).toBeNull();
    expect(requiredLiterals('(?=a)b')).toBeNull();
    // a cased non-ASCII letter folds under /iu: read as any character
    expect(requiredLiterals('é')).toBeNull();
  });
  it('finds the strings in text the way the i flag folds it', () => {
    const filter = new PatternFilter(3, [['label'], ['k-means'], null]);
    filter.scan('The LABELS are');
    expect([0, 1, 2].map((p) => filter.may(p))).toEqual([true, false, true]);
    filter.scan('\u212a-means on ſome data');
    expect([0, 1, 2].map((p) => filter.may(p))).toEqual([false, true, true]);
  });
});
