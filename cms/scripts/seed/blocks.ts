/**
 * Builders for Strapi's rich-text "blocks" JSON (the format of `body`/`description` fields): the
 * node shapes here are the ones the Strapi blocks editor writes and the site renderer reads.
 */
export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export interface LinkNode {
  type: 'link';
  url: string;
  children: TextNode[];
}
export type InlineNode = TextNode | LinkNode;
export interface ParagraphBlock {
  type: 'paragraph';
  children: InlineNode[];
}
export interface HeadingBlock {
  type: 'heading';
  level: 2 | 3;
  children: TextNode[];
}
export interface ListBlock {
  type: 'list';
  format: 'ordered' | 'unordered';
  children: { type: 'list-item'; children: InlineNode[] }[];
}
export interface QuoteBlock {
  type: 'quote';
  children: InlineNode[];
}
export type Block = ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock;

export const text = (value: string, marks: { bold?: boolean; italic?: boolean } = {}): TextNode => ({
  type: 'text',
  text: value,
  ...marks,
});

export const link = (url: string, label: string): LinkNode => ({
  type: 'link',
  url,
  children: [text(label)],
});

/** A paragraph from plain text or from a mix of text and link nodes. */
export const paragraph = (...parts: (string | InlineNode)[]): ParagraphBlock => ({
  type: 'paragraph',
  children: parts.map((part) => (typeof part === 'string' ? text(part) : part)),
});

export const heading = (value: string, level: 2 | 3 = 2): HeadingBlock => ({
  type: 'heading',
  level,
  children: [text(value)],
});

export const list = (items: readonly string[], format: 'ordered' | 'unordered' = 'unordered'): ListBlock => ({
  type: 'list',
  format,
  children: items.map((item) => ({ type: 'list-item', children: [text(item)] })),
});

export const quote = (value: string): QuoteBlock => ({ type: 'quote', children: [text(value)] });

/** Paragraph blocks from text with blank lines between paragraphs. */
export function paragraphs(textWithBlankLines: string): ParagraphBlock[] {
  return textWithBlankLines
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((part) => paragraph(part));
}
