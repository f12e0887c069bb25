/**
 * Strapi blocks rich text as HTML strings: paragraphs, headings, quotes, code and lists (image blocks
 * stay with ResponsiveImage). They were Astro components (one InlineNodes per paragraph, one BlockList per
 * list level): the most component instances of a detail page, and Astro's per-component work dominated
 * the render at 10,000 items. The markup is the same; text is escaped as Astro escapes it (lib/html.ts).
 */
import type { Block, InlineNode, ListNode } from '@glasnik/cms/contract';
import { attributes, escapeText } from './html';

/** The blocks this module writes: every kind but images. */
export type TextBlock = Exclude<Block, { type: 'image' }>;

/** Only web, mail, phone and same-site links: a `javascript:` URL from the CMS gets no href. */
const safeHref = (url: string) => (/^(https?:|mailto:|tel:|\/|#)/i.test(url) ? url : undefined);

/** Text runs and links, with bold/italic/underline/strikethrough/code marks (one mark per run, as before). */
export function inlineHtml(nodes: readonly InlineNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'link')
      out += `<a${attributes({ href: safeHref(node.url) })}>${escapeText(node.children.map((child) => child.text).join(''))}</a>`;
    else {
      const text = escapeText(node.text);
      if (node.code) out += `<code>${text}</code>`;
      else if (node.bold && node.italic) out += `<strong><em>${text}</em></strong>`;
      else if (node.bold) out += `<strong>${text}</strong>`;
      else if (node.italic) out += `<em>${text}</em>`;
      else if (node.underline) out += `<u>${text}</u>`;
      else if (node.strikethrough) out += `<s>${text}</s>`;
      else out += text;
    }
  }
  return out;
}

/**
 * A list and its nested lists. Depth is bounded by the caller (RichText leaves out blocks nested deeper
 * than its limit), so the recursion cannot overflow.
 */
export function listHtml(list: ListNode): string {
  const tag = list.format === 'ordered' ? 'ol' : 'ul';
  const items = list.children
    .map((child) => `<li>${child.type === 'list' ? listHtml(child) : inlineHtml(child.children)}</li>`)
    .join('');
  return `<${tag}>${items}</${tag}>`;
}

/** Level 1 becomes h2 (the page's title is the h1), capped at h6. */
const headingTag = (level: number) => `h${Math.min(Math.max(level + 1, 2), 6)}`;

/** One block that is not an image. */
export function textBlockHtml(block: TextBlock): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.children)}</p>`;
    case 'heading': {
      const tag = headingTag(block.level);
      return `<${tag}>${inlineHtml(block.children)}</${tag}>`;
    }
    case 'quote':
      return `<blockquote><p>${inlineHtml(block.children)}</p></blockquote>`;
    case 'code':
      return `<pre><code>${escapeText(block.children.map((child) => child.text).join(''))}</code></pre>`;
    case 'list':
      return listHtml(block);
  }
}
