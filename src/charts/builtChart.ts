import type { CorpusIndex } from '../corpus/indexCorpus';
import type { ChartModel } from './chartModel';
import type { Basemap } from './map/locatorMap';

/** Narrow charts fit a 320-pixel phone at full size; wide ones are for larger screens, print and the SVG files. */
export type ChartVariant = 'narrow' | 'wide';

export type Citations = ReadonlyArray<{ source: { id: string }; paragraphs: readonly number[] }>;

/** What a page needs to show a chart: its drawing(s), where its facts come from and where to download it. */
export interface BuiltChart {
  key: string;
  /** One model for figures; a narrow and a wide model for timelines and maps. */
  models: { narrow: ChartModel; wide?: ChartModel };
  citations: Citations;
  downloads: Array<{ label: string; href: string }>;
}

/** What a chart kind's `build` gets besides the book and the spec. */
export interface BuildContext {
  /** The spec's chart key (the standalone SVG's file name). */
  key: string;
  /** Keeps ids inside the SVG unique on a page. */
  idPrefix: string;
  /** The download link of the standalone SVG, listed first. */
  svg: { label: string; href: string };
  /**
   * The country outlines a map is drawn on, read by the build (src/data/loadBasemap.ts) and handed in, so that no
   * chart reads a file; `areaOf` gives the places to fit a book without a map focus to.
   */
  readBasemap(areaOf: () => ReadonlyArray<{ lat: number; lon: number }>): Basemap;
}

/**
 * Drawings that a page and the chart's standalone SVG file both show (the variant the file uses), per book: the
 * second of the two gets the first's drawing, with its own id. A drawing depends on nothing but the spec and the
 * variant; the id is only where the SVG's own ids start (see renderSvg).
 */
const sharedDrawings = new WeakMap<CorpusIndex, Map<string, ChartModel>>();

export function drawShared(book: CorpusIndex, key: string, id: string, draw: () => ChartModel): ChartModel {
  const kept = sharedDrawings.get(book) ?? new Map<string, ChartModel>();
  sharedDrawings.set(book, kept);
  const drawn = kept.get(key);
  if (drawn) {
    // Two users at most (the page and the file), so the drawing is let go after its second use.
    kept.delete(key);
    return { ...drawn, id };
  }
  const model = draw();
  kept.set(key, model);
  return model;
}

/**
 * The chart's drawings, each made when first read: a page shows both variants, but the standalone SVG file only the
 * wide one, and drawing a timeline or map costs far more than anything else about it.
 */
export function lazyModels(drawNarrow: () => ChartModel, drawWide?: () => ChartModel): BuiltChart['models'] {
  let narrow: ChartModel | undefined;
  let wide: ChartModel | undefined;
  const models = {
    get narrow() {
      return (narrow ??= drawNarrow());
    },
  } as BuiltChart['models'];
  if (drawWide) Object.defineProperty(models, 'wide', { enumerable: true, get: () => (wide ??= drawWide()) });
  return models;
}

/** Every citation of a set, merged by source, so a chart can name its sources once. */
export function mergeCitations(all: Citations): Citations {
  const bySource = new Map<string, Set<number>>();
  for (const citation of all) {
    const set = bySource.get(citation.source.id) ?? new Set<number>();
    citation.paragraphs.forEach((paragraph) => set.add(paragraph));
    bySource.set(citation.source.id, set);
  }
  return [...bySource].map(([id, paragraphs]) => ({ source: { id }, paragraphs: [...paragraphs].sort((a, b) => a - b) }));
}
