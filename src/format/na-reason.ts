/**
 * Why a rule did not apply to a document, from the rule's metadata (its
 * `notApplicable` text, Markdown code marks dropped): a report that says
 * "n/a" also says why ("No deep model is proposed."). Rules without the
 * text (or of another rule set) get none.
 */
import { rulesById } from '../../rules/index.js';

export function naReason(rule: string): string | null {
  const text = rulesById.get(rule)?.meta.notApplicable;
  return text ? text.replace(/`/g, '') : null;
}
