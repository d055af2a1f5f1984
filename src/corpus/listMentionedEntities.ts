import type { AliasIndex } from '../entities/buildAliasIndex';
import { scanMdxComponents } from '../prose/scanMdxComponents';

/**
 * The entities a briefing concerns: those its front matter lists, then those its prose names with `<Entity>`
 * (by id or by any name), each once, in that order. Search uses it so that every spelling of an entity finds
 * the briefings that mention it, even when the front matter forgot one.
 *
 * @example
 * listMentionedEntities(['northport'], 'Talks with <Entity name="Mara Elison" /> on <Entity id="east-quay" />.', aliases)
 * // ['northport', 'mara-ellison', 'east-quay']
 */
export function listMentionedEntities(listed: readonly string[], body: string, aliases: Pick<AliasIndex, 'resolve'>): string[] {
  const ids = new Set(listed);
  for (const usage of scanMdxComponents(body)) {
    if (usage.name !== 'Entity') continue;
    const wanted = usage.attributes.id ?? usage.attributes.name;
    if (typeof wanted !== 'string') continue;
    const match = aliases.resolve(wanted);
    if (match) ids.add(match.entityId);
  }
  return [...ids];
}
