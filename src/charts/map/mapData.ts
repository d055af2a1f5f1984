import type { Feature, Geometry } from 'geojson';
import type { TableRow } from '../chartModel';

/** What a locator map is drawn from: its places and the basemap the build reads (src/data/loadBasemap.ts). */
export interface MapPlace {
  id: string;
  /** The full name, for the table and the description. */
  name: string;
  /** The name on the map (a short name saves room). */
  label: string;
  kind: 'place' | 'facility';
  lon: number;
  lat: number;
  /** A change of state the source reports ("Vacated by Russian forces"), with its date in words. */
  status?: { label: string; date: string };
  /** Drawn larger, labelled first: the place a page is about. */
  emphasis?: boolean;
  /** The place's page, for the table. */
  href?: string;
  citations?: TableRow['citations'];
}

export type CountryFeature = Feature<Geometry, { name: string }>;

export interface Basemap {
  countries: readonly CountryFeature[];
  /** The same countries at a coarser resolution, for maps that span thousands of kilometres. */
  coarseCountries?: readonly CountryFeature[];
  /** The name of the country the map is fitted to, as the basemap spells it; without one, maps fit `area`. */
  focus?: string;
  /** The points a map without a focus country is fitted to (a book's places); none gives a map of the world. */
  area?: ReadonlyArray<{ lat: number; lon: number }>;
  /** Where the boundaries come from, for the note under the map. */
  attribution: string;
}
