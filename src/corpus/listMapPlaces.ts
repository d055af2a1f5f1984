import type { CorpusIndex } from './indexCorpus';
import { isMappable } from '../entities/isMappable';
import { mapPlaceLimit } from '../config/limits';

/**
 * The places and facilities the map page draws: every mappable entity when there are few, otherwise the
 * `limit` that the most briefings mention (ties by name), so the page stays readable and bounded.
 *
 * @example listMapPlaces(book).map((entity) => entity.id) // ['east-quay', 'northport', …]
 */
export function listMapPlaces(book: Pick<CorpusIndex, 'corpus' | 'briefingsMentioning'>, limit = mapPlaceLimit) {
  const mappable = book.corpus.entities.filter((entity) => isMappable(entity.data));
  if (mappable.length <= limit) return mappable;
  return mappable
    .map((entity) => ({ entity, mentions: book.briefingsMentioning(entity.id).length }))
    .sort((a, b) => b.mentions - a.mentions || a.entity.data.name.localeCompare(b.entity.data.name))
    .slice(0, limit)
    .map(({ entity }) => entity);
}
