import { defineRule, passIfAny } from '../src/core/rule.js';
import { anyWithin, hasHit, hitsIn, memo, questionAnswered } from '../src/core/query.js';
import type { DocumentModel, Sentence, SentenceHit } from '../src/core/document.js';
import type { Quantity } from '../src/core/quantities.js';
import type { Stance } from '../src/core/reading.js';
import { previousInBlock } from '../src/core/analysis/context.js';
import { isOpenItem } from '../src/core/placeholder.js';

/** A span of data covers at least a day ("28 days of impressions"; "within 200 ms" is latency). */
const DAY_SECONDS = 86_400;
/** An amount of data is at least this many items ("3 annotators" is not). */
const MIN_ITEMS = 100;
/** "no labelled images yet" says labels must be collected: negated label statements count too. */
const STATED: readonly Stance[] = ['asserted', 'negated'];

/** Words before a span that make it a window in time, not data held ("within 7 days of the click"). */
const WINDOW_WORDS = new Set(['within', 'next', 'following', 'first', 'after']);

/**
 * Token positions where hits start or end, as sets: the checks below ask
 * "is there one within a few tokens of this number?" once per number, in
 * constant time, so a sentence full of numbers and nouns stays linear.
 */
const startsOf = (hits: readonly SentenceHit[]): Set<number> => new Set(hits.map((h) => h.start));
const endsOf = (hits: readonly SentenceHit[]): Set<number> => new Set(hits.map((h) => h.end));
function anyIn(positions: ReadonlySet<number>, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (positions.has(i)) return true;
  return false;
}

/** "per million images": a number after these is a denominator. */
const PER_WORDS = new Set(['per', 'each', 'every']);

/** "train on N weeks", "fitted over the last N months". */
const ON_WORDS = new Set(['on', 'over']);
const RECENT_WORDS = new Set(['the', 'last', 'past', 'latest', 'most', 'recent', 'first']);
/** "snapshots from the last 2 years", "logs over the past 18 months". */
const FROM_WORDS = new Set(['from', 'over', 'covering', 'spanning']);

/** The sentence's numbers that are stated, not asked, wished for or hypothetical ("(a year?)", "ideally a year"). */
const statedQuantities = (s: Sentence): Quantity[] => s.quantities.filter((q) => q.stance === undefined || STATED.includes(q.stance));

const isSpan = (q: Quantity): boolean => q.kind === 'time' && (Number.isNaN(q.value) ? 1 : q.value) * (q.seconds ?? 0) >= DAY_SECONDS;
const isAmount = (q: Quantity): boolean => (q.kind === 'count' || q.kind === 'rate') && (Number.isNaN(q.value) || q.value >= MIN_ITEMS);

/** How far back the data goes: "3 years of bookings", "kept for 18 months", "we have logs from the last 6 months". */
function historySpan(doc: DocumentModel, s: Sentence): boolean {
  // "within 60 days of the snapshot", "a click within 24 hours" define windows, not data held
  const spans = statedQuantities(s).filter((q) => isSpan(q) && !WINDOW_WORDS.has(s.tokens[q.start - 1]?.lower ?? ''));
  if (spans.length === 0) return false;
  // "| click logs | 18 months |" under "| source | history |"
  const header = s.block === 'table-row' ? tableHeaders(doc).get(s.index) : undefined;
  if (header && hasHit(header, 'history-column')) return true;
  const records = hitsIn(s, 'record-noun');
  // "<span> of [a word or two] <records>"; "within 60 days of the snapshot" defines a label window instead
  const recordStarts = startsOf(records);
  // (not a compound: "168 hour-of-week rates")
  const spanOfRecords = spans.some((q) => s.tokens[q.end]?.lower === 'of' && !s.tokens[q.end - 1]?.joinNext && anyIn(recordStarts, q.end + 1, q.end + 3));
  // "we train on eight weeks", "fitted on the last 18 months" (not "trained for 3 days": a duration)
  // a cue's own stance does not matter: "not covered beyond a model trained on 2 years of data" still states the data
  const trainEnds = endsOf(hitsIn(s, 'train-word', STATED));
  const trainedOn = spans.some((q) => {
    let on = q.start - 1;
    while (on > q.start - 4 && RECENT_WORDS.has(s.tokens[on]?.lower ?? '')) on--;
    return ON_WORDS.has(s.tokens[on]?.lower ?? '') && (trainEnds.has(on) || trainEnds.has(on + 1));
  });
  // "subscriber snapshots from the last 2 years": records, then how far back they go
  const recordEnds = endsOf(records);
  const recordsFromSpan = spans.some((q) => {
    let at = q.start - 1;
    while (at > q.start - 4 && RECENT_WORDS.has(s.tokens[at]?.lower ?? '')) at--;
    return FROM_WORDS.has(s.tokens[at]?.lower ?? '') && anyIn(recordEnds, at - 3, at);
  });
  return spanOfRecords || trainedOn || recordsFromSpan || anyWithin(hitsIn(s, 'retention-cue'), spans, 3) || (records.length > 0 && hasHit(s, 'holding-cue'));
}

/** A start date of the records held: "flood outlines for past activations since 2017", "every signed contract since 2016". */
function dataSince(s: Sentence): boolean {
  return hitsIn(s, 'retention-cue').some((h) => h.term === 'since-year') && hasHit(s, ['record-noun', 'data-noun']);
}

/** The window the data covers: "we train on weeks 1 to 8 of logs", "claims reported in 2020-2022". */
function dataWindow(s: Sentence): boolean {
  return hasHit(s, 'time-window') && hasHit(s, ['train-word', 'record-noun', 'holding-cue']);
}

/** The header row of each table row, found once per document. */
const tableHeaders = memo((doc: DocumentModel): Map<number, Sentence> => {
  const out = new Map<number, Sentence>();
  let header: Sentence | undefined;
  for (const s of doc.sentences) {
    if (s.block === 'table-header') header = s;
    else if (s.block === 'table-row' && header && header.section === s.section) out.set(s.index, header);
    else header = undefined;
  }
  return out;
});

/**
 * How much data exists: "180,000 images", "40 billion rows", "10M pairs";
 * records counted as training data ("trained on billions of transactions");
 * not a system's capacity ("handles billions of samples") nor a flow of
 * requests alone (scale).
 */
function dataAmount(s: Sentence): boolean {
  const records = hitsIn(s, 'record-noun');
  const nouns = startsOf(hasHit(s, ['train-word', 'holding-cue'], STATED) ? [...hitsIn(s, 'data-noun'), ...records] : hitsIn(s, 'data-noun'));
  const anyNoun = startsOf([...hitsIn(s, 'data-noun'), ...records]);
  const capacity = endsOf(hitsIn(s, 'capacity-cue'));
  return statedQuantities(s).some((q) => {
    // the noun is the number's unit or right after it; "40 TB of logs": a data size followed by what it holds
    const counted = isAmount(q) ? anyIn(nouns, q.end - 1, q.end + 2) : q.kind === 'data' && sizeOf(s, q, anyNoun);
    // "cost per million images" is a unit of cost, not an amount held
    return counted && !anyIn(capacity, q.start - 3, q.start) && !PER_WORDS.has(s.tokens[q.start - 1]?.lower ?? '');
  });
}

/**
 * A data size followed by what it holds: "40 TB of logs", "2 GB click logs";
 * not a size and a noun of the next clause ("one GPU (12 GB), because
 * uploads are slow").
 */
function sizeOf(s: Sentence, q: Quantity, nouns: ReadonlySet<number>): boolean {
  const next = s.tokens[q.end];
  if (!next || /[,;:()\[\]—–]/.test(next.before)) return false;
  return nouns.has(q.end) || (next.lower === 'of' && anyIn(nouns, q.end + 1, q.end + 2));
}

/** Whether labels exist, come from somewhere, must be collected, or arrive late. */
function labelStatus(s: Sentence): boolean {
  if (hasHit(s, ['label-status', 'label-delay'], STATED)) return true;
  const outcomes = hitsIn(s, ['outcome-noun', 'label-word'], STATED);
  // "the label comes from the loan servicing system", "labels are implicit"
  const outcomeEnds = endsOf(outcomes);
  if (hitsIn(s, 'label-source-cue', STATED).some((c) => anyIn(outcomeEnds, c.start - 3, c.start))) return true;
  // "confirmation takes 7 to 30 days", "labels for a day are complete 14 days later"
  return outcomes.length > 0 && hasHit(s, 'lateness-cue') && statedQuantities(s).some((q) => isSpan(q) && !WINDOW_WORDS.has(s.tokens[q.start - 1]?.lower ?? ''));
}

/**
 * A limit on having or using data: a segment with no history (cold start),
 * consent, privacy. A privacy term counts negated too: "audio never leaves
 * the device for privacy" negates the leaving, and "no personal data is
 * stored" is itself a limit.
 */
function useLimit(s: Sentence): boolean {
  return hasHit(s, 'no-history') || hasHit(s, 'data-use-limit', STATED);
}

/** Pronouns by which a sentence goes on about the labels the one before it named. */
const BACK_REFERENCES = new Set(['them', 'they', 'these', 'those', 'it']);

/**
 * "These are our strongest labels. Only about 4% of the catalogue has them,
 * roughly 3.5 million tracks.": how many labels exist, said of the labels
 * the sentence before named. The count or share must be stated.
 */
function labelCoverage(doc: DocumentModel, s: Sentence): boolean {
  if (!s.tokens.some((t) => BACK_REFERENCES.has(t.lower))) return false;
  const prev = previousInBlock(doc, s);
  if (!prev || !hasHit(prev, 'label-word')) return false;
  return statedQuantities(s).some((q) => isAmount(q) || q.kind === 'percent');
}

/** "How far back do the logs go?" / "Two years.": the answer, read in the question's terms. */
function answersDataQuestion(doc: DocumentModel, s: Sentence): boolean {
  const question = questionAnswered(doc, s);
  // a question about the data ("how much data", "how far back do the logs go", "are there labels"), not about scale
  if (!question || !hasHit(question, ['data-noun', 'retention-cue'], ['question'])) return false;
  return statedQuantities(s).some((q) => isSpan(q) || isAmount(q));
}

export default defineRule(
  {
    id: 'data-availability-stated',
    phase: 'clarify',
    description: 'The document says what data is available: how much or how far back, whether labels exist, or what limits its use.',
    severity: 'warn',
    concepts: [
      'record-noun', 'retention-cue', 'history-column', 'holding-cue', 'time-window', 'train-word', 'data-noun', 'capacity-cue',
      'label-status', 'label-delay', 'outcome-noun', 'label-word', 'label-source-cue', 'lateness-cue', 'no-history', 'data-use-limit',
    ],
    rationale:
      'Data availability is a constraint of the problem, like latency and compute: two years of logs, 5,000 labelled images or no labels at all, labels that arrive 90 days late, a consent rule or a cold-start segment each change what can be trained and how it is evaluated. Naming a source is not the same as knowing what it holds.',
    passes:
      'How much data exists or how far back it goes ("two years of click logs", "about 40k labelled tickets", "3M transactions a month, six months retained"), whether labels exist or must first be collected ("no labelled images yet; we annotate 5,000 to start"), or a limit on having or using it (consent or privacy, labels that arrive weeks late, new users or items with no history). Anywhere in the document.',
    fails: 'Nothing says how much data there is, whether labels exist, or what limits its use: a source named alone ("we use the click logs"), "lots of data", or amounts only asked as questions.',
    messages: { fail: 'No data availability stated: say how much data exists or how far back it goes, whether labels exist, or what limits its use.' },
    fixExample: 'We have two years of click logs (about 3M sessions a day); purchases are labelled within a day, returns only after 30 days.',
    examples: [
      { title: 'a span of logs', status: 'pass', markdown: '# Feed\n\nWe train on two years of click logs.\n' },
      { title: 'labels must be collected', status: 'pass', markdown: '# Moderation\n\nThere are no labelled images yet; we annotate 5,000 to start.\n' },
      { title: 'a cold-start segment', status: 'pass', markdown: '# Recs\n\nNew users have no history, so they get popular items until their first purchase.\n' },
      { title: 'a source named alone', status: 'fail', markdown: '# Feed\n\nWe use the click logs.\n' },
      { title: '"lots of data"', status: 'fail', markdown: '# Feed\n\nWe have lots of data from the app.\n' },
      { title: 'only asked', status: 'fail', markdown: '# Feed\n\n- How many months of logs do we keep?\n' },
    ],
  },
  ({ doc }) => passIfAny(doc.sentences.filter((s) => s.evidence && !isOpenItem(s.text) && (historySpan(doc, s) || dataSince(s) || dataWindow(s) || dataAmount(s) || labelStatus(s) || labelCoverage(doc, s) || useLimit(s) || answersDataQuestion(doc, s)))),
);
