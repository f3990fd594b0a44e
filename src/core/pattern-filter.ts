/**
 * A prefilter for the lexicon patterns (lexicon.ts): which patterns can
 * match a sentence at all, found in one pass over its characters instead
 * of one regular-expression scan per pattern (112 shipped patterns, most
 * of which match nothing in a given sentence).
 *
 * For each pattern, `requiredLiterals` reads its source and derives a set
 * of strings at least one of which every match contains (lower-cased):
 * `\blabels?\s*:` needs "label", `\b(?:days?|weeks?) \d` needs "day " or
 * "week ". A pattern is then run on a sentence only when the sentence
 * holds one of its strings; one Aho-Corasick automaton over all the
 * strings finds them. Sound by construction: a pattern the reader does not
 * fully understand gets no requirement and always runs, so the hits are
 * exactly those of running every pattern (test/pattern-filter.test.ts
 * checks that on the corpus and on random text).
 *
 * Case: patterns run with the i flag. Text is folded the way /iu folds it
 * onto the strings: ASCII letters to lower case, and the only two
 * non-ASCII characters that fold to ASCII under /iu, U+017F ("s") and
 * U+212A ("k"). A non-ASCII literal counts only when it is caseless
 * punctuation or a symbol ("–", "→"); any other is read as "any character".
 */

/** What a piece of a pattern can match: its finite set of strings (null: too many), and strings one of which it always contains (null: none known). */
interface Info {
  exact: string[] | null;
  req: string[] | null;
}

/** Required strings are cut to this many characters (see requiredLiterals). */
const MAX_LITERAL = 8;
/** Largest finite set of strings kept for a piece (cross products grow fast). */
const MAX_SET = 64;
const ANY: Info = { exact: null, req: null };
const EMPTY: Info = { exact: [''], req: null };

class Unsupported extends Error {}

/** ASCII letters, digits and the space: literal characters with no meaning in a pattern. */
const PLAIN = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ') PLAIN[c.charCodeAt(0)] = 1;
/** Characters that may open a quantifier. */
const REPEAT = new Uint8Array(128);
for (const c of '*+?{') REPEAT[c.charCodeAt(0)] = 1;
/** A quantifier where the reader stands (sticky: no copy of the rest of the source). */
const QUANTIFIER = /(?:[*+?]|\{(\d+)(,(\d*))?\})/y;

function product(a: readonly string[], b: readonly string[]): string[] | null {
  // the common case, a run of literal characters: no set
  if (a.length === 1 && b.length === 1) return [a[0]! + b[0]!];
  if (a.length * b.length > MAX_SET) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

function union(sets: ReadonlyArray<readonly string[] | null>, cap: number): string[] | null {
  const out = new Set<string>();
  for (const s of sets) {
    if (s === null) return null;
    for (const x of s) out.add(x);
    if (out.size > cap) return null;
  }
  return [...out];
}

function shortest(strings: readonly string[]): number {
  let min = Infinity;
  for (const s of strings) if (s.length < min) min = s.length;
  return min;
}

/** The better requirement: its shortest string longer, then fewer strings. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  const usable = (r: string[] | null): r is string[] => r !== null && r.length > 0 && r.every((s) => s.length > 0);
  if (!usable(b)) return usable(a) ? a : null;
  if (!usable(a)) return b;
  const ma = shortest(a);
  const mb = shortest(b);
  if (ma !== mb) return ma > mb ? a : b;
  return a.length <= b.length ? a : b;
}

/** A literal character as the i flag compares it, or null when it is to be read as any character. */
function literal(c: string): string | null {
  const code = c.charCodeAt(0);
  if (code < 0x80) return c.toLowerCase();
  // caseless punctuation and symbols only ("–", "→", "’"): nothing else folds onto them
  return code < 0xd800 && /^[\p{P}\p{S}]$/u.test(c) && c.toLowerCase() === c && c.toUpperCase() === c ? c : null;
}

class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  read(): Info {
    const info = this.alternation();
    if (this.i < this.src.length) throw new Unsupported('unbalanced )');
    return info;
  }

  private alternation(): Info {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    if (alts.length === 1) return alts[0]!;
    return { exact: union(alts.map((a) => a.exact), MAX_SET), req: union(alts.map((a) => a.req), 4 * MAX_SET) };
  }

  private sequence(): Info {
    const items: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const run = this.plainRun();
      items.push(run === '' ? this.quantified(this.atom()) : { exact: [run], req: [run] });
    }
    if (items.length === 0) return EMPTY;
    let exact: string[] | null = [''];
    let req: string[] | null = null;
    // runs of pieces with finite sets: their concatenations are required strings
    let run: string[] | null = null;
    for (const item of items) {
      exact = exact && item.exact ? product(exact, item.exact) : null;
      req = better(req, item.req);
      if (item.exact === null) {
        run = null;
        continue;
      }
      run = run ? product(run, item.exact) : item.exact;
      // too many strings: start a new run here
      run ??= item.exact;
      req = better(req, run);
    }
    return { exact, req };
  }

  /**
   * Letters, digits and spaces in a row, none of them repeated: one piece
   * (the same requirement as one piece per character, read in a fraction of
   * the time: this runs at every start-up).
   */
  private plainRun(): string {
    const src = this.src;
    const from = this.i;
    let i = from;
    while (i < src.length && PLAIN[src.charCodeAt(i)] === 1 && !REPEAT[src.charCodeAt(i + 1)]) i++;
    this.i = i;
    return i === from ? '' : src.slice(from, i).toLowerCase();
  }

  private quantified(atom: Info): Info {
    if (!REPEAT[this.src.charCodeAt(this.i)]) return atom;
    QUANTIFIER.lastIndex = this.i;
    const q = QUANTIFIER.exec(this.src);
    if (!q) return atom;
    this.i += q[0].length;
    if (this.src[this.i] === '?') this.i++;
    const c = q[0][0];
    const min = c === '*' || c === '?' ? 0 : c === '+' ? 1 : Number(q[1]);
    const max = c === '?' ? 1 : c === '{' ? (q[2] === undefined ? min : q[3] === '' ? Infinity : Number(q[3])) : Infinity;
    if (min === 0) return { exact: max === 1 && atom.exact ? union([[''], atom.exact], MAX_SET) : null, req: null };
    let exact: string[] | null = null;
    if (atom.exact && min === max && min <= 4) {
      exact = [''];
      for (let k = 0; k < min && exact; k++) exact = product(exact, atom.exact);
    }
    return { exact, req: atom.req };
  }

  private atom(): Info {
    const src = this.src;
    const c = src[this.i]!;
    if (c === '(') {
      this.i++;
      if (src[this.i] === '?') {
        if (src.startsWith('?:', this.i)) this.i += 2;
        else if (/^\?<[A-Za-z_$][\w$]*>/.test(src.slice(this.i))) this.i = src.indexOf('>', this.i) + 1;
        else throw new Unsupported('lookaround');
      }
      const inner = this.alternation();
      if (src[this.i] !== ')') throw new Unsupported('unclosed group');
      this.i++;
      return inner;
    }
    if (c === '[') {
      for (this.i++; this.i < src.length && src[this.i] !== ']'; this.i++) if (src[this.i] === '\\') this.i++;
      if (src[this.i] !== ']') throw new Unsupported('unclosed class');
      this.i++;
      return ANY;
    }
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    QUANTIFIER.lastIndex = this.i - 1;
    if ((c === '*' || c === '+' || c === '?' || c === '{') && QUANTIFIER.test(src)) throw new Unsupported('nothing to repeat');
    const lit = literal(c);
    return lit === null ? ANY : { exact: [lit], req: [lit] };
  }

  private escape(): Info {
    const c = this.src[this.i + 1];
    this.i += 2;
    if (c === undefined) throw new Unsupported('trailing backslash');
    if (c === 'b' || c === 'B') return EMPTY;
    if ('dDwWsS'.includes(c)) return ANY;
    if (c === 'p' || c === 'P') {
      const close = this.src.indexOf('}', this.i);
      if (this.src[this.i] !== '{' || close < 0) throw new Unsupported('property escape');
      this.i = close + 1;
      return ANY;
    }
    // only escapes that stand for their own character are literals; \u, \x, \c, \0, \n, back-references: not read
    if (!'^$\\.*+?()[]{}|/-,:;=!<>\'"#%&@`~ '.includes(c)) throw new Unsupported(`escape \\${c}`);
    const lit = literal(c);
    return lit === null ? ANY : { exact: [lit], req: [lit] };
  }
}

/** Lower-cased strings at least one of which every match of the pattern contains; null when none is known (the pattern always runs). */
export function requiredLiterals(source: string): string[] | null {
  try {
    const req = new Reader(source).read().req;
    if (!req || req.length === 0 || !req.every((s) => s.length > 0)) return null;
    // a prefix of a required string is required too: cut, the automaton is less than half the size
    // (2,469 states instead of 5,701 for the shipped patterns) and nearly as selective (7.0% of
    // the corpus's (pattern, sentence) pairs run instead of 6.8%)
    return [...new Set(req.map((s) => s.slice(0, MAX_LITERAL)))];
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/**
 * Which of a list of patterns may match a text: one Aho-Corasick pass over
 * the text's characters, folded as the i flag folds them.
 */
export class PatternFilter {
  /** Patterns with no required string: run on every text. */
  private readonly always: Uint8Array;
  /** Character class of each ASCII code (0: in no required string); non-ASCII codes in `wide`. */
  private readonly ascii = new Uint16Array(128);
  private readonly wide = new Map<number, number>();
  private readonly classes: number;
  /** The automaton: next state of (state, class), and the patterns whose strings end at each state. */
  private readonly delta: Int32Array;
  private readonly out: Array<readonly number[]>;
  private readonly marks: Uint32Array;
  private stamp = 0;

  constructor(readonly count: number, required: ReadonlyArray<readonly string[] | null>) {
    this.always = new Uint8Array(count);
    this.marks = new Uint32Array(count);
    // flat arrays only: this runs at every start-up, mostly before the JIT has warmed up
    let classes = 1;
    let total = 0;
    required.forEach((strings, p) => {
      if (strings === null) {
        this.always[p] = 1;
        return;
      }
      for (const str of strings) {
        total += str.length;
        for (let i = 0; i < str.length; i++) {
          const code = str.charCodeAt(i);
          if (code < 128) this.ascii[code] ||= classes++;
          else if (!this.wide.has(code)) this.wide.set(code, classes++);
        }
      }
    });
    const C = classes;
    const classOf = (code: number): number => (code < 128 ? this.ascii[code]! : this.wide.get(code)!);
    // the trie of all required strings, in the transition table itself (-1: no edge yet)
    const delta = new Int32Array((total + 1) * C).fill(-1);
    const ends: Array<number[] | undefined> = [];
    let n = 1;
    required.forEach((strings, p) => {
      for (const str of strings ?? []) {
        let state = 0;
        for (let i = 0; i < str.length; i++) {
          const at = state * C + classOf(str.charCodeAt(i));
          if (delta[at]! < 0) delta[at] = n++;
          state = delta[at]!;
        }
        (ends[state] ??= []).push(p);
      }
    });
    // fold onto the classes: upper-case ASCII, and the two characters /iu folds to ASCII letters
    for (let code = 65; code <= 90; code++) if (this.ascii[code + 32]) this.ascii[code] = this.ascii[code + 32]!;
    if (this.ascii[115]) this.wide.set(0x17f, this.ascii[115]!);
    if (this.ascii[107]) this.wide.set(0x212a, this.ascii[107]!);
    this.classes = C;
    // breadth first: each missing edge becomes the failure state's (a shallower row, complete already)
    const fail = new Int32Array(n);
    const out: Array<readonly number[]> = new Array(n);
    out[0] = ends[0] ?? [];
    const queue = new Int32Array(n);
    let tail = 0;
    for (let k = 0; k < C; k++) {
      if (delta[k]! < 0) delta[k] = 0;
      else queue[tail++] = delta[k]!;
    }
    for (let head = 0; head < tail; head++) {
      const state = queue[head]!;
      const f = fail[state]!;
      // the patterns found here: its own strings' and those of its failure state (a repeat is harmless)
      const own = ends[state];
      out[state] = own ? own.concat(out[f]!) : out[f]!;
      for (let k = 0; k < C; k++) {
        const at = state * C + k;
        const next = delta[at]!;
        if (next < 0) delta[at] = delta[f * C + k]!;
        else {
          fail[next] = delta[f * C + k]!;
          queue[tail++] = next;
        }
      }
    }
    const table = delta.subarray(0, n * C);
    this.delta = table;
    this.out = out;
  }

  /** Mark the patterns whose required strings occur in the text; then `may(p)` answers for each. */
  scan(text: string): void {
    if (++this.stamp === 0xffffffff) {
      this.marks.fill(0);
      this.stamp = 1;
    }
    const { ascii, wide, classes, delta, out, marks, stamp } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const k = code < 128 ? ascii[code]! : (wide.get(code) ?? 0);
      state = delta[state * classes + k]!;
      const found = out[state]!;
      for (let j = 0; j < found.length; j++) marks[found[j]!] = stamp;
    }
  }

  /** After scan(text): may pattern p match the text? */
  may(p: number): boolean {
    return this.always[p] === 1 || this.marks[p] === this.stamp;
  }
}
