/** The document model's parts: the one line index, the one placeholder definition, questions and answers. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lastAtOrBefore, lineRange, lineStartsOf, positionIn } from '../src/core/line-index.js';
import { isPlaceholderOnly, isPlaceholderWord, opensWithPlaceholder, placeholderMarkers } from '../src/core/placeholder.js';
import { questionListItems, questionAnswered } from '../src/core/questions.js';
import { buildDocument } from '../src/core/document.js';

describe('line index', () => {
  it('lastAtOrBefore finds the last key at or before a value, as a linear scan does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (keys, value) => {
        const sorted = [...keys].sort((a, b) => a - b);
        let expected = -1;
        sorted.forEach((k, i) => {
          if (k <= value) expected = i;
        });
        expect(lastAtOrBefore(sorted, (k) => k, value)).toBe(expected);
      }),
    );
  });
  it('counts LF, CRLF and a lone CR each as one line break', () => {
    const source = 'a\nbb\r\nccc\rd';
    const starts = lineStartsOf(source);
    expect(starts).toEqual([0, 2, 6, 10]);
    expect(positionIn(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(positionIn(starts, 3)).toEqual({ line: 2, column: 2 });
    expect(positionIn(starts, 7)).toEqual({ line: 3, column: 2 });
    expect(positionIn(starts, 10)).toEqual({ line: 4, column: 1 });
    expect(lineRange({ lineStarts: starts, source }, 2)).toEqual([2, 6]);
    expect(lineRange({ lineStarts: starts, source }, 4)).toEqual([10, 11]);
  });
  it('places every sentence of a document on the line its text is on', () => {
    const text = '# T\n\nFirst line.\r\nSecond line here.\n\n- item one\n- item two\n';
    const doc = buildDocument(text);
    const lines = text.split(/\r\n|\n/);
    for (const s of doc.sentences) expect(lines[s.line - 1]!.slice(s.column - 1)).toContain(s.text.split(' ')[0]);
  });
});

describe('placeholder (one definition)', () => {
  it('finds markers anywhere in capitals, in lower case only as a marker', () => {
    const text = 'We rank a todo list. TODO: metrics. tbd: rollout. See [insert metric] and <fill in>.';
    expect(placeholderMarkers(text).map((o) => text.slice(o, o + 4))).toEqual(['TODO', 'tbd:', '[ins', '<fil']);
    expect(placeholderMarkers('Our todo app ranks tasks.')).toEqual([]);
  });
  it('tells a sentence that is only a placeholder from one that says something', () => {
    for (const t of ['TBD', 'todo.', 'N/A', '...', '-', 'Coming soon!', 'to be decided', 'Lorem ipsum dolor', '[insert plan]', 'XXX']) {
      expect(isPlaceholderOnly(t), t).toBe(true);
    }
    for (const t of ['TBD by Friday: an A/B test', 'We use an A/B test.', 'todos']) expect(isPlaceholderOnly(t), t).toBe(false);
  });
  it('a label whose value is a placeholder word states nothing', () => {
    for (const w of ['tbd', 'tbc', 'todo', 'wip']) expect(isPlaceholderWord(w), w).toBe(true);
    expect(isPlaceholderWord('today')).toBe(false);
    const doc = buildDocument('# X\n\nOutput: TBD\n');
    expect(doc.sentences.at(-1)!.hits.filter((h) => h.concept === 'io-output').map((h) => h.stance)).toEqual(['placeholder']);
  });
  it('reads the opening word of a labelled note', () => {
    expect(opensWithPlaceholder('TBD, see below')).toBe(true);
    expect(opensWithPlaceholder(' N/A')).toBe(true);
    expect(opensWithPlaceholder('todos from the review')).toBe(false);
    expect(opensWithPlaceholder('a gradient-boosted tree')).toBe(false);
  });
  it('a section holding only placeholders is empty', () => {
    const doc = buildDocument('# X\n\n## Deployment\n\nTBD\n\n## Data\n\nClick logs from the app.\n');
    const empty = Object.fromEntries(doc.sections.filter((s) => s.depth === 2).map((s) => [s.title, s.empty]));
    expect(empty).toEqual({ Deployment: true, Data: false });
  });
});

describe('questions and answers (one module)', () => {
  it('a list is a question list by its items, its lead-in or its heading', () => {
    // by form: the items that ask are its questions; a statement among them keeps its meaning
    expect(questionListItems(['What is the budget?', 'How many users?', 'Ranked list.'], '', '')).toEqual([true, true, false]);
    // by its lead-in or heading: every item's opening is a question to ask
    expect(questionListItems(['Budget', 'Users'], 'Questions to ask:', '')).toEqual([true, true]);
    expect(questionListItems(['Budget', 'Users'], '', 'Open questions')).toEqual([true, true]);
    // not a question list: nothing is marked
    expect(questionListItems(['Budget', 'Users'], 'Questions and answers:', '')).toEqual([false, false]);
    expect(questionListItems(['What is the budget?', 'Ranked list.', 'Logs.'], '', '')).toEqual([false, false, false]);
    expect(questionListItems([], 'Questions to ask:', 'Open questions')).toEqual([]);
  });
  it('the statement right after a question in the same section answers it', () => {
    const doc = buildDocument('# X\n\nWhat is the latency budget? About 200 ms.\n\n## Next\n\nWe log clicks.\n');
    const answer = doc.sentences.find((s) => s.text === 'About 200 ms.')!;
    expect(questionAnswered(doc, answer)?.text).toBe('What is the latency budget?');
    const other = doc.sentences.find((s) => s.text === 'We log clicks.')!;
    expect(questionAnswered(doc, other)).toBeUndefined();
  });
});
