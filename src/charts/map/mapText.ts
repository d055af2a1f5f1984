/** The type sizes of a locator map, from its base font size: names, the smaller status and key text, their lines. */
export function mapText(fontSize: number) {
  const small = fontSize - 1;
  return {
    fontSize,
    small,
    smallLineHeight: Math.round(small * 1.3),
    lineHeight: Math.round(fontSize * 1.25),
    /** How far a line's baseline sits below its top. */
    ascent: (size: number) => size * 0.78,
  };
}

export type MapText = ReturnType<typeof mapText>;
