/** The ellipsis that says a label was shortened (the full label is in the tooltip). */
export const ELLIPSIS = '…';

/** Pure: `label` cut to `maxChars` characters, the last of them an ellipsis, at a word end when one is near. */
export function abbreviate(label: string, maxChars: number): string {
  const text = label.trim();
  if (text.length <= maxChars) return text;
  if (maxChars <= 1) return ELLIPSIS;
  const cut = text.slice(0, maxChars - 1);
  const wordEnd = cut.lastIndexOf(' ');
  // A word end in the last third keeps whole words; further back it would throw away too much.
  const kept = wordEnd >= Math.ceil((maxChars - 1) * (2 / 3)) ? cut.slice(0, wordEnd) : cut;
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

/**
 * Pure: `label` in lines of at most `maxChars` characters, broken between words, at most
 * `maxLines` of them; what does not fit ends in an ellipsis. A word longer than a line is cut.
 */
export function wrapLabel(label: string, maxChars: number, maxLines: number): string[] {
  const width = Math.max(1, Math.floor(maxChars));
  const words = label.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let index = 0;
  while (index < words.length && lines.length < maxLines) {
    let line = words[index];
    index += 1;
    while (index < words.length && `${line} ${words[index]}`.length <= width) {
      line = `${line} ${words[index]}`;
      index += 1;
    }
    lines.push(line);
  }
  const last = lines.length - 1;
  if (last < 0) return [];
  const rest = words.slice(index).join(' ');
  const lastLine = rest ? `${lines[last]} ${rest}` : lines[last];
  lines[last] = abbreviate(lastLine, width);
  for (let line = 0; line < last; line += 1) lines[line] = abbreviate(lines[line], width);
  return lines;
}

/** Characters of 12 px text that fit in `pixels` (an average glyph is about 6.5 px wide). */
export const charactersIn = (pixels: number, fontSize = 12): number =>
  Math.max(3, Math.floor(pixels / (fontSize * 0.55)));
