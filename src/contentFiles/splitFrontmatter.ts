export interface Frontmatter {
  /** The YAML between the `---` lines. */
  yaml: string;
  /** Lines of the file before the YAML's first line, to turn YAML line numbers into file line numbers. */
  yamlLineOffset: number;
  /** Offset in the file just past the closing `---`. */
  end: number;
  /** The whole file with the front-matter block blanked (line breaks kept), so MDX positions are file positions. */
  blanked: string;
}

// The pattern Astro's MDX integration uses, so that both read the same block.
const frontmatterPattern = /(?:^\uFEFF?|^\s*\n)(?:---)([\s\S]*?\n)(?:---)/;

/**
 * Finds the YAML front matter of an MDX file, or `undefined` when the file has none.
 *
 * @example
 * splitFrontmatter('---\ntitle: X\n---\n\nBody') // { yaml: '\ntitle: X\n', yamlLineOffset: 0, end: 17, blanked: '   \n        \n   \n\nBody' }
 */
export function splitFrontmatter(text: string): Frontmatter | undefined {
  const match = frontmatterPattern.exec(text);
  if (!match) return undefined;
  const yaml = match[1]!;
  const yamlStart = match.index + match[0].indexOf(yaml);
  const end = match.index + match[0].length;
  return {
    yaml,
    yamlLineOffset: text.slice(0, yamlStart).split('\n').length - 1,
    end,
    blanked: text.slice(0, match.index) + match[0].replace(/[^\n]/g, ' ') + text.slice(end),
  };
}
