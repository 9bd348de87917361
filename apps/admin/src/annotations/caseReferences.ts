import { CASE_REFERENCE_PATTERN } from '@caseatlas/contracts';

/** A piece of a comment's text: plain words, or a case reference typed in it. */
export type CommentPiece = { text: string } | { reference: string };

// The contracts' pattern, unanchored, and not inside a longer token (KZ-2019-ALM-0042-B, xKZ-…).
const IN_TEXT = new RegExp(
  `(?<![\\p{L}\\p{N}_-])${CASE_REFERENCE_PATTERN.source.slice(1, -1)}(?![\\p{L}\\p{N}_-])`,
  'gu',
);

/** Cuts `text` around the case references it holds, in order; text without any is one piece. */
export function splitCaseReferences(text: string): CommentPiece[] {
  const pieces: CommentPiece[] = [];
  let from = 0;
  for (const match of text.matchAll(IN_TEXT)) {
    if (match.index > from) pieces.push({ text: text.slice(from, match.index) });
    pieces.push({ reference: match[0] });
    from = match.index + match[0].length;
  }
  if (from < text.length || pieces.length === 0) pieces.push({ text: text.slice(from) });
  return pieces;
}

/** The address a case reference link carries inside a comment, read back by CommentText. */
export const CASE_REFERENCE_SCHEME = 'caseatlas-case:';

export function caseReferenceOf(url: string | undefined): string | undefined {
  if (!url?.startsWith(CASE_REFERENCE_SCHEME)) return undefined;
  const reference = url.slice(CASE_REFERENCE_SCHEME.length);
  return CASE_REFERENCE_PATTERN.test(reference) ? reference : undefined;
}

interface MarkdownNode {
  type: string;
  value?: string;
  url?: string;
  children?: MarkdownNode[];
}

// Words already in a link (or a link's label) stay as their author wrote them.
const KEEP = new Set(['link', 'linkReference', 'definition']);

function linkReferences(node: MarkdownNode): void {
  if (!node.children || KEEP.has(node.type)) return;
  node.children = node.children.flatMap((child): MarkdownNode[] => {
    if (child.type !== 'text' || !child.value) {
      linkReferences(child);
      return [child];
    }
    return splitCaseReferences(child.value).map((piece) =>
      'reference' in piece
        ? {
            type: 'link',
            url: `${CASE_REFERENCE_SCHEME}${piece.reference}`,
            children: [{ type: 'text', value: piece.reference }],
          }
        : { type: 'text', value: piece.text },
    );
  });
}

/**
 * A remark plugin: case references typed in a comment's text become links to those cases
 * (code spans and blocks are other node types, so a reference quoted as code stays code).
 */
export const remarkCaseReferences = () => (tree: MarkdownNode) => linkReferences(tree);
