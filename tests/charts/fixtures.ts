import type { CompareInput } from '../../src/charts/compare/compareChart';
import type { SeriesInput } from '../../src/charts/figure/seriesChart';
import type { FigureChartInput } from '../../src/charts/figure/figureChart';
import type { MapPlace } from '../../src/charts/map/locatorMap';
import type { TimelineEvent, TimelineLane } from '../../src/charts/timeline/timelineChart';
import { parsePartialDate, type PartialDate } from '../../src/schemas/partialDate';

/** Chart inputs frozen here, not read from content/, so that snapshots change only when the drawing does. */
export const date = (text: string): PartialDate => {
  const parsed = parsePartialDate(text);
  if (!parsed) throw new Error(`Bad fixture date ${text}`);
  return parsed;
};

const base = { estimated: false, definition: 'A fixture figure.' } as const;

export const figures = {
  overWithPeriod: {
    ...base,
    label: 'Combat sorties',
    value: 63000,
    unit: { singular: 'combat sortie', plural: 'combat sorties' },
    qualifier: 'over',
    period: { from: date('2015'), to: date('2020') },
  },
  atLeast: {
    ...base,
    label: 'Detainees',
    value: 10000,
    unit: { singular: 'detainee', plural: 'detainees' },
    qualifier: 'at least',
    asOf: '2026-01-29',
  },
  estimatedMoney: {
    ...base,
    label: 'Losses',
    value: 400e9,
    unit: { singular: 'US dollar', plural: 'US dollars' },
    currency: 'USD',
    qualifier: 'over',
    estimated: true,
    period: { label: 'the war' },
  },
  exactSmall: {
    ...base,
    label: 'Bases',
    value: 2,
    unit: { singular: 'base', plural: 'bases' },
    qualifier: 'exact',
    asOf: '2026-01-29',
  },
  aboutMonths: {
    ...base,
    label: 'Visits',
    value: 2.5,
    unit: { singular: 'visit', plural: 'visits' },
    qualifier: 'about',
    period: { from: date('2025-10'), to: date('2026-01') },
  },
} satisfies Record<string, FigureChartInput>;

export const lanes: TimelineLane[] = [
  { id: 'talks', title: 'Diplomacy' },
  { id: 'posture', title: 'Military posture' },
  { id: 'north-east', title: 'The north-east' },
  { id: 'war', title: 'War and transition' },
  { id: 'unused', title: 'A lane with no events' },
];

export const events: TimelineEvent[] = [
  { id: 'war-begins', title: 'The war begins', date: date('2011'), dateQualifier: 'about', derivedDate: 'Counted back.', lane: 'war' },
  { id: 'intervention', title: 'Intervention', date: date('2015'), lane: 'posture' },
  { id: 'campaign', title: 'Air campaign of many sorties', date: date('2015'), end: date('2020'), lane: 'posture' },
  { id: 'enters', title: 'Forces move into an airport', date: date('2019'), dateQualifier: 'late', lane: 'posture' },
  { id: 'overthrown', title: 'The ruler is overthrown', date: date('2024-12'), lane: 'war', briefings: [{ text: 'A briefing', href: '/briefings/a/' }] },
  { id: 'offensive', title: 'Offensive in the north-east', date: date('2025'), dateQualifier: 'late', lane: 'north-east' },
  { id: 'first-visit', title: 'First visit', date: date('2025-10'), lane: 'talks' },
  { id: 'prison-breaks', title: 'Prison breaks', date: date('2026-01'), dateQualifier: 'early', lane: 'north-east' },
  { id: 'appeal', title: 'Joint appeal', date: date('2026-01'), dateQualifier: 'by', lane: 'north-east' },
  { id: 'withdrawal', title: 'Withdrawal completed', date: date('2026-01-21'), dateQualifier: 'about', derivedDate: 'A week before.', lane: 'posture' },
  { id: 'ceasefire', title: 'Ceasefire extended', date: date('2026-01-24'), lane: 'north-east' },
  { id: 'praise', title: 'Praise from abroad', date: date('2026-01-27'), derivedDate: 'A day before.', lane: 'talks' },
  { id: 'talks', title: 'The talks', date: date('2026-01-28'), lane: 'talks', briefings: [{ text: 'A briefing', href: '/briefings/a/' }] },
  { id: 'statement', title: 'A statement before the talks', date: date('2026-01-28'), dateQualifier: 'by', derivedDate: 'Before the talks.', lane: 'talks' },
  { id: 'ceasefire-ends', title: 'Extension runs out', date: date('2026-02-08'), dateQualifier: 'about', derivedDate: 'Fifteen days on.', lane: 'north-east' },
];

export const places: MapPlace[] = [
  { id: 'air-base', name: 'Hmeimim Air Base', label: 'Hmeimim', kind: 'facility', lon: 35.9487, lat: 35.4011 },
  { id: 'naval-base', name: 'Tartus Naval Base', label: 'Tartus', kind: 'facility', lon: 35.872, lat: 34.905 },
  { id: 'airport', name: 'Qamishli Airport', label: 'Qamishli', kind: 'facility', lon: 41.1914, lat: 37.0206, status: { label: 'Vacated', date: 'January 2026' } },
  { id: 'capital', name: 'Damascus', label: 'Damascus', kind: 'place', lon: 36.2765, lat: 33.5138 },
  { id: 'heights', name: 'Golan Heights', label: 'Golan Heights', kind: 'place', lon: 35.75, lat: 33.0 },
  { id: 'province', name: 'Quneitra Province', label: 'Quneitra', kind: 'place', lon: 35.8241, lat: 33.1259 },
  { id: 'sea', name: 'Mediterranean Sea', label: 'Mediterranean', kind: 'place', lon: 34.2, lat: 34.6 },
  { id: 'far-capital', name: 'Moscow', label: 'Moscow', kind: 'place', lon: 37.6173, lat: 55.7558 },
];

const cite = (source: string, paragraph: number) => [{ source: { collection: 'sources' as const, id: source }, paragraphs: [paragraph], attribution: 'stated' as const }];

/** A count over time from two sources, who differ on the last day: an estimate, an approximate and a lower bound. */
export const series: SeriesInput = {
  label: 'Boats waiting',
  unit: { singular: 'boat', plural: 'boats' },
  readings: [
    { value: 160, qualifier: 'estimated', estimated: false, asOf: '2027-01-20', citations: cite('owners', 2), sources: ['Owners'] },
    { value: 140, qualifier: 'about', estimated: false, asOf: '2027-02-03', citations: cite('office', 1), sources: ['Office'] },
    { value: 85, qualifier: 'exact', estimated: false, asOf: '2027-02-17', citations: cite('office', 2), sources: ['Office'] },
    { value: 110, qualifier: 'at least', estimated: false, asOf: '2027-02-17', citations: cite('owners', 1), sources: ['Owners'], note: 'Counts more boats.' },
  ],
};

/** Two figures of one unit, the second disputed on its latest day. */
export const comparison: CompareInput = {
  unit: { singular: 'boat', plural: 'boats' },
  rows: [
    { figureId: 'in-scheme', label: 'Boats in the scheme', disputed: false, readings: [{ value: 410, qualifier: 'estimated', estimated: false, when: 'As of 10 February 2027', sources: ['Review'], citations: cite('review', 1) }] },
    {
      figureId: 'waiting',
      label: 'Boats waiting',
      disputed: true,
      readings: [
        { value: 85, qualifier: 'exact', estimated: false, when: 'As of 17 February 2027', sources: ['Office'], citations: cite('office', 2) },
        { value: 110, qualifier: 'at least', estimated: false, when: 'As of 17 February 2027', sources: ['Owners'], citations: cite('owners', 1) },
      ],
    },
  ],
};
