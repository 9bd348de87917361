/**
 * react-markdown's `urlTransform` for comments: only web and mail links survive. Comments are
 * written by other readers, so a `javascript:` or `data:` link (or a relative one that would
 * act inside the workbench) is dropped rather than rendered.
 */
export function commentUrl(url: string): string | undefined {
  const trimmed = url.trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : undefined;
}
