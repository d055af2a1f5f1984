import { describe, expect, it } from 'vitest';
import type { GroupMark, Mark, TextMark } from '../../src/charts/chartModel';
import { locatorMap } from '../../src/charts/map/locatorMap';
import { boxesOverlap } from '../../src/charts/map/placeLabels';
import { measureText } from '../../src/charts/measureText';
import { walkMarks } from '../../src/charts/walkMarks';
import { loadBasemap } from '../../src/data/loadBasemap';
import { places } from './fixtures';

const basemap = loadBasemap();
const all = (marks: Mark[]) => [...walkMarks(marks)];
const markerGroup = (marks: Mark[]) => (marks.find((mark) => mark.type === 'group' && mark.className === 'chart-markers') as GroupMark).marks;
/** The markers on the map itself (the key below repeats their shapes), without the leaders of moved ones. */
const mapMarkers = (marks: Mark[]) => markerGroup(marks).filter((mark) => mark.className.includes('chart-place'));
const labelGroup = (marks: Mark[], key: string) => all(marks).find((mark): mark is GroupMark => mark.type === 'group' && mark.className === 'chart-map-label-group' && mark.key === key);

/** The box of every text mark, as the chart lays them out (rotated sea names included). */
function textBoxes(marks: Mark[]) {
  return all(marks)
    .filter((mark): mark is TextMark => mark.type === 'text' && (mark.className.includes('chart-map-label') || mark.className.includes('chart-country-label')))
    .map((mark) => {
      const width = Math.max(...mark.lines.map((line) => measureText(line, mark.fontSize)));
      const height = mark.lines.length * (mark.lineHeight ?? mark.fontSize * 1.25);
      const left = mark.anchor === 'middle' ? mark.x - width / 2 : mark.anchor === 'end' ? mark.x - width : mark.x;
      const box = { x: left, y: mark.y - mark.fontSize * 0.78, width, height };
      return { text: mark.lines.join(' '), box: mark.rotate ? { x: mark.x - height, y: mark.y - width / 2, width: height, height: width } : box };
    });
}

describe('locatorMap(places, basemap)', () => {
  for (const width of [300, 720]) {
    const model = locatorMap(places, basemap, { width });

    it(`fits the focus country inside the frame (width ${width})`, () => {
      const focus = all(model.marks).find((mark) => mark.className === 'chart-land chart-land--focus');
      expect(focus?.type).toBe('path');
      const numbers = (focus as { d: string }).d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const xs = numbers.filter((_, index) => index % 2 === 0);
      expect(Math.min(...xs)).toBeGreaterThan(0);
      expect(Math.max(...xs)).toBeLessThan(width);
    });

    it(`marks facilities as squares and places as circles, hollow where the status changed (width ${width})`, () => {
      const markers = mapMarkers(model.marks);
      expect(markers.filter((mark) => mark.type === 'rect')).toHaveLength(3);
      expect(markers.filter((mark) => mark.type === 'circle')).toHaveLength(3);
      expect(markers.filter((mark) => mark.className.includes('has-status'))).toHaveLength(1);
    });

    it(`names the sea on the water without a marker (width ${width})`, () => {
      const sea = labelGroup(model.marks, 'sea');
      expect(sea).toBeDefined();
      expect((sea!.marks[0] as TextMark).fontStyle).toBe('italic');
    });

    it(`points to places beyond the frame (width ${width})`, () => {
      expect(all(model.marks).filter((mark) => mark.className === 'chart-offmap-arrow')).toHaveLength(1);
      expect(model.table.rows.find((row) => row.id === 'place-far-capital')!.cells.shown).toBe('Off the map, to the north');
      expect(model.desc).toContain('Moscow, to the north');
    });

    it(`never overprints one label with another (width ${width})`, () => {
      const boxes = textBoxes(model.marks);
      expect(boxes.length).toBeGreaterThanOrEqual(6);
      for (const [index, a] of boxes.entries()) {
        for (const b of boxes.slice(index + 1)) expect(boxesOverlap(a.box, b.box), `${a.text} / ${b.text}`).toBe(false);
      }
    });

    it(`draws a scale bar whose length matches its label (width ${width})`, () => {
      const bar = all(model.marks).find((mark): mark is GroupMark => mark.type === 'group' && mark.key === 'scale-bar')!;
      const label = (bar.marks.find((mark) => mark.type === 'text') as TextMark).lines[0]!;
      const km = Number(label.replace(' km', ''));
      const path = bar.marks.find((mark) => mark.type === 'path') as { d: string };
      const [, end] = /H([\d.]+)/.exec(path.d)!;
      const pixels = Number(end) - 0.75;
      // Hmeimim to Qamishli is about 500 km as the crow flies: the bar's scale must agree.
      const markers = mapMarkers(model.marks).filter((mark) => mark.type === 'rect');
      const [hmeimim, qamishli] = markers as Array<{ x: number; y: number; width: number }>;
      const measured = Math.hypot(qamishli!.x - hmeimim!.x, qamishli!.y - hmeimim!.y);
      const kmPerUnit = km / pixels;
      expect(measured * kmPerUnit).toBeGreaterThan(460);
      expect(measured * kmPerUnit).toBeLessThan(540);
    });
  }

  it('fits the focus country and a far place together when asked', () => {
    const model = locatorMap([{ ...places.at(-1)!, emphasis: true }], basemap, { fit: 'all' });
    expect(all(model.marks).filter((mark) => mark.className === 'chart-offmap-arrow')).toHaveLength(0);
    expect(labelGroup(model.marks, 'far-capital')).toBeDefined();
    expect(model.height).toBeLessThanOrEqual(model.width + 80);
  });

  it('credits the basemap and says the positions are not from the source', () => {
    const model = locatorMap(places, basemap);
    expect(model.notes.join(' ')).toMatch(/Natural Earth/);
    expect(model.notes.join(' ')).toMatch(/not details from the source/);
  });
  it("keeps the author's capitals in a status, in the description, the table and the label (issue 12)", () => {
    const status = { label: 'Vacated by Russian forces', date: 'January 2026' };
    const model = locatorMap(
      places.map((place) => (place.id === 'airport' ? { ...place, status } : place)),
      basemap,
      { width: 720 },
    );
    expect(model.desc).toContain('Qamishli Airport (facility; Vacated by Russian forces, January 2026)');
    expect(model.desc).not.toMatch(/russian/);
    expect(model.table.rows.find((row) => row.id === 'place-airport')?.cells.status).toBe('Vacated by Russian forces, January 2026');
    const label = labelGroup(model.marks, 'airport')!.marks.find((mark): mark is TextMark => mark.type === 'text' && mark.className.includes('--status'));
    expect(label?.lines.join(' ')).toBe('Vacated by Russian forces, January 2026');
  });
});

describe('locatorMap without a focus country (a book.yaml without mapFocus)', () => {
  const { focus: _focus, ...withoutFocus } = basemap;
  const model = locatorMap(places, { ...withoutFocus, area: places });

  it('fits the places the book marks and draws no country as the focus', () => {
    expect(all(model.marks).some((mark) => mark.className.includes('chart-land--focus'))).toBe(false);
    expect(mapMarkers(model.marks)).toHaveLength(mapMarkers(locatorMap(places, basemap, { fit: 'all' }).marks).length);
    expect(model.desc).toMatch(/^Locator map centred on the places in the briefings \(about /);
    expect(model.desc).not.toMatch(/Beyond the frame/);
    expect(model.title).toMatch(/^Map of the places in the briefings with \d+ places$/);
  });

  it('still draws a map when the book marks no place', () => {
    const empty = locatorMap([], { ...withoutFocus, area: [] });
    expect(all(empty.marks).filter((mark) => mark.className === 'chart-land').length).toBeGreaterThan(20);
  });

  describe('a facility inside a city', () => {
    const city = { id: 'latakia', name: 'Latakia', label: 'Latakia', kind: 'place' as const, lon: 35.7796, lat: 35.5317 };
    const base = { id: 'port', name: 'Latakia Port', label: 'Latakia Port', kind: 'facility' as const, lon: 35.7742, lat: 35.5246 };
    for (const width of [300, 720]) {
      const model = locatorMap([city, base], basemap, { width });
      const [cityMarker, baseMarker] = ['chart-place--place', 'chart-place--facility'].map((kind) => mapMarkers(model.marks).find((mark) => mark.className.includes(kind))!);

      it(`steps aside from the city's marker instead of hiding under it (width ${width})`, () => {
        const circle = cityMarker as { cx: number; cy: number; r: number };
        const square = baseMarker as { x: number; y: number; width: number; height: number };
        const apart = Math.max(Math.abs(square.x + square.width / 2 - circle.cx), Math.abs(square.y + square.height / 2 - circle.cy));
        expect(apart).toBeGreaterThanOrEqual(circle.r + square.width / 2);
      });

      it(`ties the moved marker to its true spot and says so below the map (width ${width})`, () => {
        const leader = markerGroup(model.marks).find((mark) => mark.className.includes('chart-marker-leader')) as { x1: number; y1: number; x2: number; y2: number };
        const square = baseMarker as { x: number; y: number; width: number };
        expect(leader).toBeDefined();
        expect(leader.x2).toBeCloseTo(square.x + square.width / 2, 1);
        // The leader starts where the port is, within a pixel of the city (the two are 900 m apart).
        const circle = cityMarker as { cx: number; cy: number };
        expect(Math.hypot(leader.x1 - circle.cx, leader.y1 - circle.cy)).toBeLessThan(4);
        const notes = all(model.marks).filter((mark): mark is TextMark => mark.type === 'text').map((mark) => mark.lines.join(' ')).join(' ');
        expect(notes).toContain('Moved aside so as not to hide under a neighbouring marker, with a line to the true spot: Latakia Port.');
      });

      it(`leaves markers that do not touch where they are (width ${width})`, () => {
        expect(markerGroup(locatorMap([city, places[3]!], basemap, { width }).marks).filter((mark) => mark.className.includes('leader'))).toEqual([]);
      });
    }
  });
});
