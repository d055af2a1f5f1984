import AnalystComment from './AnalystComment.astro';
import BriefingLink from './BriefingLink.astro';
import Cite from './Cite.astro';
import Entity from './Entity.astro';
import FigureChart from './FigureChart.astro';
import FigureCompare from './FigureCompare.astro';
import FigureValue from './FigureValue.astro';
import KeyJudgment from './KeyJudgment.astro';
import LocatorMap from './LocatorMap.astro';
import Quote from './Quote.astro';
import SiteLink from './SiteLink.astro';
import Timeline from './Timeline.astro';

/**
 * The components briefing prose may use without importing them. Every name here has a contract in
 * src/validation/mdxComponentContracts.ts (the chart components' from their kind, src/charts/specs.ts) so the build
 * can check uses before rendering.
 */
export const mdxComponents = { AnalystComment, BriefingLink, Cite, Entity, FigureChart, FigureCompare, FigureValue, KeyJudgment, LocatorMap, Quote, SiteLink, Timeline };
