import { AsyncLocalStorage } from 'node:async_hooks';
import { resolveCitationSource } from '../citations/resolveCitationSource';
import { loadBriefbook } from './loadBriefbook';

/**
 * The briefing whose prose is being rendered. MDX hands a component only its own attributes, yet a citation
 * without `source=` means the source of the briefing it stands in; the page that renders a briefing's prose
 * (src/components/BriefingProse.astro) runs the render inside this context, and every component rendered
 * from that prose, however deeply, reads it back. A store per async call chain, unlike a module variable,
 * keeps the briefings of the book page apart while they render at the same time.
 */
const briefingInRender = new AsyncLocalStorage<string>();

/** Renders the prose of one briefing, so that the components in it know which briefing they belong to. */
export function renderInBriefing<T>(briefingId: string, render: () => T): T {
  return briefingInRender.run(briefingId, render);
}

/**
 * The source a citing component (`<Cite>`, `<Quote>`, `<KeyJudgment>`) refers to, by the rule the content check
 * applies (src/citations/resolveCitationSource.ts). The check runs before any page renders, so an error here means
 * a component was used where no check could see it.
 */
export async function sourceOfCitation(component: string, given: string | undefined): Promise<string> {
  const briefingId = briefingInRender.getStore();
  if (briefingId === undefined) {
    throw new Error(`<${component}> was rendered outside a briefing's prose, so it cannot tell which source it cites. Render briefing prose through <BriefingProse>.`);
  }
  const briefing = (await loadBriefbook()).briefing(briefingId);
  const resolved = resolveCitationSource(given, briefing.data.sources.map((source) => source.id));
  if (resolved.problem !== undefined) throw new Error(`${briefing.filePath}  <${component} source>: ${resolved.problem}`);
  return resolved.sourceId;
}

/**
 * The sources of the briefing whose prose is being rendered, or undefined outside briefing prose: a citation marker
 * in a briefing citing several sources says which source each ¶ belongs to.
 */
export async function sourcesOfBriefingInRender(): Promise<readonly string[] | undefined> {
  const briefingId = briefingInRender.getStore();
  if (briefingId === undefined) return undefined;
  return (await loadBriefbook()).briefing(briefingId).data.sources.map((source) => source.id);
}
