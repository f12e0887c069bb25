import { blockSchema, type Block, type InlineNode, type ListNode } from './blocks';

function inlineText(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => (node.type === 'text' ? node.text : node.children.map((c) => c.text).join('')))
    .join('');
}

function listText(list: ListNode): string[] {
  return list.children.flatMap((child) =>
    child.type === 'list' ? listText(child) : [inlineText(child.children)],
  );
}

function blockText(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return [inlineText(block.children)];
    case 'code':
      return [block.children.map((c) => c.text).join('')];
    case 'list':
      return listText(block);
    case 'image':
      // The alt text is what a reader without the image gets; search and feeds get the same.
      return block.image.alternativeText ? [block.image.alternativeText] : [];
  }
}

/**
 * Plain text of Strapi blocks rich text, for feeds, search documents and meta descriptions.
 * Blocks are joined by blank lines; blocks that do not match the blocks format are skipped (never throws),
 * because a feed or search entry with most of the text is better than none.
 * @param blocks the `body` / `description` value as the REST API returns it (anything is accepted)
 * @param maxLength cut at a word boundary and end with "…" when longer
 */
export function blocksToPlainText(blocks: unknown, maxLength?: number): string {
  if (!Array.isArray(blocks)) return '';
  const text = blocks
    .flatMap((raw) => {
      const parsed = blockSchema.safeParse(raw);
      return parsed.success ? blockText(parsed.data) : [];
    })
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .join('\n\n');
  if (maxLength === undefined || text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
