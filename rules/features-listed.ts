import { defineRule } from '../src/core/rule.js';
import { hasHit, hitsIn, memo } from '../src/core/query.js';
import type { DocumentModel, Sentence } from '../src/core/document.js';
import { ANY_STANCE, frameHas, headedBy } from '../src/core/analysis/context.js';
import { isOpenItem } from '../src/core/placeholder.js';

const ENUM_SPLIT = /\s*(?:[,;]|\band\b|\bor\b|\bplus\b|\/)\s*/i;
/** The model's inputs in a verb: "the model sees / uses / looks at a, b and c". */
/** "Useful inputs would be ..." names features as much as "the inputs are ...". */
const STATED = ['asserted', 'hypothetical'] as const;
/** A list item longer than this reads as a remark ("the hardest part of ML is finding good features"), not a feature's name. */
const MAX_FEATURE_NAME_TOKENS = 8;
/** A colon within this many tokens of the start makes a sentence a label ("Input signals: ..."). */
const LABEL_REACH = 6;
/** How many features we needed to see. */
const MIN_FEATURES = 3;

/** Features are named under a heading, lead-in, table header or question that says features: the lexicon concept 'feature-frame'. */

/**
 * Each "(...)" replaced by a space, as /\([^)]*\)/g would, in one pass: the
 * regex retries from every "(" of an unclosed run (quadratic).
 */
function dropParenthesized(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('(', from);
    const close = open < 0 ? -1 : text.indexOf(')', open);
    if (close < 0) return out + text.slice(from);
    out += `${text.slice(from, open)} `;
    from = close + 1;
  }
}

/** Count the comma / "and" separated entries of an enumeration. */
function entries(text: string): number {
  return dropParenthesized(text)
    .split(ENUM_SPLIT)
    // "a bag of words over the subject and body, with TF-IDF weights": a
    // piece opening with a preposition modifies the entry before it
    .filter((p) => /[\p{L}\p{N}]{2,}/u.test(p) && !MODIFIER_START.test(p)).length;
}

const MODIFIER_START = /^\s*(?:with|over|from|of|in|on|for|by|using|via|per|at|into|weighted)\b/i;

/** The enumerated part of a sentence that introduces features ("Features: a, b, c"). */
function enumerated(s: Sentence, labelNamesFeatures = false): number {
  const text = s.text;
  const colon = text.indexOf(':');
  // outside a features list, the label must name features: "Features: a, b, c", not "Me: we'd collect ..."
  const labelled = colon >= 0 && colon < 60 && (!labelNamesFeatures || hitsIn(s, 'feature-word', STATED).some((h) => h.charEnd <= colon));
  if (labelled) return entries(text.slice(colon + 1));
  for (const h of hitsIn(s, 'feature-word', STATED)) {
    const after = text.slice(h.charEnd);
    const cue = /^\s*(?:include|includes|including|are|is|would be|will be|could be|such as|like|e\.g\.|:)\s*/i.exec(after);
    if (cue) return entries(after.slice(cue[0].length));
    // "user, item and context features" (", plus the time of day"): groups before the word, extras after
    const extra = /^\s*,?\s*(?:plus|and also|as well as|along with|together with)\s+(.*)$/i.exec(after);
    if (/^[\s.)]*$/.test(after) || extra) {
      // the groups of this clause only: "we'd collect user data and title data, so user features and item features"
      return entries(text.slice(0, h.charStart).replace(/^.*\b(use|uses|using|have|has|with|from|so|then|thus|which|because)\b/i, '')) + (extra ? entries(extra[1]!) : 0);
    }
  }
  return 0;
}

/** The features a list item names: a short name, or the entries it enumerates. */
function itemFeatures(s: Sentence): number {
  // "Features:" with its guidance dropped, "Sources: TBD": an open label names nothing
  if (isOpenItem(s.text)) return 0;
  const listed = entries(s.text);
  return Math.max(s.tokens.length <= MAX_FEATURE_NAME_TOKENS ? 1 : 0, listed >= 2 ? listed : 0, enumerated(s));
}

/**
 * Rows of tables introduced by a short label that names features
 * ("**Features.**" above a "Group | Examples" table), found in one pass.
 */
const featureTableRows = memo((doc: DocumentModel): ReadonlySet<number> => {
  const rows = new Set<number>();
  let introduced = false;
  for (const s of doc.sentences) {
    if (s.block === 'table-header') {
      const before = doc.sentences[s.index - 1];
      introduced = before !== undefined && before.block === 'paragraph' && before.section === s.section && before.tokens.length <= 4 && hasHit(before, 'feature-word', STATED);
    } else if (s.block === 'table-row') {
      if (introduced) rows.add(s.index);
    } else introduced = false;
  }
  return rows;
});

/** One place that lists features; `implicit` where the features are read from the model's inputs, not said to be features. */
interface FeatureGroup {
  key: string;
  count: number;
  implicit?: boolean;
}

/**
 * Features are counted per place that lists them (one list, one table, one
 * features section, one sentence), never summed across the document: three
 * stray mentions in unrelated sentences are not a feature list.
 */
function featureGroup(doc: DocumentModel, s: Sentence): FeatureGroup | null {
  if (!s.evidence) return null;
  const inFeatureSection = headedBy(doc, s, 'feature-frame');
  if (s.block === 'table-row') {
    if (!inFeatureSection && !frameHas(s.tableHeader, 'feature-frame') && !featureTableRows(doc).has(s.index)) return null;
    return { key: `table:${s.section}:${s.tableHeader}`, count: Math.max(1, entries(s.text.split('|').slice(1).join(','))) };
  }
  if (s.list >= 0 && frameHas(s.listLead, 'feature-frame')) {
    return { key: `list:${s.list}`, count: s.itemSentence === 0 ? itemFeatures(s) : 0 };
  }
  if (inFeatureSection) {
    // a list item names a feature when it is a short name or an enumeration, not a remark about features
    const n = s.list >= 0 && s.itemSentence === 0 ? itemFeatures(s) : Math.max(enumerated(s), entries(s.text) >= MIN_FEATURES ? entries(s.text) : 0);
    return { key: `section:${s.section}`, count: n };
  }
  // "The model sees the query text, the price, its distance and the host's rating"
  const sees = hitsIn(s, 'model-sees')[0];
  if (sees) {
    const n = entries(s.text.slice(sees.charEnd));
    if (n >= MIN_FEATURES) return { key: `sentence:${s.index}`, count: n, implicit: true };
  }
  // the answer to "Which features?" ("Recency, frequency and order value.")
  const prev = doc.sentences[s.index - 1];
  if (prev && prev.question && prev.section === s.section && hasHit(prev, 'feature-frame', ANY_STANCE) && entries(s.text) >= 2) {
    return { key: `sentence:${s.index}`, count: entries(s.text), implicit: true };
  }
  // "Input: the symptoms, age band, sex and known conditions" names features too
  if (hitsIn(s, 'io-input').some((h) => h.term === 'input-label' && h.start === 0)) return { key: `sentence:${s.index}`, count: enumerated(s), implicit: true };
  // "The input is a hotel, a room type and a price": the inputs of the I/O statement, read as features only where nothing
  // says features; a label ("Input signals: the text, the previous turn") lists them as features do
  const labelForm = s.tokens.slice(1, LABEL_REACH).some((t) => t.before.includes(':'));
  return hasHit(s, 'feature-word', STATED) ? { key: `sentence:${s.index}`, count: enumerated(s, true), implicit: hasHit(s, 'io-input') && !labelForm } : null;
}

export default defineRule(
  {
    id: 'features-listed',
    phase: 'data',
    concepts: ['feature-frame', 'feature-word', 'io-input', 'model-sees'],
    description: 'At least three distinct concrete input features or feature groups are named.',
    severity: 'warn',
    rationale:
      'Features are where domain knowledge enters the model. Three concrete ones ("watch history, video length, hour of day") show the author thought about signal; "user and item features" does not.',
    passes: 'Three or more distinct concrete features or feature groups, in a list, a table or a sentence ("user age, watch history, video length").',
    fails: 'Fewer than three. "We use user and item features" names two groups: fail; those two plus one concrete feature make three: pass.',
    messages: { fail: 'Fewer than three concrete features or feature groups are named.' },
    fixExample: "Features: the user's watch history, the video's length and age, and the hour of day.",
    examples: [
      { title: 'a features list', status: 'pass', markdown: '# Hotel\n\nFeatures:\n\n- lead time\n- deposit type\n- number of previous cancellations\n' },
      { title: 'a sentence of features', status: 'pass', markdown: '# Ads\n\nFeatures: user age bucket, country, device, hour of day and ad category.\n' },
      { title: 'two groups only', status: 'fail', markdown: '# Feed\n\nWe use user and item features.\n' },
      { title: 'only in a code block', status: 'fail', markdown: '# Feed\n\n```yaml\nfeatures: [age, country, device]\n```\n' },
    ],
  },
  ({ doc }) => {
    const groups = new Map<string, { count: number; implicit: boolean; sentences: { s: Sentence; count: number }[] }>();
    for (const s of doc.sentences) {
      const g = featureGroup(doc, s);
      if (!g || g.count === 0) continue;
      const entry = groups.get(g.key) ?? { count: 0, implicit: g.implicit === true, sentences: [] };
      entry.count += g.count;
      entry.sentences.push({ s, count: g.count });
      groups.set(g.key, entry);
    }
    // a place that says it lists features ("Features: ...", a features list or section) before inputs read off a sentence
    const rank = (g: { count: number; implicit: boolean }) => (g.count >= MIN_FEATURES ? 2 : 0) + (g.implicit ? 0 : 1);
    const best = [...groups.values()].sort((a, b) => rank(b) - rank(a) || b.count - a.count)[0];
    // the first lines of the place, as a reader quotes them
    const shown = (g: NonNullable<typeof best>): Sentence[] => g.sentences.slice(0, 3).map((x) => x.s);
    if (best && best.count >= MIN_FEATURES) return { status: 'pass', evidence: shown(best) };
    if (!best) return { status: 'fail' };
    return {
      status: 'fail',
      evidence: shown(best),
      message: `Only ${best.count} concrete feature${best.count === 1 ? ' is' : 's are'} named in one place; name at least ${MIN_FEATURES}.`,
    };
  },
);
