/**
 * Folds a name to the form used for matching: no accents, lower case, one kind of apostrophe and dash,
 * single spaces, no trailing full stop. Spelling differences survive; typography does not.
 *
 * @example normalizeName('  St. George’s  Hall ') // "st. george's hall"
 * @example normalizeName('Türkiye') // "turkiye"
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .trim();
}
