import type { DateQualifier } from '../../schemas/event';
import type { PartialDate } from '../../schemas/partialDate';
import type { CellPart, TableRow } from '../chartModel';

/** What a timeline is drawn from: its events and the lanes (topics) they run in. */
export interface TimelineEvent {
  id: string;
  title: string;
  date: PartialDate;
  end?: PartialDate;
  dateQualifier?: DateQualifier;
  /** How a worked-out date was worked out; its presence marks the date as derived. */
  derivedDate?: string;
  /** Id of the lane (topic) the event runs in. */
  lane: string;
  /** The briefings that discuss the event, already linked. */
  briefings?: CellPart[];
  citations?: TableRow['citations'];
}

export interface TimelineLane {
  id: string;
  title: string;
}
