/** The reading machinery every rule relies on: tokens, lexicon matching, quantities, stance. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeWord, tokenize } from '../src/core/tokens.js';
import { compileLexicons, matchTokens } from '../src/core/lexicon.js';
import { getLexicon } from '../src/core/lexicons.js';
import { parseQuantities } from '../src/core/quantities.js';
import { isWholeQuestion, questionSpans, stanceOf } from '../src/core/reading.js';
import { buildDocument } from '../src/core/document.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

function concepts(text: string): string[] {
  return matchTokens(tokenize(text), getLexicon()).map((h) => h.concept);
}

function stance(text: string, term: string): string {
  const tokens = tokenize(text);
  const hit = matchTokens(tokens, getLexicon()).find((h) => h.term === term);
  if (!hit) throw new Error(`no hit for ${term} in ${text}`);
  const spans = questionSpans(text);
  return stanceOf(tokens, hit.start, hit.end, isWholeQuestion(text, spans) || spans.some(([a, z]) => hit.charStart >= a && hit.charEnd <= z));
}

describe('normalisation', () => {
  it('meets inflections and British spellings', () => {
    expect(normalizeWord('labelling')).toBe(normalizeWord('labels'));
    expect(normalizeWord('labeled')).toBe(normalizeWord('label'));
    expect(normalizeWord('normalised')).toBe(normalizeWord('normalized'));
    expect(normalizeWord('encoding')).toBe(normalizeWord('encoded'));
    expect(normalizeWord('queries')).toBe(normalizeWord('query'));
    expect(normalizeWord('rated')).toBe(normalizeWord('rate'));
  });
  it('keeps different words apart', () => {
    expect(normalizeWord('position')).not.toBe(normalizeWord('positive'));
    expect(normalizeWord('transform')).not.toBe(normalizeWord('transformer'));
    expect(normalizeWord('were')).not.toBe('wer');
  });
});

describe('lexicon matching', () => {
  it.each(['We run an A/B test.', 'We run an AB test.', 'We run an a-b test.', 'A/B testing on 5% of users.', 'AB-testing on 5% of users.'])(
    'finds the online experiment in %s',
    (text) => expect(concepts(text)).toContain('online-experiment'),
  );
  it('matches numbers in terms (recall@<num>) and exact-case terms', () => {
    expect(concepts('We report recall@500 and NDCG@10.')).toEqual(expect.arrayContaining(['offline-metric']));
    expect(concepts('We report MAP on the test set.')).toContain('offline-metric');
    expect(concepts('We map ids to buckets.')).not.toContain('offline-metric');
  });
  it('lets a longer term of another group hide what it contains', () => {
    const c = concepts('We start with logistic regression.');
    expect(c).toContain('baseline-model');
    expect(c).not.toContain('task-type');
    expect(concepts('This is a regression problem.')).toContain('task-type');
  });
  it('rejects an invalid lexicon with the JSON pointer of the problem', () => {
    expect(() => compileLexicons([{ name: 'bad.json', data: { group: 'x', concepts: { a: { terms: [] } } } }])).toThrow(/bad\.json.*\/concepts\/a\/terms/);
    expect(() => compileLexicons([{ name: 'bad.json', data: { group: 'x', concepts: { a: { term: ['x'] } } } }])).toThrow(/unknown property "term"/);
  });
});

describe('lexicon patterns', () => {
  const lexicon = (regex: string) => compileLexicons([{ name: 'p.json', data: { group: 'x', concepts: { cadence: { patterns: [{ name: 'every-n', regex }] } } } }]);
  it('reports a match as a hit over the tokens it covers, named by the pattern', () => {
    const tokens = tokenize('Scores are refreshed every 6 hours for all users.');
    const hits = matchTokens(tokens, lexicon('every \\d+ hours?'), 'Scores are refreshed every 6 hours for all users.');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ concept: 'cadence', term: 'every-n', start: 3, end: 6 });
  });
  it('is case-insensitive and finds every match', () => {
    const text = 'Every 2 hours, and again every 12 HOURS.';
    expect(matchTokens(tokenize(text), lexicon('every \\d+ hours?'), text)).toHaveLength(2);
  });
  it('matches nothing without the sentence text (terms only)', () => {
    expect(matchTokens(tokenize('every 6 hours'), lexicon('every \\d+ hours?'))).toHaveLength(0);
  });
  it.each([
    ['(a+)+b', /nested quantifiers/],
    ['(?:\\w+\\s?)*x', /nested quantifiers/],
    ['latency(?! budget)', /lookaround/],
    ['(?<!no )split', /lookaround/],
    ['(a)\\1', /back-references/],
    ['[', /Invalid regular expression|Unterminated/],
  ])('refuses the unsafe or broken pattern %s', (regex, why) => {
    expect(() => lexicon(regex)).toThrow(why);
  });
  it('matches the same on ASCII text as on any: a pattern that folds a non-ASCII letter to an ASCII one keeps the u flag', () => {
    // under iu, U+017F (long s) folds to "s" and U+212A (Kelvin sign) to "k"; without u they do not
    const hits = (regex: string, text: string) => matchTokens(tokenize(text), lexicon(regex), text).length;
    expect(hits('\\u017Ftop', 'We stop the job.')).toBe(1);
    expect(hits('\u212Aeep', 'We keep the job.')).toBe(1);
    expect(hits('[\\u0100-\\u0200]top', 'We stop the job.')).toBe(1);
    // a property escape means nothing without u ("p{Lu}" read as letters); under iu it takes both cases
    expect(hits('\\p{Lu}\\d', 'Tier A1 and a1.')).toBe(2);
  });
  it('runs every shipped pattern on ASCII text without the u flag only where that finds the same matches', () => {
    const shipped = getLexicon().patterns;
    expect(shipped.filter((p) => p.ascii).length).toBeGreaterThan(shipped.length / 2);
    const same = (text: string): void => {
      for (const p of shipped) {
        if (!p.ascii) continue;
        const withU = [...text.matchAll(new RegExp(p.re.source, 'giu'))].map((m) => [m.index, m[0]]);
        expect([...text.matchAll(new RegExp(p.ascii.source, 'gi'))].map((m) => [m.index, m[0]]), p.re.source).toEqual(withU);
      }
    };
    // the fixtures' sentences, then random text made of the patterns' own words, digits and punctuation
    const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.md'));
    for (const f of fixtures) for (const s of buildDocument(readFileSync(join(FIXTURES, f), 'utf8')).sentences) if (/^[\x00-\x7f]*$/.test(s.text)) same(s.text);
    const words = [...new Set(shipped.flatMap((p) => p.re.source.match(/[a-z]{2,}/g) ?? []))];
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ' ', ': ', '; ', '. ', ', ', '=', '-', '->', '(', ')', '%', '1', '0', '2021', '30', 'S', 'K', 'A/B'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => same(pieces.join(''))), { numRuns: 300 });
  });
  it.each(['(?:train|fit)\\w* on \\d+ (?:days|weeks)', '\\bp9[59]\\b', '(?:a|b){2}c', '[(+*]x'])('accepts the bounded pattern %s', (regex) => {
    expect(() => lexicon(regex)).not.toThrow();
  });
});

describe('quantities', () => {
  const q = (text: string) => parseQuantities(tokenize(text), text).map((x) => [x.kind, x.value, x.seconds ?? null]);
  it.each([
    ['p99 under 100ms', [['time', 100, 0.001]]],
    ['within 0.1 s', [['time', 0.1, 1]]],
    ['a sub-200 ms budget', [['time', 200, 0.001]]],
    ['10k QPS at peak', [['rate', 10000, null]]],
    ['1.5B impressions', [['count', 1.5e9, null]]],
    ['2,500 requests per second', [['rate', 2500, null]]],
    ['40 TB of logs', [['data', 40, null]]],
    ['tens of milliseconds', [['time', 10, 0.001]]],
    ['billions of images', [['count', 1e9, null]]],
    ['5% of users', [['percent', 5, null]]],
  ])('reads %s', (text, expected) => {
    expect(q(text)).toEqual(expected);
  });
  it('does not read ordinals and factors as quantities', () => {
    expect(q('the 99th percentile is 2x the median')).toEqual([]);
  });
});

describe('stance', () => {
  it('reads questions, including the question part of a sentence', () => {
    expect(stance('What is the latency budget?', 'latency budget')).toBe('question');
    expect(stance('So the task is binary classification: will it default?', 'binary classification')).toBe('asserted');
    expect(stance('Answer the labels question (chargebacks as labels?), then move on.', 'chargebacks as labels')).toBe('question');
  });
  it('reads negation and its scope', () => {
    expect(stance('We will not use a random split.', 'random split')).toBe('negated');
    expect(stance('No baseline is needed.', 'baseline')).toBe('negated');
    expect(stance('A baseline is not needed here.', 'baseline')).toBe('negated');
    expect(stance('Instead of a random split, we split by time.', 'random split')).toBe('negated');
    expect(stance('Instead of a random split, we split by time.', 'split by time')).toBe('asserted');
    expect(stance('We looked at BERT, but it is too slow, so we are not doing that.', 'bert')).toBe('negated');
    expect(stance('Latency must not exceed 100 ms at p99.', 'p99')).toBe('asserted');
  });
  it('reads future work and hypotheticals', () => {
    expect(stance('Later we could explore a transformer.', 'transformer')).toBe('future');
    expect(stance('A random split would leak future data.', 'random split')).toBe('hypothetical');
    expect(stance('We train a DCN-v2 model.', 'dcn-v2')).toBe('asserted');
  });
  it('reads a statement put off by the one after it ("...; that is future work")', () => {
    expect(stance('One idea is a graph neural network over the sellers; that is future work.', 'graph neural network')).toBe('future');
    expect(stance('We train a graph neural network over the sellers; it beats the counts.', 'graph neural network')).toBe('asserted');
    expect(stance('The long-term idea is a transformer over the full history.', 'transformer')).toBe('future');
  });
  it('reads an experiment put off until later as future work', () => {
    expect(stance('The A/B test is put off until later.', 'a/b test')).toBe('future');
    expect(stance('We postpone the canary release to a later phase.', 'canary release')).toBe('future');
    expect(stance('An online experiment can wait until traffic grows.', 'online experiment')).toBe('future');
    expect(stance('We run an A/B test on 5% of users.', 'a/b test')).toBe('asserted');
    expect(stance('For v1 everyone gets the new model; an A/B test comes later.', 'a/b test')).toBe('future');
  });
  it('reads a rejection that points back at the hit: a label value, "skip it", the next statement', () => {
    expect(stance('A graph neural network over the routes: rejected.', 'graph neural network')).toBe('negated');
    expect(stance('A graph neural network over the routes: too slow to retrain weekly.', 'graph neural network')).toBe('asserted');
    expect(stance('Transformer encoder: ruled out for ten features.', 'transformer')).toBe('negated');
    expect(stance('A logistic regression would be the obvious baseline, but we skip it and go straight to rules.', 'logistic regression')).toBe('negated');
    expect(stance('A transformer is a possible later step; it is not part of this plan.', 'transformer')).toBe('negated');
    expect(stance('A transformer is our ranker; it is what the platform serves.', 'transformer')).toBe('asserted');
    expect(stance('A sequence model over the meter readings is on our list for next year.', 'sequence model')).toBe('future');
  });
  it('reads an option whose next sentence in the block is a verdict against it as rejected', () => {
    const hitIn = (markdown: string, term: string) => {
      const doc = buildDocument(markdown);
      return doc.sentences.flatMap((s) => s.hits).find((h) => h.term === term)?.stance;
    };
    expect(hitIn('# Pumps\n\n1. **Gradient-boosted trees on daily aggregates.** Rejected: with 400 failures it learns little.\n', 'gradient boosted trees')).toBe('negated');
    expect(hitIn('# Pumps\n\nAn LSTM per pump. Dropped.\n', 'lstm')).toBe('negated');
    expect(hitIn('# Pumps\n\nAn LSTM per pump. Not chosen: too few failures.\n', 'lstm')).toBe('negated');
    // the verdict must open its sentence as a label, and sit in the same block
    expect(hitIn('# Pumps\n\nAn LSTM per pump. Rejected alarms are logged for review.\n', 'lstm')).toBe('asserted');
    expect(hitIn('# Pumps\n\nAn LSTM per pump.\n\nRejected: the old rules.\n', 'lstm')).toBe('asserted');
  });
  it('reads what an author is not sure about as asked, not stated', () => {
    expect(stance("Things I'm not sure about yet: how often we retrain, and whether a GBDT is enough.", 'gbdt')).toBe('question');
    expect(stance('We are not sure the GBDT is enough, but we start with logistic regression.', 'logistic regression')).toBe('asserted');
    expect(stance('Open questions: should the A/B test run for two weeks.', 'a/b test')).toBe('question');
  });
  it('reads a pointer to further reading as navigation, not a statement (reading rule 10)', () => {
    expect(stance('On this topic, read more about A/B testing and interleaving.', 'a/b test')).toBe('navigation');
    expect(stance('See also: concept drift in streaming systems.', 'concept drift')).toBe('navigation');
    expect(stance('We read the concept drift alerts every morning.', 'concept drift')).toBe('asserted');
  });
});

describe('document model', () => {
  it('keeps the title, front matter, code and HTML comments out of evidence', () => {
    const doc = buildDocument('---\nmodel: dnn\n---\n\n# Ranking title\n\n<!-- TODO dropout -->\n\n```\ndropout: 0.1\n```\n\nWe use dropout.\n');
    const evidence = doc.sentences.filter((s) => s.evidence).map((s) => s.text);
    expect(evidence).toEqual(['We use dropout.']);
    expect(doc.sentences.find((s) => s.title)?.text).toBe('Ranking title');
  });
  it('marks the first sentence of items in a list of questions, not the answers after them', () => {
    const doc = buildDocument('# X\n\nQuestions I would ask:\n\n- Latency budget. Probably 100 ms.\n- How many users?\n');
    const byText = Object.fromEntries(doc.sentences.map((s) => [s.text, s.evidence]));
    expect(byText['Latency budget.']).toBe(false);
    expect(byText['Probably 100 ms.']).toBe(true);
    expect(byText['How many users?']).toBe(false);
  });
  it('gives each heading section a phase, from the heading or the content', () => {
    const doc = buildDocument('# T\n\n## Requirements\n\nx\n\n## Where the data comes from\n\nLogs.\n\n## Serving and monitoring\n\nx\n');
    expect(doc.sections.slice(2).map((s) => s.phase)).toEqual(['clarify', 'data', 'production']);
  });
  it('blanks TeX formulas but keeps dollar amounts', () => {
    const doc = buildDocument('# T\n\nThe loss is $\\sum_i w_i$ and costs $5 and $10 a month.\n');
    const text = doc.sentences[1]!.text;
    expect(text).not.toContain('sum_i');
    expect(text).toContain('$5 and $10');
  });
});

describe('negation stops at "beyond", "except", "besides"', () => {
  it('"not covered beyond X" affirms X', () => {
    expect(stance('Not covered in the source beyond a model trained on the transaction logs.', 'transaction log')).toBe('asserted');
  });
  it('a plain negation still reaches its term', () => {
    expect(stance('We do not use the transaction logs.', 'transaction log')).toBe('negated');
  });
});
