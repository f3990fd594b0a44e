import { defineRule } from '../src/core/rule.js';
import { sentencesWith, hitsIn } from '../src/core/query.js';
import type { Sentence } from '../src/core/document.js';

/** After a label word: an assignment ("label = ...", "Label: a click ...", "labeled 1 if ...") or an origin ("... come from"). */
const DEFINES = /^\s*(?:[:=]|->|→|\bis\b|\bare\b|\bcomes?\b|\bif\b|\bwhen\b|\bfrom\b|\bmeans\b|\bbased on\b|\bdefined\b|\bgets?\b)/i;

/** "Positives: purchases within 7 days", "negative = shown but skipped", "positive label is a click". */
const POSITIVE_DEFINED = /\b(positives?|negatives?)\s*(?::|=|->|→)\s*\S|\b(positive|negative)\s+(labels?|class|examples?)\s+(?:is|are|=|:)\s/i;
/** "a claim counts as fraud if the investigation confirmed it". */
const COUNTS_AS_IF = /\b(?:counts? as|label(?:s|l?ed)?|mark(?:s|ed)?|tag(?:s|ged)?|flag(?:s|ged)?|treat(?:s|ed)?|considered)\b(?: [\w-]+){0,4}? (?:as )?(?:a |an )?[\w-]+ (?:if|when|whenever|once|after|because)\b/i;
/** "each pair scored 0-100 by two professional linguists", "graded by human raters". */
const JUDGED_BY_PEOPLE = /\b(?:scored|rated|graded|judged|assessed|reviewed|annotated|labell?ed|tagged|marked|classified)\b[^.;]{0,40}?\bby\s+(?:[\w-]+\s+){0,3}?(?:humans?|people|raters?|annotators?|linguists?|experts?|editors?|moderators?|reviewers?|analysts?|doctors?|clinicians?|nurses?|agents?|crowd[\w-]*|workers?|vendors?|contractors?|specialists?|investigators?|teams?|staff|users?|customers?|engineers?)\b/i;

/** A header naming labels and their origin: "Label | Source", "Class | Definition". */
const LABEL_TABLE = /\b(labels?|class(es)?|targets?)\b.*\|.*\b(source|sources|from|definition|defined|rule|how|origin|signal)\b/i;

function definesLabel(s: Sentence): boolean {
  for (const h of hitsIn(s, 'label-word')) {
    const after = s.text.slice(h.charEnd, h.charEnd + 24);
    if (DEFINES.test(after)) {
      // "labels are the hard part" names labels but says nothing of their origin
      if (/^\s*(is|are)\s+(the\s+|a\s+)?(hard|difficult|tricky|important|noisy|scarce|expensive|missing|unclear|main|biggest|bottleneck|problem|challenge|open question)\b/i.test(after)) continue;
      return true;
    }
  }
  return false;
}

export default defineRule(
  {
    id: 'labeling-strategy-defined',
    phase: 'data',
    description: 'The document says how training labels are obtained.',
    severity: 'error',
    rationale:
      'Labels are the model: what counts as a positive, how it is observed, how late it arrives and how noisy it is. Implicit clicks, delayed chargebacks and human raters lead to very different designs.',
    passes: 'How labels are obtained: implicit feedback (a click or purchase is a positive), explicit feedback (ratings, reports), human annotation or crowdsourcing, weak supervision or heuristic labels, delayed outcomes (chargebacks).',
    fails: 'Labels are used but their origin is not stated ("labels are the hard part"), or only asked about.',
    messages: { fail: 'The labelling strategy is not defined: say how a training example gets its label.' },
    fixExample: 'A click within 30 minutes of the impression is a positive; every other impression is a negative.',
    examples: [
      { title: 'implicit feedback', status: 'pass', markdown: '# Feed\n\nLabels come from implicit feedback: a watch of 30 seconds or more is a positive.\n' },
      { title: 'human raters', status: 'pass', markdown: '# Search\n\nTraining labels come from human raters who grade each result from 0 to 4.\n' },
      { title: 'named, not defined', status: 'fail', markdown: "# Bots\n\nLabels are the hard part. I'd come back to them later.\n" },
      { title: 'only asked', status: 'fail', markdown: '# Bots\n\nHow do we know which sessions were bots?\n' },
    ],
  },
  ({ doc }) => {
    const methods = sentencesWith(doc, 'label-method');
    if (methods.length > 0) return { status: 'pass', evidence: methods.slice(0, 1) };
    // a table of labels and where they come from
    const tables = doc.sentences.filter((s) => s.evidence && s.block === 'table-row' && LABEL_TABLE.test(s.tableHeader));
    if (tables.length > 0) return { status: 'pass', evidence: tables.slice(0, 1) };
    const defined = doc.sentences.filter((s) => s.evidence && (definesLabel(s) || POSITIVE_DEFINED.test(s.text) || COUNTS_AS_IF.test(s.text) || JUDGED_BY_PEOPLE.test(s.text)));
    return defined.length > 0 ? { status: 'pass', evidence: defined.slice(0, 1) } : { status: 'fail' };
  },
);
