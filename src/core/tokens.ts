/**
 * Word tokens of one sentence, normalised so that spelling variants meet:
 * case, British / American spelling, inflection (plural, -ing, -ed), curly
 * apostrophes. Lexicon terms go through the very same normaliser, so a term
 * and a text match exactly when their normalised token sequences do.
 *
 * Tokenising is one linear scan with a single regular expression that has
 * no nested quantifiers (no catastrophic backtracking).
 */

export interface Token {
  /** Normalised form used for matching. Numbers keep their digits. */
  norm: string;
  /** Lower-cased surface form. */
  lower: string;
  /** Surface text as written. */
  raw: string;
  /** Character offsets in the sentence text (end exclusive). */
  start: number;
  end: number;
  /** True when the token starts with a digit ("100", "100ms", "1.5B"). */
  isNumber: boolean;
  /** Numeric value for number tokens ("2,500" -> 2500), else NaN. */
  value: number;
  /** Letters glued to a number ("ms" in "100ms", "k" in "10k"), lower-cased. */
  suffix: string;
  /** Non-space characters between the previous token and this one (",", "(", "/"). */
  before: string;
  /** Joined to the next token by "-" or "/" with no space ("A/B", "two-tower"). */
  joinNext: boolean;
}

// Numbers (with optional glued unit suffix) or words (letters then letters /
// digits, with an optional apostrophe part: "don't", "model's").
const TOKEN = /(\d+(?:[.,]\d+)*)([a-zA-Zµμ]*)|([\p{L}][\p{L}\p{N}]*(?:['’][\p{L}]+)?)/gu;

/** A lower-case letter followed by an upper-case one inside a word: "LogisticRegression". */
const CAMEL = /\p{Ll}\p{Lu}/u;
const CAMEL_SPLIT = /(?<=\p{Ll})(?=\p{Lu})/u;

const BRITISH: ReadonlyArray<[RegExp, string]> = [
  [/isations?$/, 'ization'],
  [/ised$/, 'ized'],
  [/ising$/, 'izing'],
  [/ises$/, 'izes'],
  [/ise$/, 'ize'],
  [/yse$/, 'yze'],
  [/ysed$/, 'yzed'],
  [/ysing$/, 'yzing'],
  [/([aeiou])ll(ed|ing|er)$/, '$1l$2'],
  [/(vi|ne|co|la|fa|ho|ba)our(s|ed|ing|ite|ites)?$/, '$1or$2'],
  [/ogue$/, 'og'],
  [/tre$/, 'ter'],
];


/**
 * Strip inflection only: plural -s / -es / -ies, -ing, -ed, a final -e and a
 * doubled final consonant, so "labels", "labelled", "labeling" -> "label",
 * "encode", "encoded", "encoding" -> "encod". Derivations are kept apart on
 * purpose: a Porter stem would make "position" match "positive" and
 * "transform" match "transformer", which are different things here.
 */
export function inflectionStem(w: string): string {
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
  let out = w;
  if (/(sses|xes|ches|shes|zzes)$/.test(out)) out = out.slice(0, -2);
  else if (out.endsWith('ies') && out.length > 4) out = `${out.slice(0, -3)}y`;
  else if (out.endsWith('s') && !/(ss|us|is|as)$/.test(out)) out = out.slice(0, -1);
  let stripped = false;
  if (out.endsWith('ing') && out.length - 3 >= 3) {
    out = out.slice(0, -3);
    stripped = true;
  } else if (out.endsWith('ed') && !out.endsWith('eed') && out.length - 2 >= 3) {
    out = out.slice(0, -2);
    stripped = true;
  }
  if (stripped && /([bdglmnprt])\1$/.test(out)) {
    out = out.slice(0, -1);
  } else if (stripped && out.length === 3 && /^[^aeiou][aeiou][^aeiouwxy]$/.test(out)) {
    // "rated", "tuned", "coding": a short stem lost its final e
    out += 'e';
  }
  // a final e goes only from longer words ("encode" = "encod"), so that short
  // words keep apart ("were" is not the metric "WER")
  if (out.endsWith('e') && out.length >= 5 && !out.endsWith('ee')) out = out.slice(0, -1);
  return out;
}

const normCache = new Map<string, string>();

/** Normalise one word: lower case, American spelling, inflection stripped. */
export function normalizeWord(word: string): string {
  const cached = normCache.get(word);
  if (cached !== undefined) return cached;
  let w = word.toLowerCase().replace(/’/g, "'");
  if (/^[a-z]+$/.test(w) && w.length > 4) {
    for (const [pattern, replacement] of BRITISH) {
      if (pattern.test(w)) {
        w = w.replace(pattern, replacement);
        break;
      }
    }
  }
  // Possessive "model's" -> "model"; contractions ("don't") stay whole.
  if (w.endsWith("'s")) w = w.slice(0, -2);
  const out = inflectionStem(w);
  if (normCache.size > 50_000) normCache.clear();
  normCache.set(word, out);
  return out;
}

function parseNumber(digits: string): number {
  // "2,500" and "1,200,000" are thousands; "0,5" (decimal comma) is rare in
  // English design docs and is read as 0.5 only when it cannot be thousands.
  if (/^\d{1,3}(,\d{3})+$/.test(digits)) return Number(digits.replace(/,/g, ''));
  return Number(digits.replace(',', '.'));
}

/** Is text[from, to) all white space (as \s reads it)? Most gaps between tokens are one space: no slice for them. */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !/\s/.test(text[i]!)) return false;
  }
  return true;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const before = start === last || blank(text, last, start) ? '' : text.slice(last, start).replace(/\s+/g, '');
    if (tokens.length > 0 && (before === '-' || before === '/') && last === start - 1) {
      tokens[tokens.length - 1]!.joinNext = true;
    }
    if (m[1] !== undefined) {
      const suffix = (m[2] ?? '').toLowerCase();
      tokens.push({
        norm: m[1] + suffix,
        lower: raw.toLowerCase(),
        raw,
        start,
        end: start + raw.length,
        isNumber: true,
        value: parseNumber(m[1]),
        suffix,
        before,
        joinNext: false,
      });
    } else if (CAMEL.test(raw)) {
      // "LogisticRegression", "LightGBM", "DeepFM": the words, joined so the
      // whole still matches as a compound
      let at = start;
      const parts = raw.split(CAMEL_SPLIT);
      parts.forEach((part, k) => {
        tokens.push({
          norm: normalizeWord(part),
          lower: part.toLowerCase(),
          raw: part,
          start: at,
          end: at + part.length,
          isNumber: false,
          value: Number.NaN,
          suffix: '',
          before: k === 0 ? before : '',
          joinNext: k < parts.length - 1,
        });
        at += part.length;
      });
    } else {
      tokens.push({
        norm: normalizeWord(raw),
        lower: raw.toLowerCase().replace(/’/g, "'"),
        raw,
        start,
        end: start + raw.length,
        isNumber: false,
        value: Number.NaN,
        suffix: '',
        before,
        joinNext: false,
      });
    }
    last = start + raw.length;
  }
  return tokens;
}

/** Normalised token sequence of a lexicon term (same rules as text). */
export function termTokens(term: string): Token[] {
  return tokenize(term);
}
