const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for SVG or HTML content and attribute values.
 *
 * @example escapeXml('Tom & "Jerry"') // "Tom &amp; &quot;Jerry&quot;"
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character]!);
}
