/**
 * Quotation marks by language: the outer pair, and the pair for quotes inside a quote (Russian
 * typography nests „лапки“ inside «ёлочки»; English nests single quotes inside double ones).
 */
const MARKS: Record<string, { outer: [string, string]; inner: [string, string] }> = {
  ru: { outer: ['«', '»'], inner: ['„', '“'] },
  en: { outer: ['“', '”'], inner: ['‘', '’'] },
};

/** Pairs of marks a quoted text may already be wrapped in, opening to closing. */
const PAIRS: Record<string, string> = { '«': '»', '“': '”', '„': '“', '"': '"', '‘': '’', "'": "'" };

/** True when `text` opens with a quote mark whose own closing mark is the text's last character. */
function wrappedWhole(text: string): boolean {
  const close = PAIRS[text[0]];
  if (!close || text.length < 2 || text[text.length - 1] !== close) return false;
  const open = text[0];
  if (open === close) {
    // Straight and same-shape marks do not nest: exactly the two at the ends.
    return text.split(open).length === 3;
  }
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === open) depth++;
    else if (text[index] === close) depth--;
    // The opening mark closed before the end: the text is «a» b «c», not one quote.
    if (depth === 0) return index === text.length - 1;
  }
  return false;
}

/**
 * `text` in quotation marks once, in the language's style: marks the text carries around it
 * (a passage selected with its quotes) are not doubled, and guillemets or double quotes inside
 * it become the inner pair, so «долг» inside a quote reads «… „долг“ …».
 */
export function quote(text: string, language: string): string {
  const { outer, inner } = MARKS[language.slice(0, 2)] ?? MARKS.en;
  let body = text.trim();
  while (wrappedWhole(body)) body = body.slice(1, -1).trim();
  const nested = body.replace(/[«“„]|"(?=\S)/g, inner[0]).replace(/[»”]|(?<=\S)"/g, inner[1]);
  return `${outer[0]}${nested}${outer[1]}`;
}
