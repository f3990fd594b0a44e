/**
 * Small builders shared by the rule tables (test/rules/*.test.ts).
 */
import type { Case } from '../helpers/rule-tester.js';

/** The same Markdown with Windows (CRLF) line endings. */
export function crlf(markdown: string): string {
  return markdown.replace(/\r?\n/g, '\r\n');
}

/**
 * The places that are never evidence (spec, "How a careful reader judges"
 * 4 and 7): the H1 title (ATX or setext), YAML front matter, a fenced code
 * block and an HTML comment. Each case puts `statement` only there; `body` is the
 * visible rest of the document, which must not satisfy the rule on its own.
 */
export function hiddenOnly(statement: string, body: string): Case[] {
  const title = statement.replace(/[.:]\s*$/, '');
  return [
    { name: 'only in the H1 title', markdown: `# ${title}\n\n${body}\n` },
    { name: 'only in YAML front matter', markdown: `---\nsummary: "${statement.replace(/"/g, "'")}"\n---\n\n# Design\n\n${body}\n` },
    { name: 'only in a fenced code block', markdown: `# Design\n\n${body}\n\n\`\`\`text\n${statement}\n\`\`\`\n` },
    { name: 'only in an HTML comment', markdown: `# Design\n\n${body}\n\n<!-- ${statement} -->\n` },
    { name: 'only in a setext H1 title', markdown: `${title}\n===\n\n${body}\n` },
    { name: 'only in a multi-line HTML comment, CRLF', markdown: crlf(`# Design\n\n${body}\n\n<!--\n${statement}\n-->\n`) },
  ];
}

/**
 * A list of questions to ask the interviewer: none of its items counts
 * (spec, "How a careful reader judges" 1).
 */
export function interviewerQuestions(questions: string[], body = 'We will agree on the scope first.'): Case {
  return {
    name: 'only in a list of questions to ask the interviewer',
    markdown: `# Design\n\n${body}\n\n## Questions for the interviewer\n\n${questions.map((q) => `- ${q}`).join('\n')}\n`,
  };
}
