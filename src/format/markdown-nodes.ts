/**
 * mdast builders for the Markdown reports, and their serialisation. Every
 * string goes in as a text or code node (never raw Markdown), so the
 * serializer escapes whatever would otherwise turn into markup.
 */
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import type { AlignType, Heading, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import { terminalSafe } from './escape.js';

// every string goes in with its control characters, line breaks, bidi overrides and line separators as
// visible \u{..}: a line break in a file name would end a heading or a table row (issue 14, F4), and the
// serializer escapes the markup characters that remain
export const text = (value: string): PhrasingContent => ({ type: 'text', value: terminalSafe(value) });
export const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value: terminalSafe(value) });
export const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children });
export const heading = (depth: 1 | 2 | 3 | 4, ...children: PhrasingContent[]): Heading => ({ type: 'heading', depth, children });
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

export function table(align: AlignType[], header: string[], rows: PhrasingContent[][][]): Table {
  const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
  return {
    type: 'table',
    align,
    children: [{ type: 'tableRow', children: header.map((h) => cell([text(h)])) }, ...rows.map((r) => ({ type: 'tableRow' as const, children: r.map(cell) }))],
  };
}

/** Phrasing joined by a separator. */
export function joined(parts: PhrasingContent[][], separator: string): PhrasingContent[] {
  return parts.flatMap((p, i) => (i === 0 ? p : [text(separator), ...p]));
}

/** The Markdown text of some blocks (GFM tables, "-" bullets). */
export function serialize(children: RootContent[]): string {
  const tree: Root = { type: 'root', children };
  return toMarkdown(tree, { extensions: [gfmToMarkdown({ tablePipeAlign: false })], bullet: '-', listItemIndent: 'one' });
}
