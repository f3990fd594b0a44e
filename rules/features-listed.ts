import { defineRule } from '../src/core/rule.js';
import { hasHit, hitsIn } from '../src/core/query.js';
import type { DocumentModel, Sentence } from '../src/core/document.js';
import { FEATURE_WORDS } from '../src/core/analysis/context.js';

const ENUM_SPLIT = /\s*(?:[,;]|\band\b|\bor\b|\bplus\b|\/)\s*/i;
/** How many features we needed to see. */
const MIN_FEATURES = 3;

function headingOf(doc: DocumentModel, s: Sentence): string {
  return doc.sections[s.section]?.title ?? '';
}

/** Count the comma / "and" separated entries of an enumeration. */
function entries(text: string): number {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .split(ENUM_SPLIT)
    .filter((p) => /[\p{L}\p{N}]{2,}/u.test(p)).length;
}

/** The enumerated part of a sentence that introduces features ("Features: a, b, c"). */
function enumerated(s: Sentence): number {
  const text = s.text;
  const colon = text.indexOf(':');
  if (colon >= 0 && colon < 60) return entries(text.slice(colon + 1));
  for (const h of hitsIn(s, 'feature-word')) {
    const after = text.slice(h.charEnd);
    const cue = /^\s*(?:include|includes|including|are|such as|like|e\.g\.|:)\s*/i.exec(after);
    if (cue) return entries(after.slice(cue[0].length));
    // "user, item and context features": the groups stand before the word
    if (/^[\s.)]*$/.test(after)) return entries(text.slice(0, h.charStart).replace(/^.*\b(use|uses|using|have|has|with|from)\b/i, ''));
  }
  return 0;
}

function featureCount(doc: DocumentModel, s: Sentence): number {
  if (!s.evidence) return 0;
  const inFeatureSection = FEATURE_WORDS.test(headingOf(doc, s));
  const inFeatureList = s.list >= 0 && FEATURE_WORDS.test(s.listLead);
  if (s.block === 'table-row') {
    return inFeatureSection || FEATURE_WORDS.test(s.tableHeader) ? Math.max(1, entries(s.text.split('|').slice(1).join(','))) : 0;
  }
  if (inFeatureList) return Math.max(1, s.itemSentence === 0 ? enumerated(s) : 0);
  if (inFeatureSection) return Math.max(enumerated(s), s.list >= 0 && s.itemSentence === 0 ? 1 : entries(s.text) >= MIN_FEATURES ? entries(s.text) : 0);
  return hasHit(s, 'feature-word') ? enumerated(s) : 0;
}

export default defineRule(
  {
    id: 'features-listed',
    phase: 'data',
    description: 'At least three distinct concrete input features or feature groups are named.',
    severity: 'warn',
    rationale:
      'Features are where domain knowledge enters the model. Three concrete ones ("watch history, video length, hour of day") show the author thought about signal; "user and item features" does not.',
    passes: 'Three or more distinct concrete features or feature groups, in a list, a table or a sentence ("user age, watch history, video length").',
    fails: 'Fewer than three. "We use user and item features" names two groups: fail; those two plus one concrete feature make three: pass.',
    messages: { fail: 'Fewer than three concrete features or feature groups are named.' },
    fixExample: "Features: the user's watch history, the video's length and age, and the hour of day.",
    examples: [
      { title: 'a features list', status: 'pass', markdown: '# Hotel\n\nFeatures:\n\n- lead time\n- deposit type\n- number of previous cancellations\n' },
      { title: 'a sentence of features', status: 'pass', markdown: '# Ads\n\nFeatures: user age bucket, country, device, hour of day and ad category.\n' },
      { title: 'two groups only', status: 'fail', markdown: '# Feed\n\nWe use user and item features.\n' },
      { title: 'only in a code block', status: 'fail', markdown: '# Feed\n\n```yaml\nfeatures: [age, country, device]\n```\n' },
    ],
  },
  ({ doc }) => {
    let total = 0;
    const evidence: Sentence[] = [];
    for (const s of doc.sentences) {
      const n = featureCount(doc, s);
      if (n === 0) continue;
      total += n;
      if (evidence.length < 3) evidence.push(s);
    }
    return total >= MIN_FEATURES
      ? { status: 'pass', evidence }
      : { status: 'fail', ...(total > 0 ? { evidence, message: `Only ${total} concrete feature${total === 1 ? ' is' : 's are'} named; name at least ${MIN_FEATURES}.` } : {}) };
  },
);
