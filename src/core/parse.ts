/**
 * Markdown to mdast: CommonMark + GFM (tables, task lists, strikethrough)
 * + YAML / TOML front matter. One processor, reused.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

/** The parser plugins, shared by the standalone parser and the remark preset. */
export const parserPlugins = [remarkParse, remarkGfm, [remarkFrontmatter, ['yaml', 'toml']]] as const;

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/** Remove a leading byte order mark; remark would otherwise shift column 1. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
