/**
 * Strapi 5 "blocks" rich text (the `body` / `description` attributes): a JSON array of block nodes.
 * Documents carry it as `unknown[]`; each block is checked on its own with {@link blockSchema} when it is
 * rendered, so one broken block does not hide the rest of an article.
 */
import { z } from 'zod';

/** A run of text with optional marks. */
export const textNodeSchema = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});
export type TextNode = z.infer<typeof textNodeSchema>;

/** A hyperlink around text runs. */
export const linkNodeSchema = z.object({
  type: z.literal('link'),
  url: z.string(),
  children: z.array(textNodeSchema),
});
export type LinkNode = z.infer<typeof linkNodeSchema>;

/** What may appear inside a paragraph, heading, quote or list item. */
export const inlineNodeSchema = z.discriminatedUnion('type', [textNodeSchema, linkNodeSchema]);
export type InlineNode = z.infer<typeof inlineNodeSchema>;

export const listItemNodeSchema = z.object({
  type: z.literal('list-item'),
  children: z.array(inlineNodeSchema),
});

/** A list; lists nest (`indentLevel`). */
export type ListNode = {
  type: 'list';
  format: 'ordered' | 'unordered';
  indentLevel?: number | undefined;
  children: Array<z.infer<typeof listItemNodeSchema> | ListNode>;
};
export const listNodeSchema: z.ZodType<ListNode> = z.object({
  type: z.literal('list'),
  format: z.enum(['ordered', 'unordered']),
  indentLevel: z.number().int().optional(),
  get children() {
    return z.array(z.union([listItemNodeSchema, listNodeSchema]));
  },
});

/** An image placed in the text; `image` is the upload's fields. */
export const imageBlockSchema = z.object({
  type: z.literal('image'),
  image: z.object({
    url: z.string().min(1),
    alternativeText: z.string().nullish(),
    caption: z.string().nullish(),
    width: z.number().int().positive().nullish(),
    height: z.number().int().positive().nullish(),
  }),
  children: z.array(z.unknown()).optional(),
});

/** One top-level block of rich text. */
export const blockSchema = z.union([
  z.object({ type: z.literal('paragraph'), children: z.array(inlineNodeSchema) }),
  z.object({
    type: z.literal('heading'),
    level: z.number().int().min(1).max(6),
    children: z.array(inlineNodeSchema),
  }),
  z.object({ type: z.literal('quote'), children: z.array(inlineNodeSchema) }),
  z.object({ type: z.literal('code'), language: z.string().nullish(), children: z.array(textNodeSchema) }),
  listNodeSchema,
  imageBlockSchema,
]);
export type Block = z.infer<typeof blockSchema>;

/** Rich text as a document carries it: checked to be a list, its blocks checked when rendered. */
export const blocksSchema = z
  .array(z.unknown())
  .nullish()
  .transform((value) => value ?? []);
