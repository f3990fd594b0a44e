/**
 * Sentence boundaries in one pass over the characters: the boundaries
 * sentence-splitter 5 (the package this replaces) finds in plain text, with
 * none of its cost. That package walks the text one character at a time
 * through parser objects, tests every position against every abbreviation
 * and every earlier abbreviation's range, and builds a node tree of the
 * whole paragraph: about a quarter of a lint's time (issue 13). The rules
 * were tuned on its boundaries, so they are kept exactly (test/sentence-split
 * checks the two agree on the corpus and on random text):
 *
 * - A sentence ends after a run of "?", "!" (and the full-width forms, "。")
 *   or a "." followed by white space or the end of the text.
 * - Not inside a pair: double quotes, (), [], {} and the CJK brackets. A
 *   pair of one kind does not nest; one left open holds to the end of the
 *   text (that is the package's behaviour, kept on purpose).
 * - Not inside a word the abbreviation list protects: "e.g.", "etc." before
 *   a lower-case word, "Dr." and numbers such as "9." always, "U.S.A.",
 *   and "A." between two capitalised words. sentences.ts repairs the one
 *   that costs most in design prose ("week 9. A random split").
 * - A sentence starts at its first character that is neither white space
 *   nor sentence-end punctuation, and runs to the end of its punctuation
 *   (the last one to the end of the text, trailing white space included).
 *
 * Linear: every character is looked at a bounded number of times (a word
 * at most four: itself, as the next word of the one before, as the
 * previous word of the one after, and by the pair test), and no list grows.
 */

export interface SentenceRange {
  start: number;
  end: number;
}

const SEPARATORS = new Set(['.', '．', '。', '?', '!', '？', '！']);

interface Pair {
  /** A bit of its own. */
  bit: number;
  open: string;
  close: string;
}

/** Pair marks by their opening and their closing character ('"' is both). */
const PAIRS = new Map<string, Pair>();
['""', '[]', '()', '{}', '「」', '（）', '『』', '｛｝', '［］', '〚〛', '【】', '《》'].forEach((chars, kind) => {
  const pair = { bit: 1 << kind, open: chars[0]!, close: chars[1]! };
  PAIRS.set(pair.open, pair);
  PAIRS.set(pair.close, pair);
});

const lower = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));

/** sentence-splitter's English lists, compared case-insensitively. */
const ABBREVIATIONS = lower([
  'Adj.', 'Adm.', 'Adv.', 'Al.', 'Ala.', 'Alta.', 'Apr.', 'Arc.', 'Ariz.', 'Ark.', 'Art.', 'Assn.', 'Asst.', 'Attys.', 'Aug.', 'Ave.',
  'Bart.', 'Bld.', 'Bldg.', 'Blvd.', 'Brig.', 'Bros.', 'Btw.', 'Cal.', 'Calif.', 'Capt.', 'Cl.', 'Cmdr.', 'Co.', 'Col.', 'Colo.',
  'Comdr.', 'Con.', 'Conn.', 'Corp.', 'Cpl.', 'Cres.', 'Ct.', 'D.phil.', 'Dak.', 'Dec.', 'Del.', 'Dept.', 'Det.', 'Dist.', 'Dr.',
  'Dr.phil.', 'Dr.philos.', 'Drs.', 'E.g.', 'Ens.', 'Esp.', 'Esq.', 'Etc.', 'Exp.', 'Expy.', 'Ext.', 'Feb.', 'Fed.', 'Fla.', 'Ft.',
  'Fwy.', 'Fy.', 'Ga.', 'Gen.', 'Gov.', 'Hon.', 'Hosp.', 'Hr.', 'Hway.', 'Hwy.', 'I.e.', 'Ia.', 'Id.', 'Ida.', 'Ill.', 'Inc.', 'Ind.',
  'Ing.', 'Insp.', 'Is.', 'Jan.', 'Jr.', 'Jul.', 'Jun.', 'Kan.', 'Kans.', 'Ken.', 'Ky.', 'La.', 'Lt.', 'Ltd.', 'Maj.', 'Man.', 'Mar.',
  'Mass.', 'May.', 'Md.', 'Me.', 'Med.', 'Messrs.', 'Mex.', 'Mfg.', 'Mich.', 'Min.', 'Minn.', 'Miss.', 'Mlle.', 'Mm.', 'Mme.', 'Mo.',
  'Mont.', 'Mr.', 'Mrs.', 'Ms.', 'Msgr.', 'Mssrs.', 'Mt.', 'Mtn.', 'Neb.', 'Nebr.', 'Nev.', 'No.', 'Nos.', 'Nov.', 'Nr.', 'Oct.', 'Ok.',
  'Okla.', 'Ont.', 'Op.', 'Ord.', 'Ore.', 'P.', 'Pa.', 'Pd.', 'Pde.', 'Penn.', 'Penna.', 'Pfc.', 'Ph.', 'Ph.d.', 'Pl.', 'Plz.', 'Pp.',
  'Prof.', 'Pvt.', 'Que.', 'Rd.', 'Rs.', 'Ref.', 'Rep.', 'Reps.', 'Res.', 'Rev.', 'Rt.', 'Sask.', 'Sec.', 'Sen.', 'Sens.', 'Sep.',
  'Sept.', 'Sfc.', 'Sgt.', 'Sr.', 'St.', 'Supt.', 'Surg.', 'Tce.', 'Tenn.', 'Tex.', 'Univ.', 'Usafa.', 'U.S.', 'Ut.', 'Va.', 'V.',
  'Ver.', 'Vs.', 'Vt.', 'Wash.', 'Wis.', 'Wisc.', 'Wy.', 'Wyo.', 'Yuk.',
]);
/** Always protected, whatever follows ("Dr. Smith"). */
const PREPOSITIVE = lower([
  'Adm.', 'Attys.', 'Brig.', 'Capt.', 'Cmdr.', 'Col.', 'Cpl.', 'Det.', 'Dr.', 'Gen.', 'Gov.', 'Ing.', 'Lt.', 'Maj.', 'Mr.', 'Mrs.',
  'Ms.', 'Mt.', 'Messrs.', 'Mssrs.', 'Prof.', 'Ph.', 'Rep.', 'Reps.', 'Rev.', 'Sen.', 'Sens.', 'Sgt.', 'St.', 'Supt.', 'V.', 'Vs.',
]);
const EXCLAMATION_WORDS = lower(['!Xũ', '!Kung', 'ǃʼOǃKung', '!Xuun', '!Kung-Ekoka', 'ǃHu', 'ǃKhung', 'ǃKu', 'ǃung', 'ǃXo', 'ǃXû', 'ǃXung', 'ǃXũ', '!Xun', 'Yahoo!', 'Y!J', 'Yum!']);

const WHITE = /\s/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CAPITALISED = /^\p{Lu}/u;
const INITIAL = /^\p{Lu}\./u;
const MULTI_PERIOD = /^([a-zA-Z]\.){3,}$/;
const LINE_NUMBER = /^\d+\.$/;

/** White space by the package's test (one UTF-16 unit; ASCII answered without a regular expression). */
function white(c: number, text: string, i: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITE.test(text[i]!);
}

function cjk(text: string, i: number): boolean {
  // no Han, kana or Hangul below the Hangul Jamo block
  return text.charCodeAt(i) >= 0x1100 && CJK.test(text[i]!);
}

/** Where the word starting at `from` ends: at white space or a CJK character. */
function wordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    if (white(text.charCodeAt(i), text, i) || cjk(text, i)) break;
    i++;
  }
  return i;
}

/**
 * Is the word at `at` (a word start: after white space, a CJK character or
 * the text's start) protected from ending a sentence? Returns its end if so.
 */
function protectedWord(text: string, at: number): number {
  const end = wordEnd(text, at);
  if (end === at || !mayBeProtected(text, at, end)) return -1;
  const word = text.slice(at, end);
  const key = word.toLowerCase();
  if (MULTI_PERIOD.test(word) || EXCLAMATION_WORDS.has(key) || PREPOSITIVE.has(key) || LINE_NUMBER.test(word)) return end;
  const listed = ABBREVIATIONS.has(key);
  const initial = INITIAL.test(word);
  if (!listed && !initial) return -1;
  // the next word: one character past this one's end (the package assumes a single space)
  const nextFrom = end + 1;
  const nextWord = nextFrom < text.length ? text.slice(nextFrom, wordEnd(text, nextFrom)) : '';
  const nextCapitalised = CAPITALISED.test(nextWord);
  if (initial && nextCapitalised && CAPITALISED.test(previousWord(text, at))) return end;
  return listed && !nextCapitalised ? end : -1;
}

/**
 * Could the word [at, end) be on a list at all? Every listed word ends with
 * "." (abbreviations, "U.S.A.", "9.") or holds "!" or "ǃ" (the exclamation
 * words), and an initial has "." second. Most words are none of these:
 * they are passed over without a slice or a lower-casing.
 */
function mayBeProtected(text: string, at: number, end: number): boolean {
  if (text[end - 1] === '.' || text[at + 1] === '.') return true;
  for (let i = at; i < end; i++) if (text[i] === '!' || text[i] === 'ǃ') return true;
  return false;
}

/** The package's previous word: back over white space, back over the word, then forward to white space or CJK. */
function previousWord(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && white(text.charCodeAt(i), text, i)) i--;
  while (i >= 0 && !white(text.charCodeAt(i), text, i)) i--;
  // nothing before: the package reads the word at `at` itself
  return text.slice(i + 1, wordEnd(text, i + 1));
}

/** Sentence ranges of a text, in order. */
export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  const n = text.length;
  /** The pair kinds open (a bit each). */
  let open = 0;
  /** End of the protected word the scan is in (-1: none). */
  let guardedUntil = -1;
  let start = -1;
  const separatorAt = (i: number): boolean => {
    if (open !== 0 || i < guardedUntil || !SEPARATORS.has(text[i]!)) return false;
    if (text[i] !== '.') return true;
    return i + 1 >= n || white(text.charCodeAt(i + 1), text, i + 1);
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (white(c, text, i)) {
      i++;
      continue;
    }
    if (separatorAt(i)) {
      let j = i + 1;
      while (j < n && separatorAt(j)) j++;
      if (start >= 0) out.push({ start, end: j });
      start = -1;
      i = j;
      continue;
    }
    if (start < 0) start = i;
    // a word starts here: after white space, a CJK character or the text's start
    if (i >= guardedUntil && (i === 0 || white(text.charCodeAt(i - 1), text, i - 1) || cjk(text, i - 1))) {
      const end = protectedWord(text, i);
      if (end > i) guardedUntil = end;
    }
    const pair = PAIRS.get(text[i]!);
    if (pair) {
      // a pair of one kind does not nest: its opening character inside it is text
      if ((open & pair.bit) === 0) {
        if (text[i] === pair.open) open |= pair.bit;
      } else if (text[i] === pair.close) {
        open &= ~pair.bit;
      }
    }
    i++;
  }
  if (start >= 0) out.push({ start, end: n });
  return out;
}
