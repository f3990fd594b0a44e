/**
 * Where a sentence stands: in a features list or section, in a monitoring
 * section. Rules use this to read a term by its place ("open rate" in a
 * feature list is a feature, not an online metric).
 */
import type { DocumentModel, Sentence } from '../document.js';
import { phaseOf } from '../document.js';
import { memo } from '../query.js';

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

/** The sentence right before each list's first item: its lead-in ("Online metrics:"), or the parent item's sentence. */
const listLeads = memo((doc: DocumentModel): ReadonlyMap<number, Sentence> => {
  const leads = new Map<number, Sentence>();
  for (const s of doc.sentences) {
    if (s.list < 0 || leads.has(s.list)) continue;
    const before = doc.sentences[s.index - 1];
    if (before && before.list !== s.list) leads.set(s.list, before);
  }
  return leads;
});

/**
 * The sentences that frame a sentence: its list's lead-in and its section's
 * heading. A term may need its frame to be read ("- revenue per session"
 * under "Online metrics:").
 */
export function framingSentences(doc: DocumentModel, s: Sentence): Sentence[] {
  const out: Sentence[] = [];
  if (s.list >= 0) {
    const lead = listLeads(doc).get(s.list);
    if (lead) out.push(lead);
  }
  const sec = doc.sections[s.section];
  const heading = sec ? doc.sentences[sec.start] : undefined;
  if (heading && heading.block === 'heading' && heading.section === s.section && heading !== s) out.push(heading);
  return out;
}
