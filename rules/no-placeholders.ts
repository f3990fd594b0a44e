import { defineRule } from '../src/core/rule.js';
import { positionAt, type DocumentModel } from '../src/core/document.js';
import { lineRange } from '../src/core/line-index.js';
import { placeholderMarkers } from '../src/core/placeholder.js';
import type { Evidence } from '../src/core/types.js';

/** The source with code, front matter and HTML comments blanked out (newlines kept). */
function visibleText(doc: DocumentModel): string {
  if (doc.hidden.length === 0) return doc.source;
  const chars = doc.source.split('');
  for (const [start, end] of doc.hidden) {
    for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  }
  return chars.join('');
}

function lineText(doc: DocumentModel, line: number): string {
  const [start, end] = lineRange(doc, line);
  return doc.source.slice(start, end).replace(/\s+/g, ' ').trim().slice(0, 200);
}

export default defineRule(
  {
    id: 'no-placeholders',
    phase: 'document',
    description: 'No placeholder text is left (TODO, TBD, FIXME, "lorem ipsum", "???", "[insert ...]", "<fill in>").',
    severity: 'warn',
    // reads the visible text for placeholder markers (src/core/placeholder.ts), no lexicon concept
    concepts: [],
    rationale:
      'A placeholder is a promise the document did not keep; in a submitted answer or a design review it reads as unfinished work, and it hides which parts really are missing.',
    passes: 'No placeholder anywhere in the visible document.',
    fails: 'Any placeholder; each one is reported with its line. Placeholders inside code blocks, front matter or HTML comments are not visible and are not reported.',
    messages: { fail: 'Placeholder text is left in the document.' },
    fixExample: 'Deployment: an A/B test on 5% of users, then a ramp to 100%.',
    examples: [
      { title: 'finished text', status: 'pass', markdown: '# Feed\n\nWe launch through an A/B test.\n' },
      { title: 'TBD section', status: 'fail', markdown: '# Notifications\n\n## Deployment\n\nTBD\n' },
      { title: 'TODO in a list', status: 'fail', markdown: '# Feed\n\n- TODO: comment text features?\n' },
      { title: 'a product word, not a marker', status: 'pass', markdown: "# Tasks\n\nWe rank the items of a user's todo list.\n" },
      { title: 'TODO inside a code block is not visible text', status: 'pass', markdown: '# Feed\n\n```python\n# TODO tune\nmodel.fit(x)\n```\n' },
    ],
  },
  ({ doc }) => {
    const text = visibleText(doc);
    const found: Evidence[] = [];
    // the placeholder concept is defined once, in src/core/placeholder.ts
    for (const offset of placeholderMarkers(text)) {
      const { line, column } = positionAt(doc, offset);
      if (found.length === 0 || found[found.length - 1]!.line !== line) found.push({ line, column, text: lineText(doc, line) });
    }
    if (found.length === 0) return { status: 'pass' };
    return {
      status: 'fail',
      evidence: found,
      message: `${found.length} placeholder${found.length > 1 ? 's are' : ' is'} left (line${found.length > 1 ? 's' : ''} ${found.map((f) => f.line).join(', ')}): replace ${found.length > 1 ? 'them' : 'it'} with real content.`,
    };
  },
);
