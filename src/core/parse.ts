/**
 * Markdown to mdast: CommonMark + GFM (tables, task lists, strikethrough),
 * YAML / TOML front matter and $math$ (so formulas are not read as prose).
 * One processor, reused.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import type { Root } from 'mdast';

/** Add the parser and its syntax extensions to a processor (engine and parser share this). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function withMarkdownSyntax<P extends Processor<any, any, any, any, any>>(processor: P): P {
  return processor.use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkMath) as P;
}

const processor = withMarkdownSyntax(unified()).freeze();

/** Remove a leading byte order mark; remark would otherwise shift column 1. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
