import type { BriefingEntry } from '../corpus/corpus';
import { describeRevision } from './describeRevision';

/** One entry of the book's record of change: an update of a briefing, or a revision of one of its key judgments. */
export interface BookChange {
  /** Unique in the book: `<briefing>-update-<n>` or `<briefing>-judgment-<n>`. */
  id: string;
  kind: 'update' | 'revision';
  date: string;
  briefing: BriefingEntry;
  /** Counted from 1: the update's place in `updates`, or the judgment's in `keyJudgments`. */
  number: number;
  /** The update's summary, or the revision in words ("Raised from likely (12 May 2025) to …"). */
  text: string;
  /** For a revision, the judgment's statement as it reads now. */
  statement?: string;
}

/** A briefing's changes in front-matter order: its updates, then its revised judgments. */
export function changesOfBriefing(briefing: BriefingEntry): BookChange[] {
  const updates = (briefing.data.updates ?? []).map((update, index): BookChange => ({
    id: `${briefing.id}-update-${index + 1}`,
    kind: 'update',
    date: update.date,
    briefing,
    number: index + 1,
    text: update.summary,
  }));
  const revisions = briefing.data.keyJudgments.flatMap((judgment, index): BookChange[] => {
    const revision = describeRevision(judgment);
    if (!revision || !judgment.revised) return [];
    return [{ id: `${briefing.id}-judgment-${index + 1}`, kind: 'revision', date: judgment.revised.date, briefing, number: index + 1, text: revision.sentence, statement: judgment.statement }];
  });
  return [...updates, ...revisions];
}

const listed = new WeakMap<readonly BriefingEntry[], BookChange[]>();

/**
 * Every update and judgment revision in the book, newest first; on one day, in reading order, a briefing's update
 * before its revisions. Computed once per list of briefings, for the changes page, its paging and the feed.
 *
 * @example listChanges(book.briefings)[0] // { kind: 'update', date: '2027-03-05', briefing: …, text: 'The ministry confirmed…' }
 */
export function listChanges(briefings: readonly BriefingEntry[]): BookChange[] {
  let changes = listed.get(briefings);
  if (!changes) {
    const position = new Map(briefings.map((briefing, index) => [briefing.id, index]));
    changes = briefings
      .flatMap(changesOfBriefing)
      .sort((a, b) => b.date.localeCompare(a.date) || position.get(a.briefing.id)! - position.get(b.briefing.id)! || (a.kind === b.kind ? a.number - b.number : a.kind === 'update' ? -1 : 1));
    listed.set(briefings, changes);
  }
  return changes;
}
