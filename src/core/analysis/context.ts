/**
 * Where a sentence stands: in a features list or section, in a monitoring
 * section. Rules use this to read a term by its place ("open rate" in a
 * feature list is a feature, not an online metric).
 */
import type { DocumentModel, Sentence } from '../document.js';
import { phaseOf } from '../document.js';

export const FEATURE_WORDS = /\b(features?|signals?|predictors?|covariates|variables|feature groups?|inputs|input (?:channels?|fields))\b/i;

function headingChain(doc: DocumentModel, s: Sentence): string[] {
  const titles: string[] = [];
  for (let sec = doc.sections[s.section]; sec && sec.index > 0; sec = doc.sections[sec.parent]) titles.push(sec.title);
  return titles;
}

/** The sentence names input features: a features list, table or section. */
export function inFeatureContext(doc: DocumentModel, s: Sentence): boolean {
  if (s.list >= 0 && FEATURE_WORDS.test(s.listLead)) return true;
  if (s.block === 'table-row' && FEATURE_WORDS.test(s.tableHeader)) return true;
  return FEATURE_WORDS.test(doc.sections[s.section]?.title ?? '') || phaseOf(doc, s) === 'data' && /^\s*(features?|signals?)\b/i.test(s.text);
}

/** Any heading above the sentence matches. */
export function underHeading(doc: DocumentModel, s: Sentence, pattern: RegExp): boolean {
  return headingChain(doc, s).some((t) => pattern.test(t));
}
