/**
 * How a careful reader judges a mention (../shared/spec/rules.md, "How a
 * careful reader judges"). Applied by the document model to every lexicon
 * hit, so rules never re-implement questions, negation, future work or
 * rejection: they ask for hits whose stance is "asserted".
 *
 * Everything works on the sentence's tokens; each check looks at a bounded
 * window, so the cost is linear in the sentence length.
 */
import { isPlaceholderWord } from './placeholder.js';
import type { Token } from './tokens.js';

export type Stance =
  /** Stated as part of the design. */
  | 'asserted'
  /** Stated as not done / not needed / avoided ("we will not use a random split"). */
  | 'negated'
  /** Inside a question. */
  | 'question'
  /** Only as future work ("later we could explore transformers"). */
  | 'future'
  /** A conditional or counterfactual ("a random split would leak"). */
  | 'hypothetical'
  /** Background: what the literature or others did ("in the literature people used rule-based translation"), not this design (reading rule 3). */
  | 'background'
  /** A pointer to reading elsewhere ("read more about A/B testing"): states nothing about this design (reading rule 10). */
  | 'navigation'
  /** The label of a value left open ("Output: TBD", "label: ???"): nothing is stated yet. */
  | 'placeholder';

/** Words that end a clause before a hit: negation does not reach across them. */
const CLAUSE_WORDS = new Set(['but', 'beyond', 'except', 'besides', 'instead', 'while', 'whereas', 'then', 'so', 'because', 'although', 'though', 'however', 'since', 'which', 'where', 'otherwise']);
/** "and" starts a new clause only before a new subject ("and we train..."); "no X and Y" keeps both negated. */
const NEW_SUBJECT = new Set(['we', 'i', 'it', 'they', 'you', 'then', 'instead', 'also', 'this', 'that', 'there']);
const CLAUSE_PUNCT = /[,;:()\[\]—–!?.]/;

const NEGATORS = new Set([
  'not', 'no', 'never', 'without', 'nor', 'neither', 'none', 'cannot', 'skip', 'skipping', 'skipped',
  'avoid', 'avoids', 'avoiding', 'avoided', 'lack', 'lacks', 'lacking', 'forgo', 'drop', 'dropping',
  'instead', 'rather', 'against', 'nothing', 'nobody', 'unnecessary', 'unneeded',
]);
/** "not only", "no more than", "not just": not negations of what follows. */
const NEGATION_EXCEPTIONS = new Set(['only', 'just', 'more', 'less', 'longer', 'later', 'worse', 'fewer', 'exceed', 'exceeding', 'above', 'over', 'slower']);

/** After the hit, in the same clause: "X is not needed", "X would be overkill". */
const POST_NEGATORS = new Set([
  'not', 'never', 'unnecessary', 'overkill', 'unneeded', 'ruled', 'rejected', 'discarded', 'dropped', 'skipped', 'avoided', 'excluded',
]);
/** Head nouns of the hit's own phrase: "cross-entropy loss is not used". */
const HEAD_NOUNS = new Set(['loss', 'losses', 'function', 'objective', 'model', 'models', 'network', 'split', 'approach', 'method', 'baseline', 'test', 'tests', 'layer', 'layers', 'penalty', 'here', 'alone']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'would', 'will', 'should', 'seems', 'seem', 'looks', 'look', 'feels', "isn't", "aren't", "wasn't", "won't", "wouldn't", "doesn't", "don't", 'does', 'do', 'did', 'gets', 'got', 'stays', 'remains']);

/** Sentence-level phrases after a hit that reject what came before. */
const BACK_REJECTIONS: ReadonlyArray<readonly string[]> = [
  ['not', 'doing', 'that'], ['not', 'doing', 'it'], ['we', 'avoid', 'it'], ['so', 'we', 'avoid'], ['decided', 'against'],
  ['ruled', 'it', 'out'], ['rule', 'it', 'out'], ['not', 'worth'], ['out', 'of', 'scope'], ['too', 'slow'], ['too', 'expensive'],
  ['too', 'costly'], ['too', 'complex'], ['not', 'going', 'to', 'use'], ['not', 'use', 'it'], ['not', 'use', 'one'], ['overkill'],
  ['not', 'an', 'option'], ['would', 'cost', 'us'], ['we', 'reject'], ['we', 'dropped'], ['not', 'pursue'], ['not', 'needed'],
  ['unnecessary'], ['not', 'part', 'of'], ['don\'t', 'need'], ['do', 'not', 'need'], ['won\'t', 'need'], ['will', 'not', 'need'], ['not', 'necessary'],
  // "would be the usual baseline, but we skip it": the object pronoun points back at the hit
  ['skip', 'it'], ['skip', 'that'], ['skip', 'this'], ['skip', 'them'], ['skipped', 'it'], ['skipped', 'that'], ['leave', 'it', 'out'], ['left', 'it', 'out'],
];

/** "X would not fit", "X wouldn't scale", "X is too big": the subject is ruled out. */
const COUNTERFACTUAL_NOT: ReadonlyArray<readonly string[]> = [
  ['would', 'not'], ["wouldn't"], ['could', 'not'], ["couldn't"], ['does', 'not', 'fit'], ["doesn't", 'fit'], ["won't", 'fit'], ['will', 'not', 'fit'],
  ['is', 'too', 'big'], ['is', 'too', 'large'], ['is', 'too', 'heavy'], ['is', 'too', 'slow'], ['are', 'too', 'slow'], ['too', 'big', 'for'], ['too', 'large', 'for'],
];

/** Right after the hit: it cannot do what is needed. */
const FALLS_SHORT: ReadonlyArray<readonly string[]> = [['cannot'], ["can't"], ['can', 'not'], ['fails', 'to'], ['is', 'unable'], ['are', 'unable'], ["doesn't", 'capture'], ['does', 'not', 'capture'], ['misses'], ['would', 'miss']];

/** Phrases that mark future work. */
const FUTURE_PHRASES: ReadonlyArray<readonly string[]> = [
  ['future', 'work'], ['in', 'the', 'future'], ['in', 'a', 'future'], ['future', 'version'], ['future', 'iteration'], ['future', 'improvement'],
  ['next', 'version'], ['next', 'iteration'], ['longer', 'term'], ['long', 'term', 'we'], ['down', 'the', 'road'], ['eventually'],
  ['as', 'a', 'follow', 'up'], ['follow', 'up', 'work'], ['out', 'of', 'scope'], ['later', 'we', 'could'], ['later', 'we', 'might'],
  ['later', 'we', 'may'], ['later', 'we', 'can'], ['later', 'on', 'we'], ['later', 'i', 'could'], ['later', 'i', 'would'], ['could', 'later'],
  ['might', 'later'], ['may', 'later'], ['could', 'eventually'], ['could', 'explore'], ['might', 'explore'], ['could', 'also', 'explore'],
  ['worth', 'exploring', 'later'], ['in', 'v2'], ['for', 'v2'], ['a', 'v2'], ['the', 'v2'], ['in', 'phase', '2'], ['in', 'phase', 'two'], ['not', 'in', 'v1'], ['not', 'for', 'v1'],
  ['with', 'more', 'time'], ['if', 'time', 'permits'], ['stretch', 'goal'], ['in', 'the', 'long', 'term'],
  ['long', 'term', 'idea'], ['long', 'term', 'plan'], ['long', 'term', 'goal'], ['long', 'term', 'vision'],
  // put off / deferred: "the A/B test is put off until after the pilot", "rollout is deferred", "we postpone the canary to a later phase"
  ['put', 'off'], ['puts', 'off'], ['putting', 'off'], ['postpone'], ['postpones'], ['postponed'], ['postponing'], ['defer'], ['defers'], ['deferred'],
  ['until', 'later'], ['till', 'later'], ['left', 'for', 'later'], ['leave', 'for', 'later'], ['saved', 'for', 'later'], ['at', 'some', 'point'],
  ['at', 'a', 'later', 'stage'], ['in', 'a', 'later', 'phase'], ['in', 'a', 'later', 'stage'], ['parked'], ['on', 'the', 'backlog'],
  ['nice', 'to', 'have'], ['if', 'we', 'have', 'time'],
  ['can', 'wait'], ['later', 'phase'], ['later', 'stage'], ['later', 'milestone'], ['after', 'v1'], ['not', 'for', 'now'],
  ['comes', 'later'], ['come', 'later'], ['happens', 'later'], ['happen', 'later'], ['added', 'later'], ['do', 'it', 'later'], ['do', 'that', 'later'],
  ['when', 'we', 'have', 'time'], ['once', 'we', 'have', 'time'],
  // "a recurrent network is on our list for future seasons": a list of things to do, not the plan
  ['on', 'our', 'list'], ['on', 'the', 'roadmap'], ['on', 'our', 'roadmap'], ['wish', 'list'], ['wishlist'],
];

/** A statement that points back at the one before it: "...; that is future work". */
const BACK_POINTERS = new Set(['that', 'this', 'it', 'which', 'both', 'these', 'those']);

const MODALS = new Set(['would', 'could', 'might', "would've", "could've"]);
const HYPOTHETICAL_VERBS = new Set(['be', 'give', 'cost', 'need', 'require', 'take', 'put', 'leak', 'mix', 'let', 'inflate', 'probably', 'likely', 'make', 'add', 'lose', 'hurt', 'break', 'overfit', 'also', 'not', 'have', 'mean', 'see', 'work', 'help']);
const CONDITIONALS = new Set(['if', 'unless', 'whether']);

function isNegatorAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const w = t.lower;
  if (w.endsWith("n't") && w !== "n't") {
    const nx = tokens[i + 1]?.lower;
    return !(nx && NEGATION_EXCEPTIONS.has(nx));
  }
  if (!NEGATORS.has(w)) return false;
  const nx = tokens[i + 1]?.lower;
  if (nx && NEGATION_EXCEPTIONS.has(nx)) return false;
  if (w === 'instead') return nx === 'of';
  if (w === 'rather') return nx === 'than';
  if (w === 'against') {
    // "decided against X" rejects; "compared against X" is a comparison
    return /^(decided|decide|advise|advised|argue|argued|recommend|voted|chose)$/.test(tokens[i - 1]?.lower ?? '');
  }
  // "skew is avoided by sharing one library": what follows "by" is the means, not what is avoided
  if (/^avoid(s|ed|ing)?$/.test(w) && nx === 'by') return false;
  if (w === 'drop' || w === 'dropping') {
    // "drop rows with missing values" is preprocessing, not negation
    return false;
  }
  return true;
}

/** Clause punctuation that lets a comma-separated list stay inside its clause ("we report macro-F1, recall and log loss"). */
export const LIST_CLAUSE_PUNCT = /[;:()\[\]—–!?.]/;

/**
 * Where the clause of the token at `hitStart` begins, at most `maxBack`
 * tokens back: punctuation (`punct`), a clause word, "and" before a new subject.
 */
export function clauseStart(tokens: readonly Token[], hitStart: number, maxBack: number, punct: RegExp = CLAUSE_PUNCT): number {
  const floor = Math.max(0, hitStart - maxBack);
  for (let i = hitStart; i > floor; i--) {
    if (punct.test(tokens[i]!.before)) return i;
    const prev = tokens[i - 1]!;
    if (CLAUSE_WORDS.has(prev.lower) || (prev.lower === 'and' && NEW_SUBJECT.has(tokens[i]!.lower))) {
      // "instead of X" keeps "instead" inside the clause of X
      return prev.lower === 'instead' && tokens[i]!.lower === 'of' ? i - 1 : i;
    }
  }
  return floor;
}

function clauseEnd(tokens: readonly Token[], hitEnd: number, maxAhead: number): number {
  const ceil = Math.min(tokens.length, hitEnd + maxAhead);
  for (let i = hitEnd; i < ceil; i++) {
    const t = tokens[i]!;
    if (CLAUSE_PUNCT.test(t.before)) return i;
    if (CLAUSE_WORDS.has(t.lower) || (t.lower === 'and' && NEW_SUBJECT.has(tokens[i + 1]?.lower ?? ''))) return i;
  }
  return ceil;
}

function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const t = tokens[i + k];
    if (!t || (t.lower !== phrase[k] && t.norm !== phrase[k])) return false;
  }
  return true;
}

/**
 * A hyphenated phrase used as a modifier ("the out-of-scope class", "a
 * follow-up question") is a compound adjective, not the phrase's statement.
 */
function attributive(tokens: readonly Token[], i: number, length: number): boolean {
  if (length < 2) return false;
  for (let k = i; k < i + length - 1; k++) if (!tokens[k]!.joinNext) return false;
  const next = tokens[i + length];
  return next !== undefined && next.before === '' && !next.isNumber;
}

/**
 * Per token array, for each predicate: next[i] is the first index >= i where
 * the predicate holds (tokens.length if none). Built once, so the scans below
 * stay linear when one long sentence holds many hits (issue 6). A predicate
 * is a module-level function of (tokens, i, key), so asking for an index that
 * exists allocates nothing.
 */
type Holds<K> = (tokens: readonly Token[], i: number, key: K) => boolean;
const NEXT_INDEX = new WeakMap<readonly Token[], Map<object, Int32Array>>();
const PREVIOUS_INDEX = new WeakMap<readonly Token[], Map<object, Int32Array>>();

function nextIndex<K extends object>(tokens: readonly Token[], key: K, holds: Holds<K>): Int32Array {
  let byKey = NEXT_INDEX.get(tokens);
  if (!byKey) NEXT_INDEX.set(tokens, (byKey = new Map()));
  let next = byKey.get(key);
  if (!next) {
    next = new Int32Array(tokens.length + 1);
    next[tokens.length] = tokens.length;
    for (let i = tokens.length - 1; i >= 0; i--) next[i] = holds(tokens, i, key) ? i : next[i + 1]!;
    byKey.set(key, next);
  }
  return next;
}

/** prev[i]: the last index <= i where the predicate holds, -1 if none. */
function previousIndex<K extends object>(tokens: readonly Token[], key: K, holds: Holds<K>): Int32Array {
  let byKey = PREVIOUS_INDEX.get(tokens);
  if (!byKey) PREVIOUS_INDEX.set(tokens, (byKey = new Map()));
  let prev = byKey.get(key);
  if (!prev) {
    prev = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) prev[i] = holds(tokens, i, key) ? i : i > 0 ? prev[i - 1]! : -1;
    byKey.set(key, prev);
  }
  return prev;
}

/** The first index in [from, to) where the predicate named by `key` holds, or -1. */
function firstIn(next: Int32Array, from: number, to: number): number {
  const length = next.length - 1;
  const start = Math.max(0, from);
  if (start >= Math.min(to, length)) return -1;
  const j = next[start]!;
  return j < Math.min(to, length) ? j : -1;
}

type Phrases = ReadonlyArray<readonly string[]>;

/** A phrase list's phrases by their first word, so a token is tried only against the phrases it can open. */
const BY_FIRST_WORD = new WeakMap<Phrases, Map<string, Phrases>>();

function byFirstWord(phrases: Phrases): Map<string, Phrases> {
  let index = BY_FIRST_WORD.get(phrases);
  if (!index) {
    const built = new Map<string, Array<readonly string[]>>();
    for (const p of phrases) {
      const list = built.get(p[0]!) ?? [];
      list.push(p);
      built.set(p[0]!, list);
    }
    BY_FIRST_WORD.set(phrases, (index = built));
  }
  return index;
}

/** Does a phrase of the list start at token i (its first word is the token's surface or normal form)? */
const phraseStartsAt: Holds<Phrases> = (tokens, i, phrases) => {
  const index = byFirstWord(phrases);
  const t = tokens[i]!;
  return opensOneOf(tokens, i, index.get(t.lower)) || (t.norm !== t.lower && opensOneOf(tokens, i, index.get(t.norm)));
};

function opensOneOf(tokens: readonly Token[], i: number, phrases: Phrases | undefined): boolean {
  if (phrases) for (const p of phrases) if (phraseAt(tokens, i, p) && !attributive(tokens, i, p.length)) return true;
  return false;
}

function findPhrase(tokens: readonly Token[], from: number, to: number, phrases: Phrases): number {
  return firstIn(nextIndex(tokens, phrases, phraseStartsAt), from, to);
}

const inSet: Holds<ReadonlySet<string>> = (tokens, i, words) => words.has(tokens[i]!.lower);
const atBoundary: Holds<RegExp> = (tokens, i, boundary) => boundary.test(tokens[i]!.before);

/** Is the hit negated: "no baseline", "we will not use a random split", "X is not needed". */
export function isNegated(tokens: readonly Token[], start: number, end: number): boolean {
  const from = clauseStart(tokens, start, 12);
  for (let i = from; i < start; i++) {
    if (isNegatorAt(tokens, i)) return true;
  }
  // "a random split is not needed", "deep models are overkill here"
  const to = clauseEnd(tokens, end, 6);
  for (let i = end; i < to; i++) {
    const w = tokens[i]!.lower;
    if (POST_NEGATORS.has(w) || (w.endsWith("n't") && COPULAS.has(w))) {
      // must follow a copula or modal directly after the hit: "X is not"
      let between = true;
      for (let k = end; k < i && between; k++) {
        const w = tokens[k]!.lower;
        between = COPULAS.has(w) || HEAD_NOUNS.has(w) || w === 'really' || w === 'also';
      }
      if (between && (i > end || POST_NEGATORS.has(w))) {
        const nx = tokens[i + 1]?.lower;
        if (nx && NEGATION_EXCEPTIONS.has(nx)) return false;
        return true;
      }
    }
  }
  // "... but it is too slow, so we are not doing that." (within the statement: a
  // rejection after "; " is about what follows the semicolon)
  const statementEnd = statementAround(tokens, start, end)[1];
  if (findPhrase(tokens, end, statementEnd, BACK_REJECTIONS) >= 0) return true;
  // "a fine-tuned BERT is a possible later step; it is not part of this plan": the next
  // statement points back at this one and rejects it
  if (statementEnd < tokens.length && BACK_POINTERS.has(tokens[statementEnd]!.lower)) {
    const [, nextEnd] = statementAround(tokens, statementEnd, statementEnd + 1);
    if (findPhrase(tokens, statementEnd, nextEnd, BACK_REJECTIONS) >= 0) return true;
  }
  // "An LSTM per ATM: rejected.": the value after the hit's own label rejects it
  if (labelValueRejects(tokens, end)) return true;
  // "we considered a neural network, but ...": weighed and set aside
  if (considered(tokens, start, end)) return true;
  // "a BERT-base model at over 400 MB would not fit": ruled out by a counterfactual
  if (findPhrase(tokens, end, Math.min(tokens.length, end + 10), COUNTERFACTUAL_NOT) >= 0) return true;
  // "logistic regression cannot capture the crosses, so ...": the subject falls short
  return findPhrase(tokens, end, Math.min(tokens.length, end + 3), FALLS_SHORT) >= 0;
}

/** How far after a hit its label's colon may stand ("An LSTM sequence model per ATM: rejected"). */
const LABEL_REACH = 6;

function labelValueRejects(tokens: readonly Token[], end: number): boolean {
  for (let i = end; i < Math.min(tokens.length, end + LABEL_REACH); i++) {
    const before = tokens[i]!.before;
    if (before.includes(':')) return POST_NEGATORS.has(tokens[i]!.lower) || isNegatorAt(tokens, i);
    if (i > end && CLAUSE_PUNCT.test(before)) return false;
  }
  return false;
}

const BUT_WORDS = new Set(['but', 'however']);
const WEIGHED = new Set(['considered', 'consider', 'considering', 'weighed', 'debated', 'evaluated', 'looked']);

function considered(tokens: readonly Token[], start: number, end: number): boolean {
  let weighed = false;
  let thought = false;
  let about = false;
  for (let k = Math.max(0, start - 5); k < start; k++) {
    const w = tokens[k]!.lower;
    weighed ||= WEIGHED.has(w);
    thought ||= w === 'thought';
    about ||= w === 'about';
  }
  if (!weighed && !(thought && about)) return false;
  return firstIn(nextIndex(tokens, BUT_WORDS, inSet), end, tokens.length) >= 0;
}

const LATER_WORDS = new Set(['later', 'eventually', 'someday', 'afterwards', 'subsequently']);
const MAYBE = new Set(['could', 'might', 'may']);

/** Strong boundaries (";", ":", dashes) split a sentence into statements of their own. */
const STRONG_BOUNDARY = /[;:—–]/;

/** The token range of the statement around a hit: "It is binary classification; phishing gets its own flag later". */
function statementAround(tokens: readonly Token[], start: number, end: number): [number, number] {
  // the boundary nearest before the hit: scan a reversed index, also built once
  const prev = previousIndex(tokens, STRONG_BOUNDARY, atBoundary);
  const next = nextIndex(tokens, STRONG_BOUNDARY, atBoundary);
  const from = start <= 0 ? 0 : Math.max(0, prev[Math.min(start, tokens.length - 1)]!);
  const to = end >= tokens.length ? tokens.length : next[end]!;
  return [from, to];
}

export function isFuture(tokens: readonly Token[], start = 0, end = tokens.length): boolean {
  const [from, to] = statementAround(tokens, start, end);
  if (findPhrase(tokens, from, to, FUTURE_PHRASES) >= 0) return true;
  // "a transformer over the whole history; that is future work": the next
  // statement points back at this one and puts it off
  if (to < tokens.length && BACK_POINTERS.has(tokens[to]!.lower)) {
    const [, nextTo] = statementAround(tokens, to, to + 1);
    if (findPhrase(tokens, to, nextTo, FUTURE_PHRASES) >= 0) return true;
  }
  // "something we could look at later", "might be worth trying eventually"
  const later = nextIndex(tokens, LATER_WORDS, inSet);
  const maybe = nextIndex(tokens, MAYBE, inSet);
  return firstIn(later, from, to) >= 0 && firstIn(maybe, from, to) >= 0;
}

/** "a random split would put tomorrow's views into training", "if we used a DNN". */
export function isHypothetical(tokens: readonly Token[], start: number, end: number): boolean {
  // conditional clause containing the hit
  const from = clauseStart(tokens, start, 10);
  for (let i = Math.max(0, from - 1); i < start; i++) {
    if (CONDITIONALS.has(tokens[i]!.lower)) return true;
  }
  // the hit is the subject of a modal: "X would", "X could"
  for (let i = end; i < Math.min(end + 2, tokens.length); i++) {
    const w = tokens[i]!.lower;
    if (MODALS.has(w)) {
      const nx = tokens[i + 1]?.lower ?? '';
      // "X might capture more": "might" only guesses, whatever the verb; "X would output a score" may describe the design
      return w === 'might' || HYPOTHETICAL_VERBS.has(nx);
    }
    if (!/^(model|approach|network|split|here|alone|itself|also)$/.test(w)) break;
  }
  // "a transformer over the scan history might pick up delays": "might" guesses about the subject however long it is
  for (let i = end; i < Math.min(end + 8, tokens.length); i++) {
    const t = tokens[i]!;
    if (i > end && CLAUSE_PUNCT.test(t.before)) break;
    if (t.lower === 'might') return true;
    if (CLAUSE_WORDS.has(t.lower)) break;
  }
  return false;
}

/** Phrases that point the reader elsewhere; what follows them in the statement is a topic, not a statement. */
const POINTER_PHRASES: ReadonlyArray<readonly string[]> = [
  ['read', 'more', 'about'], ['read', 'more', 'on'], ['learn', 'more', 'about'], ['learn', 'more', 'on'], ['see', 'also'], ['further', 'reading'],
  ['recommended', 'reading'], ['for', 'more', 'on'], ['for', 'more', 'about'], ['more', 'reading', 'on'], ['to', 'read', 'about'], ['check', 'out', 'this'],
];

/** "Related to this topic, read more about A/B testing and bandits." */
/** Verdict words that open a sentence rejecting the option named just before it ("Rejected: too few failures."). */
const VERDICT_REJECTIONS = new Set(['rejected', 'discarded', 'dropped', 'skipped', 'excluded', 'overkill', 'unnecessary', 'unneeded']);
/** Words after "not" that make a verdict ("Not chosen.", "Not pursued: ..."). */
const NOT_VERDICTS = new Set(['chosen', 'selected', 'pursued', 'used', 'needed', 'adopted']);

/**
 * The sentence opens with a verdict that rejects what came before it:
 * "Rejected: with around 400 failures ...", "Dropped.", "Not chosen: ...".
 * The verdict stands alone as a label: a colon, a full stop or nothing follows it.
 */
export function opensWithRejection(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.lower;
  if (first === undefined) return false;
  const verdictEnd = VERDICT_REJECTIONS.has(first) ? 1 : first === 'not' && NOT_VERDICTS.has(tokens[1]?.lower ?? '') ? 2 : first === 'ruled' && tokens[1]?.lower === 'out' ? 2 : 0;
  if (verdictEnd === 0) return false;
  const next = tokens[verdictEnd];
  return next === undefined || next.before.includes(':') || next.before.includes('.') || next.before.includes('—') || next.before.includes('–');
}

export function isPointer(tokens: readonly Token[], start: number, end: number): boolean {
  let [from] = statementAround(tokens, start, end);
  // "See also: concept drift ...", "Further reading: ...": the pointer is the label before the colon
  if (from > 0 && tokens[from]!.before.includes(':')) from = statementAround(tokens, from - 1, from)[0];
  const at = findPhrase(tokens, from, start, POINTER_PHRASES);
  return at >= 0 && at < start;
}

/** A label's value that states there is nothing (yet): these, or a placeholder word (placeholder.ts). */
const NOTHING_VALUES = new Set(['none', 'nothing', 'unknown', 'unclear', 'undecided']);

/**
 * "Output: TBD (a label? a score?)": the hit labels a value the author left
 * open. The placeholder follows the label's colon within a few words.
 */
export function labelsPlaceholder(tokens: readonly Token[], start: number, end: number): boolean {
  // from inside the hit: a pattern may take in the colon and the value ("label: TBD")
  for (let i = start + 1; i < Math.min(tokens.length, end + 4); i++) {
    const t = tokens[i]!;
    if (t.before.includes(':')) {
      const value = tokens[i]!;
      // "Sources: none", "data sources: didn't get to it": the value says nothing is there
      return NOTHING_VALUES.has(value.lower) || isPlaceholderWord(value.lower) || isNegatorAt(tokens, i);
    }
  }
  // "label: ???": question marks leave no token after the colon
  return false;
}

/** Phrases of doubt: what follows them in their clause is asked, not stated ("Things I'm not sure about yet: how often ..."). */
const DOUBT_PHRASES: ReadonlyArray<readonly string[]> = [
  ['not', 'sure'], ["i'm", 'unsure'], ['unsure', 'about'], ['unsure', 'whether'], ['unsure', 'how'], ['open', 'question'], ['open', 'questions'], ['not', 'certain'],
  ["don't", 'know', 'yet'], ['do', 'not', 'know', 'yet'], ['still', 'unclear'], ['still', 'to', 'figure', 'out'], ['need', 'to', 'figure', 'out'],
];

/** Clause words that end a doubt ("not sure X is enough, but we ..."). */
const DOUBT_ENDERS = new Set([...CLAUSE_WORDS].filter((w) => w !== 'which' && w !== 'where'));

/** Is the hit inside a statement of doubt: after the doubt phrase, in its clause or after its label's colon. */
export function isDoubted(tokens: readonly Token[], start: number, end: number): boolean {
  let [from] = statementAround(tokens, start, end);
  if (from > 0 && tokens[from]!.before.includes(':')) from = statementAround(tokens, from - 1, from)[0];
  const at = findPhrase(tokens, from, start, DOUBT_PHRASES);
  if (at < 0 || at >= start) return false;
  // "we are not sure the trees are enough, but we start with them": the doubt ends at the clause word
  const ender = nextIndex(tokens, DOUBT_ENDERS, inSet);
  return firstIn(ender, at + 1, start) < 0;
}

/** Phrases that open a statement about the literature or the past, not about this design. */
const BACKGROUND_PHRASES: ReadonlyArray<readonly string[]> = [
  ['in', 'the', 'literature'], ['prior', 'work'], ['previous', 'work'], ['related', 'work'], ['earlier', 'work'], ['historically'], ['traditionally'],
  ['in', 'the', 'past'], ['people', 'used'], ['people', 'have', 'used'], ['others', 'have', 'used'],
];

/** "In the literature people used rule-based translation": the hit follows a background phrase in its statement. */
export function isBackground(tokens: readonly Token[], start: number, end: number): boolean {
  const [from] = statementAround(tokens, start, end);
  const at = findPhrase(tokens, from, start, BACKGROUND_PHRASES);
  return at >= 0 && at < start;
}

/** Classify one hit in one sentence. */
export function stanceOf(tokens: readonly Token[], start: number, end: number, inQuestion: boolean): Stance {
  if (labelsPlaceholder(tokens, start, end)) return 'placeholder';
  if (inQuestion || isDoubted(tokens, start, end)) return 'question';
  if (isPointer(tokens, start, end)) return 'navigation';
  if (isBackground(tokens, start, end)) return 'background';
  if (isNegated(tokens, start, end)) return 'negated';
  if (isFuture(tokens, start, end)) return 'future';
  if (isHypothetical(tokens, start, end)) return 'hypothetical';
  return 'asserted';
}

const EXISTING_WORDS = new Set(['today', 'currently', 'current', 'existing', 'legacy', 'incumbent', 'already']);
const EXISTING_PHRASES: ReadonlyArray<readonly string[]> = [
  ['in', 'production', 'today'], ['in', 'place'], ['status', 'quo'], ['we', 'have', 'today'], ['we', 'already', 'have'],
  ['in', 'production'], ['production', 'model'], ['production', 'system'], ['production', 'ranker'], ['runs', 'today'], ['at', 'the', 'moment'],
];

/** Does the sentence describe the system already in place (not a proposal)? */
export function describesExisting(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (EXISTING_WORDS.has(t.lower)) return true;
  // asked once per sentence: a scan that stops at the first phrase, no index
  for (let i = 0; i < tokens.length; i++) if (phraseStartsAt(tokens, i, EXISTING_PHRASES)) return true;
  return false;
}

// Question reading lives in questions.ts; re-exported for the modules that import it from here.
export { questionSpans, isWholeQuestion, isQuestionText } from './questions.js';
