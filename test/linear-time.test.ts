/**
 * Linear time on adversarial text (issue 6): every lexicon concept and
 * every regular expression / loop of the detectors gets a crafted 100 KB
 * input (long runs of what its patterns repeat) and must complete.
 *
 * "Complete" is checked as behaviour with a generous bound: the detectors
 * (document model and the 31 rule checks; the Markdown parse is done
 * beforehand, outside the bound) must finish within BOUND_MS of CPU time,
 * about ten times what a linear pass needs, while the quadratic versions
 * these inputs were written against took 5 s to 2 min. Speed itself is
 * measured by `npm run bench`, not here.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/shipped.js';
import { buildDocument } from '../src/core/document.js';
import { parseMarkdown } from '../src/core/parse.js';
import { LEXICON_FILES } from '../src/core/lexicons.js';
import { rules } from '../rules/index.js';
import type { LexiconFile } from '../src/core/lexicon.js';

const SIZE = 100_000;
/** CPU time allowed for the detectors on 100 KB. */
const BOUND_MS = 4000;

/** `unit` repeated to exactly `size` characters, after `head`. */
function fill(head: string, unit: string, size = SIZE): string {
  return head + unit.repeat(Math.ceil((size - head.length) / unit.length)).slice(0, size - head.length);
}

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The detectors' CPU time on a document (parse excluded); then, with `end`, a full lint must complete too. */
function expectCompletes(text: string, end: 'detectors' | 'lint'): void {
  const tree = parseMarkdown(text);
  const ms = cpuMs(() => {
    const doc = buildDocument(text, tree);
    for (const rule of rules) rule.check({ doc, options: {} });
  });
  expect(ms, `detectors took ${Math.round(ms)} ms of CPU on ${text.length} characters`).toBeLessThan(BOUND_MS);
  if (end === 'lint') expect(lint(text).results).toHaveLength(rules.length);
}

// warm the lexicon and the JIT so the first case is not charged for them
lint('# Warm up\n\nWe train a logistic regression model.\n');

describe('each lexicon concept: its terms repeated as one 100 KB sentence', () => {
  for (const { name, data } of LEXICON_FILES) {
    for (const [concept, def] of Object.entries((data as LexiconFile).concepts)) {
      it(`${name.replace(/^lexicons\//, '')} ${concept}`, () => {
        const terms = [...(def.terms ?? []), ...(def.exact ?? [])].map((t) => t.replace(/<num>/g, '42'));
        // as written, and with hyphens / slashes (compound keys)
        const unit = `${terms.join(' ')} ${terms.map((t) => t.replace(/ /g, '-')).join('/')} `;
        expectCompletes(fill('# Doc\n\n', unit), 'detectors');
      }, 60_000);
    }
  }
});

const FILLER = ' alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron ';

/** What each input attacks, and the input. */
const CRAFTED: Record<string, string> = {
  // reading.ts
  'question test: a long run of closing brackets (trailing-trim regex)': fill('# Doc\n\n', ')'),
  'stance: many hits in one sentence (future / rejection phrase scans)': fill('# Doc\n\n', 'training serving '),
  // document.ts
  'list items (question-list membership)': fill('', '- item\n'),
  'question list items': fill('## Questions\n\n', '- Why?\n'),
  'empty headings (section ranges)': fill('', '#\n'),
  'many headings (heading sentence lookup)': fill('', '# h\n'),
  'continuation lines whose text is not in the source (&amp;)': fill('a\n', '&amp; b\n'),
  'CRLF continuation lines with trailing spaces': fill('> a\r\n', '> b \r\n'),
  'block quote prompt test: lines of punctuation (^\\W* across lines)': fill('> a\n', '> ..\n'),
  'nested block quotes with lazy lines': fill(`${'> '.repeat(100)}text\n`, 'more words here\n'),
  'unclosed curly quotes (quoted spans)': fill('# Doc\n\n', '“aaaa '),
  'quoted spans and hits in one sentence': fill('# Doc\n\n', '"one two three four five six training" serving '),
  'placeholder-only sections (lorem ipsum then a run of dots)': fill('# A\n\n## B\n\nlorem ipsum ', '.') + 'x',
  // model/sentence-split.ts (sentence-splitter, which it replaced, took 1.1 s on this and four times as long at twice the size)
  'sentence split: abbreviations and list numbers in one paragraph': fill('# Doc\n\n', 'see e.g. the 9. item '),
  'sentence split: initials between capitalised words, an open bracket': fill('# Doc\n\n(', 'Plan A. Model B. '),
  'numbered sentence ends (NUMBER_END) before long white space': fill('# Doc\n\n', '9.          A '),
  'one enormous word (spelling normalisation)': fill('# Doc\n\n', 'a') + 'isation',
  'digits with separators (number tokens)': fill('# Doc\n\n', '1,2.'),
  'hyphen and slash chains (compound keys)': fill('# Doc\n\n', 'a-b/'),
  // rules
  'features-listed: unclosed parentheses': fill('# F\n\n## Features\n\nFeatures: ', '('),
  'features-listed: a huge heading over many list items': `# ${'x'.repeat(SIZE / 2)}\n\n${fill('Inputs:\n\n', '- a, b\n', SIZE / 2)}`,
  'training-serving-skew: shared code and training words, no serving word': fill('# Doc\n\nThe same code path ', 'training '),
  'phases-covered: one concept in every sentence, no sections': fill('', 'We monitor it. '),
  'latency-constraint-stated: times and latency words never near': fill('# Doc\n\n', `5 ms${FILLER}latency budget${FILLER}`),
  'scale-quantified: counts and scale nouns never adjacent': fill('# Doc\n\n', `5000 apples${FILLER}users${FILLER}`),
  'ab-test-rollout: share terms without percentages': fill('# Doc\n\n', '10 apples of traffic '),
  'compute-budget-stated: resources in a monitoring sentence': fill('# Doc\n\nWe monitor ', 'GPU CPU '),
  'leakage-addressed: leakage words and no guard': fill('# Doc\n\n', 'leakage '),
  'loss / offline metric: log loss in an offline context': fill('# Doc\n\nOffline ', 'log loss '),
  'loss: reporting verbs, training words and metric-like losses in one clause': fill('# Doc\n\nWe report ', 'cross-entropy and trained MSE, '),
  'online-metric-named: rates and health signals after a source word': fill('# Doc\n\nThe sources are ', 'error rate 30 ms per user '),
  'model-choice-justified: deep models and no reason': fill('# Doc\n\nWe use ', 'a transformer because '),
  'system-health-monitored: a huge list lead-in over many items': `${'x '.repeat(SIZE / 4)}monitoring:\n\n${fill('', '- latency\n', SIZE / 2)}`,
  'no-placeholders: bracket and brace runs': fill('# Doc\n\n', '[insert {{ fill <todo ??'),
  'labeling-strategy-defined: label words': fill('# Doc\n\n', 'label is '),
};

describe('each detector: a crafted 100 KB input for its patterns and loops', () => {
  for (const [name, text] of Object.entries(CRAFTED)) {
    it(name, () => expectCompletes(text, 'lint'), 60_000);
  }
});

/**
 * Whole-document shapes from issue 14 (docs/untrusted-input.md, "Parse-time
 * hot spots"): a long GFM table, many headings, one word repeated with
 * spaces and with line breaks. lint() on n and on 4n units must cost well
 * under the 16x of a quadratic: the bound is 8x CPU (linear is 4x; small
 * sizes are charged more for JIT warm-up, which only lowers the ratio).
 * Measured at 1 MB: the table (50k rows) 10.3 s lint against 9.8 s for a
 * bare remark-parse + remark-gfm, 100k headings 5.8 s against 4.2 s.
 */
const SHAPES: Record<string, (n: number) => string> = {
  'GFM table rows': (n) => `| a | b | c |\n|---|---|---|\n${Array.from({ length: n }, (_, i) => `| cell${i} | x | y |\n`).join('')}`,
  headings: (n) => Array.from({ length: n }, (_, i) => `# Heading ${i}\n`).join(''),
  'one word and a space': (n) => 'data '.repeat(n),
  'one word and a line break': (n) => 'data\n'.repeat(n),
};
const SHAPE_SIZES: Record<string, number> = { 'GFM table rows': 2000, headings: 5000, 'one word and a space': 10_000, 'one word and a line break': 10_000 };

describe('large documents: lint time grows linearly with size', () => {
  for (const [name, make] of Object.entries(SHAPES)) {
    it(name, () => {
      const n = SHAPE_SIZES[name]!;
      const small = make(n);
      const large = make(4 * n);
      lint(small);
      const a = cpuMs(() => lint(small));
      const b = cpuMs(() => lint(large));
      expect(b / Math.max(a, 1), `${Math.round(a)} ms on ${small.length} characters, ${Math.round(b)} ms on ${large.length}`).toBeLessThan(8);
    }, 120_000);
  }
});
