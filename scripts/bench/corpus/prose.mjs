// The words of the synthetic benchmark corpus (scripts/bench/generateCorpus.mjs): a neutral vocabulary, a sentence
// writer, and each briefing's prose with the components a real note uses.

/** Words of prose per briefing, before the components' own text. */
export const targetWords = 800;

// Neutral vocabulary: everyday and administrative words, none taken from the source article's sentences.

export const vocabulary = {
  determiners: ['the', 'a', 'each', 'every', 'another', 'this', 'that', 'one', 'some', 'any'],
  adjectives: [
    'quiet', 'broad', 'narrow', 'steady', 'early', 'late', 'northern', 'southern', 'eastern', 'western', 'coastal',
    'inland', 'formal', 'informal', 'local', 'regional', 'modest', 'large', 'small', 'rapid', 'gradual', 'partial',
    'complete', 'temporary', 'lasting', 'public', 'private', 'joint', 'separate', 'new', 'older', 'uneven', 'careful',
    'limited', 'wider', 'central', 'remote', 'seasonal', 'annual', 'monthly', 'minor', 'major', 'direct', 'indirect',
    'written', 'verbal', 'technical', 'practical', 'routine', 'unusual', 'familiar', 'shared', 'costly', 'cheap',
  ],
  nouns: [
    'harbour', 'council', 'supply', 'route', 'market', 'bridge', 'agreement', 'schedule', 'budget', 'warehouse',
    'railway', 'office', 'committee', 'district', 'border', 'crossing', 'convoy', 'permit', 'contract', 'pipeline',
    'survey', 'ledger', 'archive', 'station', 'depot', 'runway', 'terminal', 'shipment', 'tariff', 'loan', 'grant',
    'census', 'harvest', 'reservoir', 'corridor', 'checkpoint', 'delegation', 'statement', 'proposal', 'review',
    'inventory', 'workshop', 'garrison', 'patrol', 'timetable', 'network', 'registry', 'mandate', 'deadline', 'forum',
    'channel', 'reserve', 'fleet', 'cargo', 'transit', 'ministry', 'assembly', 'treaty', 'clause', 'ceremony',
    'plan', 'report', 'audit', 'dispute', 'offer', 'request', 'visit', 'meeting', 'exchange', 'quota', 'yard',
  ],
  verbs: [
    'reviews', 'extends', 'delays', 'approves', 'rejects', 'records', 'funds', 'moves', 'secures', 'reopens',
    'closes', 'expands', 'narrows', 'tracks', 'limits', 'supports', 'questions', 'follows', 'replaces', 'shapes',
    'links', 'shifts', 'tests', 'measures', 'publishes', 'signals', 'outlines', 'revisits', 'confirms', 'postpones',
  ],
  prepositions: ['near', 'across', 'beyond', 'along', 'within', 'under', 'after', 'before', 'around', 'between', 'toward', 'behind'],
  adverbs: ['slowly', 'openly', 'again', 'quietly', 'largely', 'partly', 'still', 'often', 'rarely', 'briefly', 'mostly', 'soon'],
  connectors: ['Meanwhile,', 'In turn,', 'By contrast,', 'Even so,', 'As a result,', 'For now,', 'In practice,', 'At the same time,', 'Later,', 'Overall,'],
  syllables: [
    'ka', 'lo', 'ri', 'mon', 'ta', 'vel', 'sa', 'dor', 'ni', 'pel', 'ar', 'bro', 'cen', 'dal', 'fen', 'gor', 'hal',
    'jes', 'kor', 'lun', 'mar', 'nor', 'pra', 'quin', 'ros', 'sel', 'tor', 'ul', 'vin', 'wes', 'zan', 'bel', 'cor',
  ],
  givenNames: [
    'Alex', 'Dana', 'Mira', 'Tomas', 'Lena', 'Omar', 'Rafael', 'Ines', 'Karim', 'Nadia', 'Yusuf', 'Sofia', 'Ivo',
    'Hana', 'Leo', 'Tara', 'Milan', 'Rosa', 'Emil', 'Vera', 'Samir', 'Lina', 'Pavel', 'Nora', 'Farid', 'Elena',
  ],
  units: [
    ['vessel', 'vessels'], ['flight', 'flights'], ['tonne', 'tonnes'], ['worker', 'workers'], ['vehicle', 'vehicles'],
    ['kilometre', 'kilometres'], ['site', 'sites'], ['permit', 'permits'], ['household', 'households'], ['container', 'containers'],
    ['school', 'schools'], ['patrol', 'patrols'], ['bed', 'beds'], ['day', 'days'], ['crossing', 'crossings'],
  ],
};

/** Words that make a generated stem into an entity name of each kind. */
export const organisationWords = ['Council', 'Agency', 'Commission', 'Authority', 'Institute', 'Bureau', 'Committee', 'Trust', 'Union'];
export const groupWords = ['Brigade', 'Front', 'Guard', 'Militia', 'Battalion', 'Legion'];
export const placeWords = ['Valley', 'Heights', 'Plain', 'Bay', 'Springs', 'Ridge', 'Harbour', 'Crossing'];
export const facilityWords = ['Air Base', 'Naval Yard', 'Depot', 'Station', 'Airport', 'Camp', 'Terminal'];

export const capitalize = (word) => word.charAt(0).toUpperCase() + word.slice(1);
export const pad = (value, width) => String(value).padStart(width, '0');

/** Sentences and titles of a given length from the vocabulary, drawn with `random`. */
export function createWriter(random) {
  const { pick } = random;
  const nounPhrase = () => (random.chance(0.5) ? `${pick(vocabulary.determiners)} ${pick(vocabulary.adjectives)} ${pick(vocabulary.nouns)}` : `${pick(vocabulary.determiners)} ${pick(vocabulary.nouns)}`);
  /** A sentence of exactly `length` words (at least 3), without its final full stop. */
  const words = (length) => {
    const parts = [];
    if (length >= 8 && random.chance(0.2)) parts.push(...pick(vocabulary.connectors).split(' '));
    while (parts.length < length) {
      const remaining = length - parts.length;
      if (parts.length === 0 || remaining > 6) {
        parts.push(...nounPhrase().split(' '), pick(vocabulary.verbs), ...nounPhrase().split(' '));
        if (length - parts.length > 4) parts.push(pick(vocabulary.prepositions), ...nounPhrase().split(' '));
        if (length - parts.length > 3 && random.chance(0.3)) parts.push(pick(vocabulary.adverbs));
      } else {
        parts.push(pick(random.chance(0.5) ? vocabulary.nouns : vocabulary.adjectives));
      }
    }
    const sentence = parts.slice(0, length);
    sentence[0] = capitalize(sentence[0]);
    return sentence.join(' ');
  };
  const sentence = (min, max) => `${words(random.int(min, max))}.`;
  const title = (min, max) =>
    words(random.int(min, max))
      .split(' ')
      .map((word, index) => (index === 0 || word.length > 3 ? capitalize(word) : word))
      .join(' ')
      .replace(/,/g, '');
  return { words, sentence, title };
}

/** Words are runs of non-space characters with a letter or digit in them, so a lone "." or "—" is not one. */
export const countWords = (text) => text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;

/** About {@link targetWords} words in four headed sections, with the components a real note uses. */
export function writeProse({ random, write, briefingSources, briefingEntities, briefingFigures, previousId, charts }) {
  const sections = 4;
  const paragraphsPerSection = [3, 3, 2, 3];
  const paragraphCount = paragraphsPerSection.reduce((sum, value) => sum + value, 0);
  // Headings count as prose words too, so the paragraphs get what they leave of the target.
  const headings = Array.from({ length: sections }, () => write.title(2, 5));
  const total = targetWords + random.int(-15, 15) - headings.reduce((sum, heading) => sum + countWords(heading), 0);
  const entitiesToPlace = [...briefingEntities];
  const figuresToPlace = [...briefingFigures];
  const cite = () => {
    const source = random.pick(briefingSources);
    const paragraphs = random.distinct(random.int(1, 2), () => random.int(1, source.paragraphCount), source.paragraphCount).sort((a, b) => a - b);
    const p = paragraphs.length === 1 ? `{${paragraphs[0]}}` : `{[${paragraphs.join(', ')}]}`;
    return ` <Cite p=${p} source="${source.id}" />`;
  };
  let written = 0;
  let paragraphIndex = 0;
  const lines = [];
  for (let section = 0; section < sections; section += 1) {
    lines.push(`## ${headings[section]}`, '');
    for (let local = 0; local < paragraphsPerSection[section]; local += 1) {
      const remainingParagraphs = paragraphCount - paragraphIndex;
      const budget = Math.round((total - written) / remainingParagraphs);
      const sentences = [];
      let words = 0;
      while (words < budget) {
        const length = budget - words < 24 ? budget - words : random.int(9, 20);
        if (length < 3) {
          // Too short for a sentence of its own: lengthen the previous one.
          sentences[sentences.length - 1] = sentences.at(-1).replace(/\.(?=[^.]*$)/, ` ${write.words(3).toLowerCase().split(' ').slice(0, length).join(' ')}.`);
          words += length;
          break;
        }
        let sentence = `${write.words(length)}.`;
        words += length;
        // The linking words below ("with", "about", "since") count towards the paragraph's words; the components do not.
        if (entitiesToPlace.length > 0 && random.chance(0.5)) {
          sentence = `<Entity id="${entitiesToPlace.shift()}" /> ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
        } else if (random.chance(0.12)) {
          sentence = sentence.replace(/\.$/, ` with <Entity id="${random.pick(briefingEntities)}" />.`);
          words += 1;
        }
        if (figuresToPlace.length > 0 && random.chance(0.25)) {
          sentence = sentence.replace(/\.$/, `, about <FigureValue id="${figuresToPlace.shift()}" />.`);
          words += 1;
        }
        // Like the real notes, the marker sits before the full stop: "… on 28 January <Cite p={1} />."
        if (random.chance(0.45)) sentence = sentence.replace(/\.$/, `${cite()}.`);
        // Like the real notes, one sentence points back to an earlier note.
        if (previousId && section === sections - 1 && sentences.length === 1) {
          sentence = sentence.replace(/\.$/, ` since <BriefingLink id="${previousId}" />.`);
          previousId = undefined;
          words += 1;
        }
        sentences.push(sentence);
      }
      written += words;
      paragraphIndex += 1;
      lines.push(sentences.join(' '), '');
    }
    if (section === 0 && charts) lines.push(`<FigureChart id="${briefingFigures[0]}" />`, '');
  }
  // Whatever was not placed yet goes in a closing sentence-less line of references, so every listed entity and figure
  // appears in the prose at least once.
  const leftovers = [
    ...entitiesToPlace.map((id) => `<Entity id="${id}" />`),
    ...figuresToPlace.map((id) => `<FigureValue id="${id}" />`),
  ];
  if (leftovers.length > 0) lines.splice(lines.length - 1, 0, `Also in view: ${leftovers.join(', ')}.`, '');
  return lines.join('\n');
}

/** The words a reader sees in a briefing's prose, leaving out headings' markers and the components. */
export function countProseWords(body) {
  return countWords(body.replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, ' ').replace(/^#+\s/gm, ' '));
}
