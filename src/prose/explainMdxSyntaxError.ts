/**
 * Turns the MDX parser's wording into what an author needs: what went wrong, in plain words, and the likely fix.
 * The parser says "Unexpected character after `<`, expected a valid JSX tag" both for a component tag left
 * open (`<Cite p={4}` without `/>`) and for a less-than sign in prose ("fewer than <5"); the text at the
 * position tells the two apart. Messages the explanation does not know are passed on, cleaned of the parser's
 * rule names.
 *
 * @example
 * explainMdxSyntaxError('Unexpected character after `<`, expected a valid JSX tag (mdx-jsx:unexpected-character)', 'Fewer than <5 ships.', 1, 12)
 * // 'MDX syntax error: a "<" in the text starts a tag in MDX. To write a less-than sign, write \\< or words ("under 5", "fewer than 5").'
 */
export function explainMdxSyntaxError(parserMessage: string, source: string, line: number, column: number): string {
  const message = parserMessage.replace(/^\d+:\d+:\s*/, '').replace(/\s*\([\w-]+:[\w-]+\)$/, '').trim();
  const lineText = source.split('\n')[line - 1] ?? '';
  const at = lineText.slice(Math.max(0, column - 1));

  if (/^Unexpected character after `<`/.test(message)) {
    const tag = /^<([A-Za-z][\w.]*)/.exec(at)?.[1];
    // Components are capitalised; "<y" in lower case may be either a comparison or an HTML tag.
    if (tag && /^[a-z]/.test(tag)) {
      return `MDX syntax error: "<${tag}" starts a tag in MDX. If it is a less-than sign, write \\<${tag} or words ("under", "fewer than"); if it is a tag, close it with /> or </${tag}>.`;
    }
    if (tag) {
      return (
        `MDX syntax error: the tag <${tag} that starts here is not closed. Expected it to end with /> on the same paragraph, ` +
        `like <${tag} p={4} /> (or >…</${tag}> around text), with every {…} and "…" in its attributes closed.`
      );
    }
    return 'MDX syntax error: a "<" in the text starts a tag in MDX. To write a less-than sign, write \\< or words ("under 5", "fewer than 5").';
  }
  if (/expected a corresponding closing brace for `\{`/.test(message)) {
    return (
      'MDX syntax error: a "{" opens an expression that is never closed. In prose, write a brace as \\{ (or use parentheses); ' +
      'in a component attribute, close it, like p={4} or p={[4, 12]}.'
    );
  }
  const unclosed = /^Expected a closing tag for `<(\w[\w.]*)>`/.exec(message);
  if (unclosed) {
    return `MDX syntax error: <${unclosed[1]}> is opened here but not closed in the same paragraph. Expected </${unclosed[1]}> before the blank line, or <${unclosed[1]} … /> if it holds no text.`;
  }
  const mismatched = /^Unexpected closing tag `<\/(\w[\w.]*)>`, expected corresponding closing tag for `<(\w[\w.]*)>` \((\d+):\d+\)/.exec(message);
  if (mismatched) {
    return `MDX syntax error: </${mismatched[1]}> closes a tag that is not open; the open one is <${mismatched[2]}> (line ${mismatched[3]}). Expected </${mismatched[2]}> here, or the tags nested one inside the other.`;
  }
  return `MDX syntax error: ${message.replace(/\s*\(\d+:\d+\)/, '').replace(/\.$/, '')} (column ${column}).`;
}
