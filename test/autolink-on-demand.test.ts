/**
 * src/core/autolink-on-demand.ts leaves GFM's literal autolink constructs
 * out of documents that cannot hold one, and runs its transform only on
 * the paragraphs, headings and cells it can change. The trees must be
 * those of remark-gfm alone: on every corpus and fixture document, on
 * generated Markdown and on the cases that turn on the edge of each check.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkLinearText from '../src/core/micromark-text-linear.js';
import { parseMarkdown } from '../src/core/parse.js';
import { setup } from '../src/core/autolink-on-demand.js';
import { markdownDocument } from '../scripts/hostile/arbitraries.js';
import { DEV_CORPUS, REAL_CORPUS, SYNTHETIC_CORPUS, hasDevCorpus, noteSkip } from './helpers/shared.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
// without ../shared only the fixtures are compared: say so
noteSkip(hasDevCorpus, 'literal autolinks on demand on ../shared/corpus (checked on the fixtures and generated Markdown only)');
/** The same parser without the plugin. */
const plain = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkLinearText).freeze();
const same = (text: string): void => expect(parseMarkdown(text)).toEqual(plain.parse(text));

describe('literal autolinks on demand', () => {
  it('finds what it leaves out in remark-gfm (else it would silently do nothing)', () => {
    parseMarkdown('x');
    expect(setup).toEqual({ constructs: true, transform: true });
  });

  it.each([
    ['no literal at all', 'We train a model on clicks.\n\n- a list *with emphasis*\n'],
    ['each kind', 'Mail ops@example.com, see www.example.com/x and https://a.b/c?d.\n'],
    ['upper case', 'See WWW.EXAMPLE.COM and HTTP://A.BC/D and Https://x.yz\n'],
    ['only one kind each', 'a@b.cc only\n\nonly www.a.bc\n\nonly http://a.bc\n'],
    ['in emphasis, strong, headings, cells, footnotes', '# www.h.io\n\n*see x@y.zz* **https://a.b**\n\n| a | b@c.de |\n|---|---|\n| www.x.yz | z |\n\nText[^1].\n\n[^1]: Note www.f.io\n'],
    ['inside links (left alone)', '[www.a.bc](https://a.bc) [x@y.zz][r] <https://c.de>\n\n[r]: https://r.s\n'],
    ['character references', 'a&#64;b.cc and w&#119;w.x.yz and http&#58;//a.bc and &commat;x\n'],
    ['escapes and code', 'a\\@b.cc `www.a.bc` and\n\n    http://a.bc\n'],
    ['mailto and xmpp', 'mailto:a@b.cc and xmpp:a@b.cc/r and foo@bar.baz_\n'],
    ['a prefix with nothing after it', 'www. and http:// and @ alone, a@b, x@y.\n'],
    ['front matter with a literal', '---\nmail: a@b.cc\n---\n\nBody www.a.bc\n'],
    ['across lines', 'see www.a\n.bc and a@\nb.cc\n'],
  ])('%s: the same tree', (_name, text) => same(text));

  it('gives the same trees on generated Markdown', () => {
    fc.assert(fc.property(markdownDocument, (text) => {
      same(text);
    }), { seed: 13, numRuns: 150 });
  }, 120_000);

  it('gives the same trees on random text of the pieces it turns on', () => {
    const pieces = ['www.', 'WWW.', 'http://', 'https://', '@', 'a', 'b.cc', '.', ' ', '\n', '\n\n', '*', '**', '[', '](u)', '&#64;', '`', '| x |\n|---|\n| ', '# ', '- ', 'mailto:', '_'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (p) => {
      same(p.join(''));
    }), { seed: 7, numRuns: 1_500 });
  });

  it('gives the same trees on every corpus and fixture document', () => {
    for (const folder of [FIXTURES, ...['heldout', 'blind-2', 'blind-3', 'blind-4'].map((d) => join(FIXTURES, d)), DEV_CORPUS, SYNTHETIC_CORPUS, REAL_CORPUS]) {
      if (!existsSync(folder)) continue;
      for (const name of readdirSync(folder).filter((f) => f.endsWith('.md') && statSync(join(folder, f)).isFile())) {
        const text = readFileSync(join(folder, name), 'utf8');
        expect(parseMarkdown(text), name).toEqual(plain.parse(text));
      }
    }
  });
});
