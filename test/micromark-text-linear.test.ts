/**
 * src/core/micromark-text-linear.ts merges adjacent `data` events at each
 * line ending while micromark tokenizes a paragraph, so that micromark's own
 * merge (a splice per run, quadratic in the paragraph) finds nothing to do.
 * It must give the very same trees as micromark alone, and make a long
 * multi-line paragraph linear.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parseMarkdown } from '../src/core/parse.js';
import { mergeAdjacentData } from '../src/core/micromark-text-linear.js';
import { markdownDocument } from '../scripts/hostile/arbitraries.js';
import { REAL_CORPUS, DEV_CORPUS, hasRealCorpus, noteSkip } from './helpers/shared.js';

/** micromark alone: the same parser without the merge. */
const plain = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
function same(text: string): void {
  expect(parseMarkdown(text)).toEqual(plain.parse(text));
}

describe('merging adjacent data while tokenizing', () => {
  it.each([
    ['prose over lines', 'We train a model on clicks.\nMail ops@example.com or see www.example.com/x and https://a.b/c?d.\nMore words here.\n'],
    ['emphasis and links across lines', 'a *b\nc* d [e\nf](https://x.y) g ![h\ni](j) ~~k\nl~~ m\n'],
    ['unbalanced brackets before an autolink', '[a\nb www.example.com [c\nd](e) x@y.zz\n'],
    ['hard breaks and trailing spaces', 'a  \nb\\\nc   \nd\t\ne\n'],
    ['CRLF and CR line endings', 'one two\r\nthree four\rfive www.a.bc six\r\n'],
    ['code spans and HTML across lines', 'a `b\nc` d <span\ntitle="x">e</span> f\n'],
    ['an unclosed front matter', '---\ntitle: x\nkey: some value words here\nmail: a@b.cc\n'],
    ['a table and a list', '| a | b |\n|---|---|\n| c d | e@f.gg |\n\n- x y\n  z w\n- v\n'],
  ])('%s: the same tree as micromark alone', (_name, text) => same(text));

  it('gives the same trees on generated Markdown', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        same(text);
      }),
      { seed: 14, numRuns: 150 },
    );
  }, 120_000);

  it.skipIf(!noteSkip(hasRealCorpus, 'micromark-text-linear: the same trees on every corpus document'))('gives the same trees on every corpus document', () => {
    for (const folder of [REAL_CORPUS, DEV_CORPUS]) {
      for (const name of readdirSync(folder).filter((f) => f.endsWith('.md'))) {
        const text = readFileSync(join(folder, name), 'utf8');
        expect(parseMarkdown(text), name).toEqual(plain.parse(text));
      }
    }
  });

  it('merges runs into their first token, from a given index on, and says whether it did', () => {
    const token = (type: string, start: number, end: number) => ({ type, start: { offset: start }, end: { offset: end } });
    const a = token('data', 0, 1);
    const b = token('data', 1, 2);
    const c = token('data', 2, 3);
    const eol = token('lineEnding', 3, 4);
    const events = [['enter', a], ['exit', a], ['enter', b], ['exit', b], ['enter', c], ['exit', c], ['enter', eol], ['exit', eol]] as never[];
    expect(mergeAdjacentData(events, 0)).toBe(true);
    expect((events as Array<[string, { type: string }]>).map((e) => `${e[0]} ${e[1].type}`)).toEqual(['enter data', 'exit data', 'enter lineEnding', 'exit lineEnding']);
    expect(a.end).toEqual({ offset: 3 });
    expect(mergeAdjacentData(events, 0)).toBe(false);
  });

  it('a long paragraph (an unclosed front matter) parses in linear time: 4x the text, far less than 16x the time', () => {
    const doc = (lines: number) => `---\ntitle: x\n${'key: some value words here\n'.repeat(lines)}`;
    parseMarkdown(doc(500)); // warm up
    const time = (lines: number): number => {
      const text = doc(lines);
      const start = performance.now();
      parseMarkdown(text);
      return performance.now() - start;
    };
    const small = time(10_000);
    const large = time(40_000);
    // measured (1.1 MB): 5 s, bare remark-parse 1.3-1.9 s; without the merge 25 s, and 16x for 4x the text
    expect(large).toBeLessThan(8 * small + 500);
  }, 120_000);
});
