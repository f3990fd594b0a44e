/**
 * Generated documents for the property tests (test/property.test.ts) and
 * the long fuzz run (`npm run fuzz`): arbitrary Unicode, arbitrary Markdown
 * built from every block and inline construct, deep nesting, very long
 * lines, only whitespace, mixed line endings, BOM and NUL bytes.
 *
 * The Markdown is written with the lexicon's vocabulary (latency, A/B test,
 * logistic regression, TODO, ...) so that rules pass and fail and quote
 * evidence, which is what the positional properties need.
 */
import fc from 'fast-check';

/** Words and phrases that rules and the reading rules react to. */
const VOCABULARY = [
  'We frame this as binary classification', 'the input is a user and the output a ranked list', 'p99 latency under 100 ms',
  '10k QPS', '50 million daily active users', 'a budget of 8 GPUs', 'logs of clicks', 'labels come from user reports',
  'we normalize and deduplicate', 'features: watch history, video length, hour of day', 'a feature store', 'training-serving skew',
  'logistic regression baseline', 'a two-tower neural network', 'cross-entropy loss', 'Adam optimizer', 'L2 regularization',
  'a time-based split', 'a random split', 'leakage', 'compared with the current heuristic', 'an A/B test on 5% of users',
  'data drift', 'concept drift', 'monitor CPU and error rates', 'retrain weekly', 'precision@10', 'CTR', 'NDCG',
  'we will not use a random split', 'in the future we could try transformers', 'if we used a DNN', 'What is the latency?',
  'Interviewer: design a feed', 'TODO', 'TBD', 'FIXME', '???', '[insert metric]', '<fill in>', 'lorem ipsum',
  'because', 'instead of', 'rather than', 'today', 'v2', 'week 9.', 'the model', '“a quoted prompt with six words or more”',
  '"another quoted sentence that runs long enough"', 'e.g.', 'i.e.', 'Dr.', '2,500 requests per second', 'tens of milliseconds',
];

/** Characters that stress parsers and regular expressions. */
const AWKWARD = [
  '\u0000', '\u0001', '\u001b[31m', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200d', '\u202e', '\u2028', '\u2029', '\ufeff', '\ufffd',
  '\ud800', '\udfff', '\ud83d\ude00', 'e\u0301', 'ﷺ', 'עברית', '中文', '\t', '\\', '&amp;', '&#0;', '&#x10FFFF;', '&nbsp;', '*', '_', '`',
  '~', '|', '[', ']', '(', ')', '<', '>', '!', '#', '"', '“', '”', "'", '’', '-', '/', ':', '.', '?', '$', '%', '{{', '}}',
];

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

/** Arbitrary Unicode text: code points, raw code units, awkward characters. */
export const unicodeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: codeUnit, maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...AWKWARD), fc.constantFrom(...VOCABULARY), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 80 }).map((a) => a.join('')),
);

const word = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 2, arbitrary: fc.constantFrom(...AWKWARD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.nat(100_000).map(String) },
);

/** Inline Markdown: emphasis, code spans, links, images, autolinks, HTML, footnotes, breaks. */
const inline: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: word },
      { weight: 1, arbitrary: word.map((w) => `*${w}*`) },
      { weight: 1, arbitrary: word.map((w) => `**${w}**`) },
      { weight: 1, arbitrary: word.map((w) => `_${w}_`) },
      { weight: 1, arbitrary: word.map((w) => `~~${w}~~`) },
      { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 3 }), word).map(([n, w]) => `${'`'.repeat(n)}${w}${'`'.repeat(n)}`) },
      { weight: 1, arbitrary: fc.tuple(word, fc.webUrl()).map(([t, u]) => `[${t}](${u} "title")`) },
      { weight: 1, arbitrary: fc.tuple(word, word).map(([t, u]) => `[${t}](${u})`) },
      { weight: 1, arbitrary: fc.tuple(word, fc.webUrl()).map(([t, u]) => `![${t}](${u})`) },
      { weight: 1, arbitrary: fc.webUrl().map((u) => `<${u}>`) },
      { weight: 1, arbitrary: fc.webUrl() },
      { weight: 1, arbitrary: word.map((w) => `<span title="${w}">${w}</span>`) },
      { weight: 1, arbitrary: word.map((w) => `<!-- ${w} -->`) },
      { weight: 1, arbitrary: fc.constantFrom('[^1]', '[ref]', '[ref][]', '\\', '  \n', '\\\n', '<br>', '&copy;') },
    ),
    { minLength: 1, maxLength: 14 },
  )
  .map((parts) => parts.join(' '));

/** A block as lines, so containers can prefix them. */
type Lines = string[];

const blocks = fc.letrec<{ block: Lines; blocks: Lines }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(fc.integer({ min: 1, max: 6 }), inline).map(([d, t]) => [`${'#'.repeat(d)} ${t}`]),
    fc.array(inline, { minLength: 1, maxLength: 4 }),
    fc.tuple(inline, fc.constantFrom('===', '---')).map(([t, u]) => [t, u]),
    fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] '), fc.array(tie('blocks'), { minLength: 1, maxLength: 4 })).map(([marker, items]) =>
      items.flatMap((item) => item.map((line, k) => (k === 0 ? marker : ' '.repeat(marker.length)) + line)),
    ),
    tie('blocks').map((lines) => lines.map((l) => `> ${l}`)),
    fc.tuple(fc.array(inline, { minLength: 1, maxLength: 4 }), fc.array(fc.array(inline, { minLength: 1, maxLength: 4 }), { maxLength: 5 })).map(([head, rows]) => [
      `| ${head.join(' | ')} |`,
      `|${head.map(() => '---').join('|')}|`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ]),
    fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'python', 'yaml', 'md'), fc.array(inline, { maxLength: 4 }), fc.boolean()).map(
      ([fence, info, body, closed]) => [`${fence}${info}`, ...body, ...(closed ? [fence] : [])],
    ),
    fc.array(inline, { minLength: 1, maxLength: 3 }).map((body) => body.map((l) => `    ${l}`)),
    fc.tuple(fc.constantFrom('div', 'details', 'table', 'script', 'pre'), inline).map(([tag, t]) => [`<${tag}>`, t, `</${tag}>`]),
    inline.map((t) => [`<!-- ${t}`, '-->']),
    fc.constantFrom('---', '***', '___', '', '   ').map((l) => [l]),
    fc.tuple(word, fc.webUrl()).map(([l, u]) => [`[${l}]: ${u} "t"`]),
    fc.tuple(inline).map(([t]) => [`[^1]: ${t}`]),
  ),
  blocks: fc.array(tie('block'), { minLength: 1, maxLength: 4 }).map((bs) => bs.flatMap((b, i) => (i === 0 ? b : ['', ...b]))),
}));

const frontMatter = fc.oneof(
  fc.constant([] as Lines),
  fc.array(inline, { maxLength: 3 }).map((body) => ['---', 'title: x', ...body, '---']),
  fc.array(inline, { maxLength: 3 }).map((body) => ['+++', 'title = "x"', ...body, '+++']),
  fc.constant(['---', 'unclosed: front matter']),
);

const lineEnding = fc.constantFrom('\n', '\r\n', '\r');

/** Join lines with one line ending, or a mix of all three. */
function joinLines(lines: Lines, endings: string[]): string {
  if (endings.length === 1) return lines.join(endings[0]);
  return lines.map((l, i) => l + (i < lines.length - 1 ? endings[i % endings.length] : '')).join('');
}

/** Insert NUL characters at a few places. */
function withNuls(text: string, places: number[]): string {
  let out = text;
  for (const p of places) {
    const at = text.length === 0 ? 0 : p % (out.length + 1);
    out = `${out.slice(0, at)}\u0000${out.slice(at)}`;
  }
  return out;
}

/** A whole Markdown document: front matter, blocks, line endings, maybe a BOM and NULs. */
export const markdownDocument = fc
  .record({
    front: frontMatter,
    body: blocks.blocks,
    endings: fc.oneof(lineEnding.map((e) => [e]), fc.array(lineEnding, { minLength: 2, maxLength: 3 })),
    bom: fc.boolean(),
    nuls: fc.oneof({ weight: 4, arbitrary: fc.constant([] as number[]) }, { weight: 1, arbitrary: fc.array(fc.nat(), { maxLength: 3 }) }),
    trailingNewline: fc.boolean(),
  })
  .map(({ front, body, endings, bom, nuls, trailingNewline }) => {
    const text = joinLines([...front, ...body], endings) + (trailingNewline ? endings[0]! : '');
    return (bom ? '\ufeff' : '') + withNuls(text, nuls);
  });

/** Only white space: spaces, tabs, line endings, no-break and other Unicode spaces. */
export const whitespaceOnly = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', '\u00a0', '\u2003', '\u3000', '\u000b', '\u000c'), maxLength: 300 });

/** Container prefixes that nest one level each, on one line. */
const NESTERS = ['> ', '- ', '* ', '1. ', '> - ', '- > '];

/** Deep nesting up to `maxDepth` levels: block quotes, lists, both; on one line or as a staircase. */
export function deeplyNested(maxDepth: number): fc.Arbitrary<string> {
  return fc
    .record({
      depth: fc.integer({ min: 1, max: maxDepth }),
      nester: fc.constantFrom(...NESTERS),
      text: inline,
      staircase: fc.boolean(),
      lines: fc.integer({ min: 1, max: 3 }),
    })
    .map(({ depth, nester, text, staircase, lines }) => {
      if (!staircase) return `${nester.repeat(depth)}${text}\n`.repeat(lines);
      // one more level per line; kept shallower: its size grows with the square of the depth
      const d = Math.min(depth, 120);
      return Array.from({ length: d }, (_, i) => (nester.startsWith('>') ? `${'>'.repeat(i + 1)} ${text}` : `${'  '.repeat(i)}- ${text}`)).join('\n');
    });
}

/** The fixed worst cases of nesting: 1,000 levels of each container. */
export const DEPTH_1000: Readonly<Record<string, string>> = {
  'block quotes': `${'> '.repeat(1000)}We train a logistic regression model.\n`,
  'block quotes without spaces': `${'>'.repeat(1000)} We train a logistic regression model.\n`,
  'bullet lists': `${'- '.repeat(1000)}We train a logistic regression model.\n`,
  'ordered lists': `${'1. '.repeat(1000)}We train a logistic regression model.\n`,
  'lists in block quotes': `${'> - '.repeat(500)}We train a logistic regression model.\n`,
};

/** One line of exactly `length` characters made of a repeated chunk. */
export function longLine(length: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.constantFrom(...VOCABULARY).map((v) => `${v} `),
      fc.constantFrom(...AWKWARD),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
    )
    .filter((chunk) => !/[\r\n\u2028\u2029]/.test(chunk))
    .map((chunk) => chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length));
}

/** Everything but the slow fixed worst cases, for long runs (`npm run fuzz`). */
export const anyDocument = fc.oneof(
  { weight: 5, arbitrary: markdownDocument },
  { weight: 3, arbitrary: unicodeText },
  { weight: 1, arbitrary: whitespaceOnly },
  { weight: 1, arbitrary: deeplyNested(40) },
);
