import type { Attribution } from '../schemas/attribution';
/**
 * What every chart function returns: a finished drawing in SVG user units, with nothing left to compute.
 * Components and the standalone-SVG endpoint only serialise it, so a chart looks the same wherever it appears,
 * and tests can check positions, labels and qualifiers without a DOM.
 */

import type { ChartKindName } from './specs';

/** Styling hooks. Colours live in CSS (src/styles/charts.css), never in the model, so themes and print can change them. */
type WithClass = { className: string };

export type RectMark = WithClass & {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  rx?: number;
  /** Id of one of the chart's `patterns` to fill with (an estimate's hatch). */
  pattern?: string;
};
export type CircleMark = WithClass & { type: 'circle'; cx: number; cy: number; r: number };
export type LineMark = WithClass & { type: 'line'; x1: number; y1: number; x2: number; y2: number };
export type PathMark = WithClass & { type: 'path'; d: string; transform?: string };
export type TextMark = WithClass & {
  type: 'text';
  x: number;
  y: number;
  /** One entry per line; lines after the first are drawn `lineHeight` below the one before. */
  lines: string[];
  fontSize: number;
  lineHeight?: number;
  anchor?: 'start' | 'middle' | 'end';
  fontWeight?: 'normal' | 'bold';
  fontStyle?: 'normal' | 'italic';
  /** Degrees to turn the text about (x, y); a sea's name may run along a narrow strip of water. */
  rotate?: number;
};
/** A group that names what it draws (`data-key`), so tests and tooltips can find an event or a place. */
export type GroupMark = WithClass & { type: 'group'; key?: string; marks: Mark[] };

export type Mark = RectMark | CircleMark | LineMark | PathMark | TextMark | GroupMark;

/** A diagonal hatch, for marks the source calls estimates. Referenced as `url(#<chart id>-<id>)`. */
export interface HatchPattern {
  id: string;
  /** Class of the pattern's background and lines. */
  className: string;
  spacing: number;
}

/** A link inside a table cell (a briefing that discusses an event, an entity page). */
export interface CellPart {
  text: string;
  href?: string;
}
export type Cell = string | CellPart[];

export interface TableColumn {
  key: string;
  label: string;
  /** Right-aligns the column (numbers). */
  numeric?: boolean;
}

export interface TableRow {
  /** Becomes the row's `id`, so other pages can link to it (`/timeline/#<event-id>`). */
  id?: string;
  /** The cell that heads the row (`<th scope="row">`). */
  header?: Cell;
  cells: Record<string, Cell>;
  /** Where the row's facts come from; the component prints them as ¶ links in the table's `citeColumn`. */
  citations?: ReadonlyArray<{ source: { id: string }; paragraphs: readonly number[]; attribution?: Attribution; by?: string; credibility?: number }>;
}

/** The chart's data as a real table: what a screen reader, a printout and a copy-paste get. */
export interface DataTable {
  caption: string;
  /** Heading of the column of row headers, when rows have them. */
  rowHeader?: string;
  /** The column whose cells end with the row's citations (¶ links). */
  citeColumn?: string;
  columns: TableColumn[];
  rows: TableRow[];
}

export interface ChartModel {
  /** What kind of chart (src/charts/specs.ts); also the root class `chart--<kind>`. */
  kind: ChartKindName;
  /** Prefix for ids inside the SVG (title, desc, patterns); unique on a page. */
  id: string;
  /** The drawing's size in SVG units; rendered as the viewBox `0 0 width height`, so it scales to its container. */
  width: number;
  height: number;
  /** The chart's accessible name. */
  title: string;
  /** A description written from the data, for screen readers and the standalone file. */
  desc: string;
  patterns: HatchPattern[];
  marks: Mark[];
  table: DataTable;
  /** Caveats to print under the chart (map boundaries, derived dates). */
  notes: string[];
}
