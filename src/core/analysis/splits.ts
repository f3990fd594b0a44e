/**
 * Time-based validation splits (validation-split-time-based, and the
 * safeguard half of leakage-addressed): a named time split from the lexicon,
 * a sentence that trains on one period and validates on a later one, or a
 * table of periods.
 */
import type { DocumentModel, Sentence } from '../document.js';
import type { Token } from '../tokens.js';
import type { Stance } from '../reading.js';
import { hasHit, hitsIn, memo } from '../query.js';
import { ANY_STANCE, tokenMarks } from './context.js';

const LATER = new Set(['following', 'next', 'later', 'subsequent', 'last', 'latest', 'final', 'recent', 'newest', 'future', 'after', 'held-out', 'afterwards', 'older', 'earlier', 'previous', 'prior', 'preceding', 'before']);
const TRAIN_VERBS = new Set(['train', 'trains', 'trained', 'training', 'fit', 'fits', 'fitted']);
/** Cue words whose time reading needs a train / validate word in the same sentence. */
const WEAK_SPLIT_TERMS = new Set(['cut-off', 'cutoff', 'cut-off date', 'cutoff date', 'rolling window', 'rolling windows', 'earlier period', 'later period', 'future period']);
const ANY: readonly Stance[] = ['asserted', 'hypothetical', 'negated'];

/**
 * The lexicon's words of a split, per token of a sentence: months and
 * quarters ('split-month'), periods ('split-period'). A month name that is
 * also an English word (tag 'split-month-ambiguous': "may", "march") counts
 * only capitalised ("May"): a check of the token's shape, not vocabulary.
 */
interface SplitWords {
  month: Uint8Array;
  period: Uint8Array;
}

function splitWords(s: Sentence): SplitWords {
  const month = tokenMarks(s, 'split-month');
  const ambiguous = tokenMarks(s, 'split-month-ambiguous');
  const isMonth = new Uint8Array(month.length);
  for (let k = 0; k < s.tokens.length; k++) if (month[k] && (!ambiguous[k] || /^[A-Z]/.test(s.tokens[k]!.raw))) isMonth[k] = 1;
  return { month: isMonth, period: tokenMarks(s, 'split-period') };
}

/**
 * The sentence splits by time: a month range ("January to September"), a
 * year, a later or earlier period ("the most recent two weeks", "everything
 * older", "the following week"), or a numbered period ("day 28").
 */
function temporal(s: Sentence, cell = false): boolean {
  const tokens: readonly Token[] = s.tokens;
  const { month, period } = splitWords(s);
  const isMonth = (k: number): boolean => month[k] === 1;
  const isPeriod = (k: number): boolean => period[k] === 1;
  /** A period word among the four tokens after k. */
  const periodAfter = (k: number): boolean => {
    for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) if (isPeriod(j)) return true;
    return false;
  };
  let months = 0;
  for (let k = 0; k < tokens.length; k++) if (isMonth(k)) months++;
  // a table cell may hold a single month ("Validation | July")
  if (months >= 2 || (cell && months === 1)) return true;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.isNumber && t.value >= 1990 && t.value <= 2100 && t.suffix === '') return true;
    if (months === 1 && isMonth(k) && /^(to|through|until|till|from|since|before|after)$/.test(tokens[k - 1]?.lower ?? tokens[k + 1]?.lower ?? '')) return true;
    // a period inside a hyphenated compound names a thing ("the same-interval-last-week forecast"), not a split
    // "train on the first ten weeks": an earliest period, where training is said right before it
    if ((t.lower === 'first' || t.lower === 'earliest') && tokens.slice(Math.max(0, k - 4), k).some((w) => TRAIN_VERBS.has(w.lower)) && periodAfter(k)) return true;
    if (LATER.has(t.lower) && !tokens[k - 1]?.joinNext && periodAfter(k)) return true;
    if (/^(older|earlier|before)$/.test(t.lower) && /^(everything|all|data|logs|examples|ones|rows|records)$/.test(tokens[k - 1]?.lower ?? '')) return true;
    if (isPeriod(k)) {
      const prev = tokens[k - 1];
      const next = tokens[k + 1];
      if (next?.isNumber || /^(st|nd|rd|th)$/.test(prev?.suffix ?? '')) return true;
    }
  }
  return false;
}


/** A table of splits by period: one row trains on a period, another validates on a later one. */
export function tableSplit(doc: DocumentModel): Sentence | undefined {
  const rows = doc.sentences.filter((s) => s.evidence && s.block === 'table-row' && temporal(s, true));
  const train = rows.find((s) => hitsIn(s, 'train-word', ANY).length > 0);
  const evaluate = rows.find((s) => s !== train && s.tableHeader === train?.tableHeader && hitsIn(s, 'eval-word', ANY).length > 0);
  return train && evaluate ? train : undefined;
}

/** "train on days 1-27, validate on day 28", "the most recent month forms the test set; everything older trains". */
export function splitsByTime(s: Sentence): boolean {
  const evals = hitsIn(s, 'eval-word', ANY);
  if (evals.length === 0) return false;
  if (hitsIn(s, 'train-word', ANY).length === 0 && !hasHit(s, 'hold-out-phrase', ANY_STANCE)) return false;
  if (hasHit(s, 'random-split')) return false;
  return temporal(s);
}


/** The sentence names a time split (a lexicon term, weak cues only next to train / validate words) or splits by period. */
const TIME_SPLIT = new WeakMap<Sentence, boolean>();

export function isTimeSplit(s: Sentence): boolean {
  let known = TIME_SPLIT.get(s);
  if (known === undefined) TIME_SPLIT.set(s, (known = readTimeSplit(s)));
  return known;
}

function readTimeSplit(s: Sentence): boolean {
  if (!s.evidence) return false;
  if (s.hits.some((h) => h.concept === 'time-split' && h.stance === 'asserted' && (!WEAK_SPLIT_TERMS.has(h.term) || hasHit(s, ['train-word', 'eval-word'])))) return true;
  return splitsByTime(s);
}

/** The time-split statements of a document, named ones first, then period splits, then a table of periods. */
export const timeSplits = memo((doc: DocumentModel): Sentence[] => {
  const named = doc.sentences.filter((s) => s.evidence && s.hits.some((h) => h.concept === 'time-split' && h.stance === 'asserted' && (!WEAK_SPLIT_TERMS.has(h.term) || hasHit(s, ['train-word', 'eval-word']))));
  if (named.length > 0) return named;
  const periods = doc.sentences.filter((s) => s.evidence && splitsByTime(s));
  if (periods.length > 0) return periods;
  const table = tableSplit(doc);
  return table ? [table] : [];
});
