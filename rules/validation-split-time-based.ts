import { defineRule } from '../src/core/rule.js';
import { findHits, hasHit, hitsIn } from '../src/core/query.js';
import type { DocumentModel, Sentence } from '../src/core/document.js';
import type { Token } from '../src/core/tokens.js';
import type { Stance } from '../src/core/reading.js';

const MONTHS = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?|q[1-4]|h[12])$/i;
/** Month names that are also English words count only capitalised ("May", not "may"). */
const AMBIGUOUS_MONTHS = /^(mar|march|may|jun|june|jul|july|aug|sep|oct|nov|dec)$/i;
const LATER = new Set(['following', 'next', 'later', 'subsequent', 'last', 'latest', 'final', 'recent', 'newest', 'future', 'after', 'held-out', 'afterwards', 'older', 'earlier', 'previous', 'prior', 'preceding', 'before']);
const PERIOD = /^(day|days|week|weeks|month|months|quarter|quarters|year|years|period|periods|window|windows|snapshot|snapshots|season|seasons|half|vintages?|cohorts?|yearly|monthly|weekly|daily)$/;
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
function tableSplit(doc: DocumentModel): Sentence | undefined {
  const rows = doc.sentences.filter((s) => s.evidence && s.block === 'table-row' && temporal(s.tokens, true));
  const train = rows.find((s) => hitsIn(s, 'train-word', ANY).length > 0);
  const evaluate = rows.find((s) => s !== train && s.tableHeader === train?.tableHeader && hitsIn(s, 'eval-word', ANY).length > 0);
  return train && evaluate ? train : undefined;
}

/** "train on days 1-27, validate on day 28", "the most recent month forms the test set; everything older trains". */
function splitsByTime(s: Sentence): boolean {
  const evals = hitsIn(s, 'eval-word', ANY);
  if (evals.length === 0) return false;
  if (hitsIn(s, 'train-word', ANY).length === 0 && !HOLD_OUT.test(s.text)) return false;
  if (hasHit(s, 'random-split')) return false;
  return temporal(s.tokens);
}

export default defineRule(
  {
    id: 'validation-split-time-based',
    phase: 'model',
    description: 'The validation / test split is by time: train on an earlier period, validate on a later one.',
    severity: 'error',
    rationale:
      'With timestamped data, a random split lets the model see the future: tomorrow\'s views of a viral video, next month\'s chargebacks of the same card. Offline numbers inflate and the launch disappoints. A time-based split is the default a reviewer expects.',
    passes: 'A temporal / chronological / out-of-time split, training on an earlier period and validating on a later one, backtesting, rolling or expanding windows.',
    fails: 'Only a random split or k-fold, or no split at all (also where the document describes no training data).',
    notApplicable: 'The training data, as the document describes it, has no time dimension (a fixed set of images or documents, exported once, with no dates).',
    messages: { fail: 'The validation split is not time-based: train on an earlier period and validate on a later one.' },
    fixExample: 'We train on months 1 to 12, validate on month 13 and test on month 14 (out-of-time).',
    examples: [
      { title: 'negated random split, then a time split', status: 'pass', markdown: '# Feed\n\nWe will not use a random split. Instead we train on days 1-27 and validate on day 28.\n' },
      { title: 'backtesting', status: 'pass', markdown: '# Forecast\n\nRolling-origin backtesting over 12 weekly cut-offs.\n' },
      { title: 'random split of timestamped logs', status: 'fail', markdown: '# Notifications\n\nWe shuffle six months of logs and split them 80/20 into train and test.\n' },
      { title: 'no split described', status: 'fail', markdown: '# Bots\n\nWe train an LSTM on the sessions.\n' },
      { title: 'no time dimension', status: 'n/a', markdown: '# Images\n\nThe training set is a fixed set of licensed images with no timestamps; a random split is fine.\n' },
    ],
  },
  ({ doc }) => {
    const terms = findHits(doc, 'time-split').filter(
      ({ sentence, hit }) => !WEAK_SPLIT_TERMS.has(hit.term) || hasHit(sentence, ['train-word', 'eval-word']),
    );
    if (terms.length > 0) return { status: 'pass', evidence: [terms[0]!.sentence] };
    const periods = doc.sentences.filter((s) => s.evidence && splitsByTime(s));
    if (periods.length > 0) return { status: 'pass', evidence: periods.slice(0, 1) };
    const table = tableSplit(doc);
    if (table) return { status: 'pass', evidence: [table] };
    // "no timestamps", "no time dimension": the data has no time to split on
    // a time word inside a split phrase ("we do not split by date") says nothing about the data having dates
    const insideSplit = ({ sentence, hit }: { sentence: Sentence; hit: { start: number; end: number } }) =>
      sentence.hits.some((h) => h.concept === 'time-split' && h.start <= hit.start && h.end >= hit.end);
    const timeless = [
      ...findHits(doc, 'no-time-dimension', { stances: ['asserted', 'negated'] }),
      ...findHits(doc, 'time-attribute', { stances: ['negated'] }).filter((f) => !insideSplit(f)),
    ];
    if (timeless.length > 0) return { status: 'n/a', evidence: [timeless[0]!.sentence] };
    const random = findHits(doc, 'random-split');
    return { status: 'fail', ...(random.length > 0 ? { evidence: [random[0]!.sentence] } : {}) };
  },
);
