import type { BriefingData } from '../schemas/briefing';
import type { EntityData } from '../schemas/entity';
import type { EventData } from '../schemas/event';
import type { FigureData } from '../schemas/figure';
import type { SourceData } from '../schemas/source';
import type { TopicData } from '../schemas/topic';

/** One validated content entry, with the file it came from (relative to the project root) for error messages. */
export interface CorpusEntry<T> {
  id: string;
  filePath: string;
  data: T;
}

export interface BriefingEntry extends CorpusEntry<BriefingData> {
  /** The MDX after the front matter. */
  body: string;
  /** The file line on which `body` starts, so that problems in prose can name their line. */
  bodyLine: number;
}

/** Everything the content folder holds, as plain data: the input of validation and of every page. */
export interface Corpus {
  briefings: BriefingEntry[];
  figures: CorpusEntry<FigureData>[];
  events: CorpusEntry<EventData>[];
  entities: CorpusEntry<EntityData>[];
  sources: CorpusEntry<SourceData>[];
  topics: CorpusEntry<TopicData>[];
}

