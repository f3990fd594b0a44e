/**
 * Numbers with units, read from a sentence's tokens in one linear pass:
 * "100ms", "0.1 s", "sub-200 ms", "10k QPS", "1.5B", "2,500 requests per
 * second", "40 TB", number words ("tens of milliseconds", "billions of
 * images", "two weeks").
 */
import type { Token } from './tokens.js';

export type QuantityKind = 'time' | 'rate' | 'data' | 'percent' | 'money' | 'count';

export interface Quantity {
  kind: QuantityKind;
  /** Best numeric reading, multiplier applied; NaN for vague number words. */
  value: number;
  /** Unit as written, lower case ("ms", "qps", "users"). */
  unit: string;
  /** Time unit in seconds, for kind "time". */
  seconds?: number;
  /** Token span [start, end) covering number and unit. */
  start: number;
  end: number;
  /**
   * How the sentence states it, read by the document model like a lexicon
   * hit ("we do not need an answer within 100 ms" is negated); absent on
   * quantities parsed outside a document.
   */
  stance?: import('./reading.js').Stance;
}

const TIME_UNITS: Record<string, number> = {
  ns: 1e-9, nanosecond: 1e-9, nanoseconds: 1e-9,
  us: 1e-6, 'µs': 1e-6, 'μs': 1e-6, microsecond: 1e-6, microseconds: 1e-6,
  ms: 1e-3, msec: 1e-3, msecs: 1e-3, millisecond: 1e-3, milliseconds: 1e-3, millis: 1e-3,
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
  m: 60, min: 60, mins: 60, minute: 60, minutes: 60,
  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600,
  d: 86400, day: 86400, days: 86400,
  wk: 604800, week: 604800, weeks: 604800,
  mo: 2.6e6, mos: 2.6e6, month: 2.6e6, months: 2.6e6,
  y: 3.15e7, yr: 3.15e7, yrs: 3.15e7, year: 3.15e7, years: 3.15e7,
};

const DATA_UNITS = new Set([
  'b', 'kb', 'mb', 'gb', 'tb', 'pb', 'eb', 'kib', 'mib', 'gib', 'tib', 'pib',
  'byte', 'bytes', 'kilobytes', 'megabytes', 'gigabytes', 'terabytes', 'petabytes',
]);

const RATE_UNITS = new Set(['qps', 'rps', 'tps', 'qpm', 'rpm', 'eps']);

const MULTIPLIERS: Record<string, number> = {
  k: 1e3, thousand: 1e3, thousands: 1e3,
  m: 1e6, mm: 1e6, mn: 1e6, mil: 1e6, million: 1e6, millions: 1e6,
  b: 1e9, bn: 1e9, billion: 1e9, billions: 1e9,
  t: 1e12, trillion: 1e12, trillions: 1e12,
};

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, hundred: 100, dozen: 12, a: 1, an: 1,
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

/** Vague magnitudes that still count as numbers ("tens of milliseconds"). */
const MAGNITUDE_WORDS: Record<string, number> = {
  dozens: 24, tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
};

/** "half a second", "a fifth of a second", "a tenth of a second". */
const FRACTIONS: Record<string, number> = { half: 0.5, third: 1 / 3, quarter: 0.25, fifth: 0.2, tenth: 0.1, hundredth: 0.01 };

const PER = new Set(['per', 'a', 'an', 'each', 'every']);
const PERIOD_WORDS = new Set(['second', 'sec', 's', 'minute', 'min', 'hour', 'hr', 'h', 'day', 'd', 'week', 'month', 'year']);

const CURRENCY_WORDS = new Set(['usd', 'eur', 'gbp', 'dollar', 'dollars', 'euro', 'euros', 'pounds', 'cents']);
const CURRENCY_SIGNS = /[$€£¥]\s*$/;
/** ISO codes written before an amount ("EUR 4,000"). */
const CURRENCY_CODES = new Set(['usd', 'eur', 'gbp', 'chf', 'jpy', 'cny', 'inr', 'cad', 'aud', 'sek', 'nok', 'dkk', 'pln', 'brl', 'sgd', 'hkd']);

function periodOf(tokens: readonly Token[], i: number): number {
  // "/s", "per second", "a day", "each minute"
  const t = tokens[i];
  if (!t) return -1;
  if (t.before.endsWith('/') && PERIOD_WORDS.has(t.lower)) return i + 1;
  if (PER.has(t.lower) && tokens[i + 1] && PERIOD_WORDS.has(singular(tokens[i + 1]!.lower))) return i + 2;
  return -1;
}

/** "02:00", "5:30pm": a number, then a two-digit number right after a colon. */
function isClockTime(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return t.suffix === '' && t.raw.length <= 2 && next !== undefined && next.isNumber && next.before === ':' && next.start === t.end + 1 && /^\d\d/.test(next.raw);
}

function singular(w: string): string {
  return w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w;
}

/**
 * Read the quantities of a sentence. `text` is the sentence the tokens come
 * from (used only to see a currency sign before a number).
 */
export function parseQuantities(tokens: readonly Token[], text = ''): Quantity[] {
  const out: Quantity[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const t = tokens[i]!;
    let value = Number.NaN;
    let next = i + 1;
    let unitFromSuffix = '';
    if (t.isNumber) {
      // a clock time ("at 02:00", "by 5:30"): a moment, not an amount
      if (isClockTime(tokens, i)) {
        i += 2;
        continue;
      }
      if (/^(st|nd|rd|th|x|e|p)$/.test(t.suffix)) {
        // ordinals ("99th"), factors ("2x"), exponents ("1e-3"), "1080p"
        i++;
        continue;
      }
      value = t.value;
      const suffix = t.suffix;
      if (suffix && MULTIPLIERS[suffix] !== undefined) value *= MULTIPLIERS[suffix]!;
      else if (suffix) unitFromSuffix = suffix;
      // "2.5 million", "40 billion"
      const mult = tokens[next] && !unitFromSuffix ? MULTIPLIERS[tokens[next]!.lower] : undefined;
      if (mult !== undefined && tokens[next]!.lower.length > 1) {
        value *= mult;
        next++;
      }
    } else if (MAGNITUDE_WORDS[t.lower] !== undefined && tokens[i + 1]?.lower === 'of') {
      // "tens of milliseconds", "billions of images"
      value = MAGNITUDE_WORDS[t.lower]!;
      next = i + 2;
      if (tokens[next] && MAGNITUDE_WORDS[tokens[next]!.lower] !== undefined && tokens[next + 1]?.lower === 'of') {
        value *= MAGNITUDE_WORDS[tokens[next]!.lower]!;
        next += 2;
      }
    } else if (FRACTIONS[t.lower] !== undefined) {
      // "half a second", "a fifth of a second"
      let k = i + 1;
      if (tokens[k]?.lower === 'of') k++;
      if (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an') k++;
      const unit = tokens[k]?.lower ?? '';
      if (TIME_UNITS[unit] === undefined || unit.length < 3) {
        i++;
        continue;
      }
      out.push({ kind: 'time', value: FRACTIONS[t.lower]!, unit, seconds: TIME_UNITS[unit], start: i, end: k + 1 });
      i = k + 1;
      continue;
    } else if ((t.lower === 'a' || t.lower === 'an' || t.lower === 'one') && tokens[i + 1] && /^(second|millisecond|minute|microsecond)$/.test(tokens[i + 1]!.lower)) {
      // "within a second": one unit
      out.push({ kind: 'time', value: 1, unit: tokens[i + 1]!.lower, seconds: TIME_UNITS[tokens[i + 1]!.lower], start: i, end: i + 2 });
      i += 2;
      continue;
    } else if (t.lower === 'sub' && t.joinNext && tokens[i + 1] && /^(second|millisecond)$/.test(tokens[i + 1]!.lower)) {
      // "sub-second": under one second
      out.push({ kind: 'time', value: 1, unit: tokens[i + 1]!.lower, seconds: TIME_UNITS[tokens[i + 1]!.lower], start: i, end: i + 2 });
      i += 2;
      continue;
    } else if (NUMBER_WORDS[t.lower] !== undefined && t.lower !== 'a' && t.lower !== 'an') {
      value = NUMBER_WORDS[t.lower]!;
      // "a few hundred", "two hundred", "one million"
      while (tokens[next] && NUMBER_WORDS[tokens[next]!.lower] !== undefined && NUMBER_WORDS[tokens[next]!.lower]! >= 100) {
        value *= NUMBER_WORDS[tokens[next]!.lower]!;
        next++;
      }
    } else if ((t.lower === 'few' || t.lower === 'several') && tokens[i + 1] && NUMBER_WORDS[tokens[i + 1]!.lower]! >= 100) {
      value = 3 * NUMBER_WORDS[tokens[i + 1]!.lower]!;
      next = i + 2;
      if (tokens[next] && MULTIPLIERS[tokens[next]!.lower] !== undefined) {
        value *= MULTIPLIERS[tokens[next]!.lower]!;
        next++;
      }
    } else {
      i++;
      continue;
    }

    const q = readUnit(tokens, i, next, value, unitFromSuffix, text);
    if (q) {
      out.push(q);
      i = q.end;
    } else {
      i = next;
    }
  }
  return out;
}

function readUnit(
  tokens: readonly Token[],
  start: number,
  next: number,
  value: number,
  suffix: string,
  text: string,
): Quantity | null {
  const first = tokens[start]!;
  if (suffix) {
    if (TIME_UNITS[suffix] !== undefined) return { kind: 'time', value, unit: suffix, seconds: TIME_UNITS[suffix], start, end: next };
    if (DATA_UNITS.has(suffix)) return { kind: 'data', value, unit: suffix, start, end: next };
    if (RATE_UNITS.has(suffix)) return { kind: 'rate', value, unit: suffix, start, end: next };
  }
  const u = tokens[next];
  // "%" is punctuation, seen as the next token's "before" or the text after.
  if (first.isNumber && text && text.slice(tokens[next - 1]!.end, tokens[next - 1]!.end + 1) === '%') {
    return { kind: 'percent', value, unit: '%', start, end: next };
  }
  if (first.isNumber && text && CURRENCY_SIGNS.test(text.slice(Math.max(0, first.start - 2), first.start))) {
    return { kind: 'money', value, unit: '$', start, end: next };
  }
  // "EUR 4,000 a month", "USD 2k": the currency code before the amount
  const code = tokens[start - 1]?.lower;
  if (first.isNumber && code !== undefined && CURRENCY_CODES.has(code)) return { kind: 'money', value, unit: code, start: start - 1, end: next };
  // "| MAU | 80M |": a bare magnitude at the end is still a count
  if (!u) return first.isNumber && (/^(k|m|mm|mn|b|bn|t)$/.test(first.suffix) || next > start + 1) ? { kind: 'count', value, unit: '', start, end: next } : null;
  const w = u.lower;
  // A lone "m" or "d" after a number is too ambiguous to be a time unit;
  // "0.1 s" and "24 h" are clear when nothing stands between.
  // "2y" and "6mo" are clear as suffixes only ("Data: 2y of logs").
  const ambiguous = w === 'm' || w === 'd' || w === 'y' || w === 'mo' || ((w === 's' || w === 'h') && u.before !== '');
  if (TIME_UNITS[w] !== undefined && !ambiguous) {
    return { kind: 'time', value, unit: w, seconds: TIME_UNITS[w], start, end: next + 1 };
  }
  if (DATA_UNITS.has(w) && w !== 'b') return { kind: 'data', value, unit: w, start, end: next + 1 };
  if (RATE_UNITS.has(w)) return { kind: 'rate', value, unit: w, start, end: next + 1 };
  if (CURRENCY_WORDS.has(w)) return { kind: 'money', value, unit: w, start, end: next + 1 };
  if (w === 'percent' || w === 'per' && tokens[next + 1]?.lower === 'cent') {
    return { kind: 'percent', value, unit: '%', start, end: next + 1 };
  }
  // "2,500 requests per second", "10k req/s", "3M events a day"
  for (let k = next; k < Math.min(next + 3, tokens.length); k++) {
    const end = periodOf(tokens, k);
    if (end > 0) return { kind: 'rate', value, unit: tokens.slice(next, end).map((x) => x.lower).join(' '), start, end };
    if (tokens[k]!.isNumber) break;
  }
  // "120M daily active users", "50 million images": a count of something.
  if (!u.isNumber && /^[\p{L}]/u.test(w)) {
    return { kind: 'count', value, unit: w, start, end: next + 1 };
  }
  return null;
}
