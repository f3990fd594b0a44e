/**
 * Markdown to mdast: CommonMark + GFM (tables, task lists, strikethrough)
 * and YAML / TOML front matter. One processor, reused. (remark-math is not
 * used: an unclosed "$$" at a line start opens a math block that swallows
 * the rest of the document; formulas are blanked in the text instead.)
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
// linear-time container handling in micromark (see the module)
import './micromark-linear.js';
// linear-time merging of text in long paragraphs (see the module)
import remarkLinearText from './micromark-text-linear.js';
// GFM literal autolinks only in documents that can hold one (see the module)
import remarkAutolinkOnDemand from './autolink-on-demand.js';

/** Add the parser and its syntax extensions to a processor (engine and parser share this). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function withMarkdownSyntax<P extends Processor<any, any, any, any, any>>(processor: P): P {
  return processor.use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkLinearText).use(remarkAutolinkOnDemand) as P;
}

const processor = withMarkdownSyntax(unified()).freeze();

/** Remove a leading byte order mark; remark would otherwise shift column 1. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
