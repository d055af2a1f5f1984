import type { ContentProblem } from '../contentFiles/contentProblem';
import type { Corpus } from '../corpus/corpus';

/** The entity fields that point up a chain (a quay part of a town part of a country; a camp run by a group). */
const chainFields = ['partOf', 'operator'] as const;

/**
 * Entities whose `partOf` or `operator` chain comes back to where it started: an entity part of itself, or
 * A in B in A. Such a chain has no top, so the breadcrumbs and the "part of" listings would run forever or
 * drop the entity. Each loop is reported once, on the file where it is first met in id order, with the
 * whole loop spelt out.
 *
 * @example
 * findReferenceLoops(corpus) // [{ file: 'content/entities/a.yaml', field: 'partOf', message: 'A loop: a → b → a …' }]
 */
export function findReferenceLoops(corpus: Pick<Corpus, 'entities'>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = new Map(corpus.entities.map((entity) => [entity.id, entity]));
  for (const field of chainFields) {
    const reported = new Set<string>();
    for (const start of [...corpus.entities].sort((a, b) => a.id.localeCompare(b.id))) {
      if (reported.has(start.id)) continue;
      const chain = [start.id];
      let next = start.data[field]?.id;
      while (next !== undefined && byId.has(next) && !chain.includes(next)) {
        chain.push(next);
        next = byId.get(next)!.data[field]?.id;
      }
      if (next === undefined || !chain.includes(next)) continue;
      const loop = [...chain.slice(chain.indexOf(next)), next];
      if (loop.slice(0, -1).some((id) => reported.has(id))) continue;
      for (const id of loop) reported.add(id);
      const first = byId.get(loop[0]!)!;
      problems.push({
        file: first.filePath,
        field,
        message:
          loop.length === 2
            ? `"${loop[0]}" names itself as its ${field}. Expected another entity (the larger one it belongs to${field === 'operator' ? ', or who runs it' : ''}), or no ${field}.`
            : `A loop: ${loop.join(' → ')}. Expected the ${field} chain to end at an entity with no ${field}; remove ${field} from one of them.`,
      });
    }
  }
  return problems;
}
