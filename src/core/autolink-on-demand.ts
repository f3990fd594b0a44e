/**
 * GFM literal autolinks ("www.x.com", "https://x.com", "a@b.com") only in
 * documents that can hold one. remark-gfm tries the email construct at the
 * start of every word (an address may begin with any letter or digit), and
 * its from-markdown transform walks every text node of the tree with a
 * fresh parents array per node: together about a fifth of the parse and a
 * seventh of all the memory a lint allocates, for the 70% of design
 * documents that have no "@" at all.
 *
 * Both are kept, and left out only where they cannot find anything:
 * - micromark: a document with no "@" cannot hold an email literal, one
 *   without "www." no www literal, one without "http://" or "https://" no
 *   protocol literal (case-insensitive, as the constructs read them; the
 *   constructs read the source characters themselves, never decoded
 *   references). For that document the parser runs with those constructs
 *   taken out of the text constructs. A construct that is tried and fails
 *   leaves nothing behind (micromark restores its state, and the data
 *   tokens it split are merged again), so the events are the same.
 * - the transform: it changes only text nodes holding "@" (email, mailto:,
 *   xmpp:) or "http://", "https://" or "www." (outside links), so it is run
 *   on the paragraphs, headings and table cells that have such a text node,
 *   each as a tree of its own, and nowhere else.
 *
 * Found by name in what remark-gfm added; if it is not there (another
 * version), nothing is changed. test/autolink-on-demand.test.ts checks that
 * the trees are those of remark-gfm alone. No `node:` imports.
 */
import type { Construct, Extension } from 'micromark-util-types';
import type { Nodes, Parent, Root } from 'mdast';
import type { Processor } from 'unified';

const EMAIL = 1;
const WWW = 2;
const PROTOCOL = 4;
const CONSTRUCTS: Record<string, number> = { emailAutolink: EMAIL, wwwAutolink: WWW, protocolAutolink: PROTOCOL };

/** Which literal constructs cannot match anywhere in this source. */
function impossible(doc: string): number {
  let mask = 0;
  if (!doc.includes('@')) mask |= EMAIL;
  if (!/www\./i.test(doc)) mask |= WWW;
  if (!/https?:\/\//i.test(doc)) mask |= PROTOCOL;
  return mask;
}

type Constructs = Construct | Construct[];

/** The extension without the constructs of the mask (null when it holds none of them). */
function without(ext: Extension, mask: number): Extension | null {
  const text = ext.text as Record<string, Constructs | undefined> | undefined;
  if (!text) return null;
  let changed = false;
  const kept: Record<string, Constructs> = {};
  for (const [code, value] of Object.entries(text)) {
    if (value === undefined) continue;
    const list = Array.isArray(value) ? value : [value];
    const left = list.filter((c) => ((CONSTRUCTS[c.name ?? ''] ?? 0) & mask) === 0);
    if (left.length !== list.length) changed = true;
    if (left.length > 0) kept[code] = left;
  }
  return changed ? { ...ext, text: kept as Extension['text'] } : null;
}

type Transform = (tree: Root) => Root | undefined | void;
interface FromMarkdownExtension {
  transforms?: Transform[];
}
type FromMarkdownExtensions = Array<FromMarkdownExtension | FromMarkdownExtensions>;

const URL_START = /https?:\/\/|www\./i;
/** The parents of phrasing content: a text node sits in exactly one of these. */
const PHRASING_ROOTS = new Set(['paragraph', 'heading', 'tableCell']);
const IGNORED = new Set(['link', 'linkReference']);

/** The transform, run only on the paragraphs, headings and cells with a text node it can change. */
function onDemand(transform: Transform): Transform {
  return (tree) => {
    const roots: Parent[] = [];
    const stack: Array<{ node: Nodes; root: Parent | undefined }> = [{ node: tree, root: undefined }];
    while (stack.length > 0) {
      const { node, root } = stack.pop()!;
      if (node.type === 'text') {
        if (!node.value.includes('@') && !URL_START.test(node.value)) continue;
        // a text node outside the shapes expected: the whole tree, as remark-gfm does
        if (!root) return transform(tree);
        if (roots[roots.length - 1] !== root) roots.push(root);
        continue;
      }
      if (!('children' in node) || IGNORED.has(node.type)) continue;
      const inner = PHRASING_ROOTS.has(node.type) ? node : root;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, root: inner });
    }
    // each paragraph once (its text nodes are visited in a row), in document order
    for (const root of new Set(roots)) transform({ type: 'root', children: [root as Root['children'][number]] });
    return undefined;
  };
}

/** Replace the autolink transform in remark-gfm's from-markdown extensions (copies: remark-gfm's objects are left as they are). */
function withTransformOnDemand(list: FromMarkdownExtensions): { list: FromMarkdownExtensions; found: boolean } {
  let found = false;
  const out = list.map((item) => {
    if (Array.isArray(item)) {
      const inner = withTransformOnDemand(item);
      found ||= inner.found;
      return inner.list;
    }
    const transforms = item.transforms;
    if (!transforms?.some((t) => t.name === 'transformGfmAutolinkLiterals')) return item;
    found = true;
    return { ...item, transforms: transforms.map((t) => (t.name === 'transformGfmAutolinkLiterals' ? onDemand(t) : t)) };
  });
  return { list: out, found };
}

/** What the last processor set up found to leave out (the tests check that remark-gfm still has both). */
export const setup = { constructs: false, transform: false };

/** remark plugin, used after remark-parse, remark-gfm and every other syntax extension (it wraps the parser). */
export default function remarkAutolinkOnDemand(this: Processor): void {
  const self = this;
  setup.constructs = setup.transform = false;
  const data = self.data() as { micromarkExtensions?: Extension[]; fromMarkdownExtensions?: FromMarkdownExtensions };
  if (data.fromMarkdownExtensions) {
    const { list, found } = withTransformOnDemand(data.fromMarkdownExtensions);
    if (found) data.fromMarkdownExtensions = list;
    setup.transform = found;
  }
  const full = data.micromarkExtensions;
  const parse = self.parser;
  if (!full || !parse) return;
  // only when remark-gfm's constructs are there to leave out
  setup.constructs = full.some((ext) => without(ext, EMAIL | WWW | PROTOCOL));
  if (!setup.constructs) return;
  const variants = new Map<number, Extension[]>();
  const variant = (mask: number): Extension[] => {
    let list = variants.get(mask);
    if (!list) variants.set(mask, (list = full.map((ext) => without(ext, mask) ?? ext)));
    return list;
  };
  self.parser = (doc, file) => {
    const mask = impossible(doc);
    if (mask === 0) return parse(doc, file);
    // remark-parse reads the extensions from the processor's data at each parse
    data.micromarkExtensions = variant(mask);
    try {
      return parse(doc, file);
    } finally {
      data.micromarkExtensions = full;
    }
  };
}
