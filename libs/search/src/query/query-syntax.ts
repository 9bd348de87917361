/**
 * Checks a search text against the `simple_query_string` syntax we enable (phrases "…", `+`,
 * `-`, `|`, prefix `*`, parentheses, `\` escapes). Elasticsearch accepts anything here and
 * silently reads a broken query some other way; a prosecutor should instead learn what is wrong
 * and where. Returns the first problem as a sentence, or null. Pure.
 */
export const MAX_QUERY_LENGTH = 1000;

export function findQuerySyntaxProblem(query: string): string | null {
  if (query.length > MAX_QUERY_LENGTH) return `is at most ${MAX_QUERY_LENGTH} characters long`;
  let openQuote: number | null = null;
  const openParentheses: number[] = [];
  // What the last significant token was: an operator waits for a term.
  let pendingOperator: { symbol: string; at: number } | null = null;
  let termSinceOpen = true;
  for (let index = 0; index < query.length; index++) {
    const character = query[index];
    if (character === '\\') {
      if (index === query.length - 1) {
        return `has a "\\" at character ${index + 1} that escapes nothing: write \\\\ for a backslash`;
      }
      index++;
      pendingOperator = null;
      termSinceOpen = true;
      continue;
    }
    if (openQuote !== null) {
      if (character === '"') openQuote = null;
      continue;
    }
    if (/\s/u.test(character)) continue;
    switch (character) {
      case '"':
        openQuote = index;
        pendingOperator = null;
        termSinceOpen = true;
        break;
      case '(':
        openParentheses.push(index);
        pendingOperator = null;
        termSinceOpen = false;
        break;
      case ')':
        if (openParentheses.length === 0) return `has a ")" at character ${index + 1} that closes nothing`;
        if (pendingOperator) return operatorWithoutTerm(pendingOperator);
        if (!termSinceOpen) return `has empty parentheses at character ${openParentheses.at(-1)! + 1}`;
        openParentheses.pop();
        break;
      case '|':
        if (pendingOperator) return operatorWithoutTerm(pendingOperator);
        if (!termSinceOpen || atStartOfGroup(query, index))
          return `starts with "|" at character ${index + 1}: put a word on both sides of "|"`;
        pendingOperator = { symbol: '|', at: index };
        break;
      case '+':
      case '-':
        // Inside a word ("KZ-CC-128-3", "Ак-Тобе") they are letters, not operators.
        if (isWordCharacter(previousCharacter(query, index))) break;
        if (pendingOperator?.symbol === '+' || pendingOperator?.symbol === '-')
          return operatorWithoutTerm(pendingOperator);
        pendingOperator = { symbol: character, at: index };
        break;
      case '*':
        if (!isWordCharacter(previousCharacter(query, index)))
          return `has "*" at character ${index + 1} with no word before it: write the start of a word, e.g. вербов*`;
        break;
      default:
        pendingOperator = null;
        termSinceOpen = true;
    }
  }
  if (openQuote !== null) return `has a quote at character ${openQuote + 1} that is never closed`;
  if (openParentheses.length) return `has a "(" at character ${openParentheses.at(-1)! + 1} that is never closed`;
  if (pendingOperator) return operatorWithoutTerm(pendingOperator);
  return null;
}

function operatorWithoutTerm(operator: { symbol: string; at: number }): string {
  return `has "${operator.symbol}" at character ${operator.at + 1} with no word after it`;
}

function atStartOfGroup(query: string, index: number): boolean {
  const before = query.slice(0, index).trimEnd();
  return before === '' || before.endsWith('(');
}

/** The whole character before `index`, a letter outside the BMP included. */
function previousCharacter(query: string, index: number): string | undefined {
  return index > 0 ? Array.from(query.slice(Math.max(0, index - 2), index)).at(-1) : undefined;
}

/** Letters and digits the analysis keeps: the apostrophe-like letters ʻ ʼ are dropped by it. */
function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}_]/u.test(character) && !/[ʻʼ]/u.test(character);
}
