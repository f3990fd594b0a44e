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

const MONTHS = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?|q[1-4]|h[12])$/i;
/** Month names that are also English words count only capitalised ("May", not "may"). */
const AMBIGUOUS_MONTHS = /^(mar|march|may|jun|june|jul|july|aug|sep|oct|nov|dec)$/i;
const LATER = new Set(['following', 'next', 'later', 'subsequent', 'last', 'latest', 'final', 'recent', 'newest', 'future', 'after', 'held-out', 'afterwards', 'older', 'earlier', 'previous', 'prior', 'preceding', 'before']);
const TRAIN_VERBS = new Set(['train', 'trains', 'trained', 'training', 'fit', 'fits', 'fitted']);
const PERIOD = /^(day|days|wk|wks|week|weeks|mo|mos|month|months|yr|yrs|quarter|quarters|year|years|period|periods|window|windows|snapshot|snapshots|season|seasons|half|vintages?|cohorts?|yearly|monthly|weekly|daily)$/;
/** Cue words whose time reading needs a train / validate word in the same sentence. */
const WEAK_SPLIT_TERMS = new Set(['cut-off', 'cutoff', 'cut-off date', 'cutoff date', 'rolling window', 'rolling windows', 'earlier period', 'later period', 'future period']);
const HOLD_OUT = /\b(hold(s|ing)? out|held out|held-out|holdout|hold-out|set aside|sets aside|reserve[sd]?)\b/i;
const ANY: readonly Stance[] = ['asserted', 'hypothetical', 'negated'];

function isMonth(t: Token): boolean {
  return MONTHS.test(t.lower) && (!AMBIGUOUS_MONTHS.test(t.lower) || /^[A-Z]/.test(t.raw));
}

/**
 * The sentence splits by time: a month range ("January to September"), a
 * year, a later or earlier period ("the most recent two weeks", "everything
 * older", "the following week"), or a numbered period ("day 28").
 */
function temporal(tokens: readonly Token[], cell = false): boolean {
  const months = tokens.filter(isMonth).length;
  // a table cell may hold a single month ("Validation | July")
  if (months >= 2 || (cell && months === 1)) return true;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.isNumber && t.value >= 1990 && t.value <= 2100 && t.suffix === '') return true;
    if (months === 1 && isMonth(t) && /^(to|through|until|till|from|since|before|after)$/.test(tokens[k - 1]?.lower ?? tokens[k + 1]?.lower ?? '')) return true;
    // a period inside a hyphenated compound names a thing ("the same-interval-last-week forecast"), not a split
    // "train on the first ten weeks": an earliest period, where training is said right before it
    if ((t.lower === 'first' || t.lower === 'earliest') && tokens.slice(Math.max(0, k - 4), k).some((w) => TRAIN_VERBS.has(w.lower)) && tokens.slice(k + 1, k + 5).some((w) => PERIOD.test(w.lower))) return true;
    if (LATER.has(t.lower) && !tokens[k - 1]?.joinNext && tokens.slice(k + 1, k + 5).some((w) => PERIOD.test(w.lower))) return true;
    if (/^(older|earlier|before)$/.test(t.lower) && /^(everything|all|data|logs|examples|ones|rows|records)$/.test(tokens[k - 1]?.lower ?? '')) return true;
    if (PERIOD.test(t.lower)) {
      const prev = tokens[k - 1];
      const next = tokens[k + 1];
      if (next?.isNumber || /^(st|nd|rd|th)$/.test(prev?.suffix ?? '')) return true;
    }
  }
  return false;
}


/** A table of splits by period: one row trains on a period, another validates on a later one. */
export function tableSplit(doc: DocumentModel): Sentence | undefined {
  const rows = doc.sentences.filter((s) => s.evidence && s.block === 'table-row' && temporal(s.tokens, true));
  const train = rows.find((s) => hitsIn(s, 'train-word', ANY).length > 0);
  const evaluate = rows.find((s) => s !== train && s.tableHeader === train?.tableHeader && hitsIn(s, 'eval-word', ANY).length > 0);
  return train && evaluate ? train : undefined;
}

/** "train on days 1-27, validate on day 28", "the most recent month forms the test set; everything older trains". */
export function splitsByTime(s: Sentence): boolean {
  const evals = hitsIn(s, 'eval-word', ANY);
  if (evals.length === 0) return false;
  if (hitsIn(s, 'train-word', ANY).length === 0 && !HOLD_OUT.test(s.text)) return false;
  if (hasHit(s, 'random-split')) return false;
  return temporal(s.tokens);
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
