/**
 * Questions and their answers, read in one place (catalog reading rule 1:
 * statements, not questions). A question states nothing; an item of a list
 * of questions to ask states nothing; the statement right after a question
 * is its answer and counts, read in the question's terms.
 *
 * The document model applies these when it builds sentences (a sentence's
 * `question` and `questionList` flags, and the "question" stance of hits in
 * question parts); rules read answers with questionAnswered().
 */
import type { DocumentModel, Sentence } from './model/types.js';

/**
 * The parts of a sentence that are questions: from each "?" back to the
 * nearest "(", ":", ";" or earlier "?" (or the start). "So the task is binary
 * classification: will the loan default?" asserts its first half; "(CAPTCHA
 * failures? chargebacks?)" asks only inside the brackets.
 */
export function questionSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ( : ; ?
    if (c === 40 || c === 58 || c === 59) from = i + 1;
    else if (c === 63) {
      spans.push([from, i + 1]);
      from = i + 1;
    }
  }
  return spans;
}

/** The whole sentence is a question: its question part starts within its first two words. */
export function isWholeQuestion(text: string, spans: ReadonlyArray<[number, number]>): boolean {
  if (spans.length === 0 || !isQuestionText(text)) return false;
  const prefix = text.slice(0, spans[0]![0]).replace(/[*_`>#\-\s]+/g, ' ').trim();
  // "What is the input: the user id?": a question that opens with its
  // question word asks all of itself, across the colon
  return prefix === '' || prefix.split(' ').length <= 2 || INTERROGATIVE.test(prefix);
}

/** A clause that opens as a question: "What is", "Should we", "Do we". */
const INTERROGATIVE = /^(?:what|which|how|who|where|when|why|should|shall|do|does|did|is|are|can|could|will|would)\b/i;

const TRAILING = /[\s"'”’)\]*_`]/u;

/** Text ends with a question mark (ignoring closing quotes, brackets, emphasis). */
export function isQuestionText(text: string): boolean {
  // a backward scan: /[...]+$/ retries from every start of a long run (quadratic)
  let end = text.length;
  while (end > 0 && TRAILING.test(text[end - 1]!)) end--;
  return text[end - 1] === '?';
}

/** How one sentence reads as a question: its question parts, and whether it is a question as a whole. */
export function readQuestions(text: string, tableRow: boolean): { spans: Array<[number, number]>; question: boolean } {
  // A table row is a record, not a sentence: a question in its "why"
  // column does not make its metric a question.
  const spans = tableRow ? [] : questionSpans(text);
  return { spans, question: isWholeQuestion(text, spans) };
}

const LEAD_SAYS_QUESTIONS = /\bquestions?\b|\bask(ed|ing)?\b|\bunknowns?\b|\bto clarify\b/i;
const LEAD_SAYS_ANSWERS = /\banswer/i;
const HEADING_SAYS_QUESTIONS = /\bquestions\b|\bquestions to ask\b|\bopen question\b/i;

/**
 * A list of questions (to ask the interviewer, open questions): most of its
 * items open with a question, or its lead-in or its section heading says
 * these are questions to ask. `itemOpenings` are the first sentences of its
 * items; the result says, per item, whether its opening is a question of
 * the list (all false when the list is not one). In such a list an item's
 * first sentence is the question; what follows it in the same item is the
 * answer.
 */
export function questionListItems(itemOpenings: readonly string[], lead: string, heading: string): boolean[] {
  // an item that asks as a whole: "AUC-ROC: ranking quality; can we rank the good ads first?" states its metric and asks after it
  const asks = itemOpenings.map((text) => isWholeQuestion(text, questionSpans(text)));
  const questions = asks.filter(Boolean).length;
  const leadSaysQuestions = LEAD_SAYS_QUESTIONS.test(lead) && !LEAD_SAYS_ANSWERS.test(lead);
  const headingSaysQuestions = HEADING_SAYS_QUESTIONS.test(heading) && !isQuestionText(heading);
  const saysQuestions = leadSaysQuestions || headingSaysQuestions;
  const isList = itemOpenings.length > 0 && (questions * 2 > itemOpenings.length || saysQuestions);
  if (!isList) return asks.map(() => false);
  // A list that is questions only by the form of most items keeps its
  // statements: "- is it classification? ask / - the answer must come
  // back in under 1 s / - who are the users? ask" states the latency.
  return asks.map((asked) => saysQuestions || asked);
}

/**
 * The question a statement answers: the sentence right before it in the
 * same section, when that one is a question ("What is the latency budget?"
 * / "About 200 milliseconds."). The answer counts (reading rule 1), read in
 * the question's terms.
 */
export function questionAnswered(doc: DocumentModel, s: Sentence): Sentence | undefined {
  if (!s.evidence || s.question) return undefined;
  const prev = doc.sentences[s.index - 1];
  return prev && prev.question && prev.section === s.section ? prev : undefined;
}
