import { describe, expect, it } from 'vitest';
import type { GroupMark, Mark, PathMark, RectMark, TextMark } from '../../src/charts/chartModel';
import { timelineChart } from '../../src/charts/timeline/timelineChart';
import { walkMarks } from '../../src/charts/walkMarks';
import { date, events, lanes } from './fixtures';

const eventGroups = (marks: Mark[]) => [...walkMarks(marks)].filter((mark): mark is GroupMark => mark.type === 'group' && mark.className.includes('chart-event') && !!mark.key);
const textOf = (marks: Mark[]) => [...walkMarks(marks)].filter((mark): mark is TextMark => mark.type === 'text');
const tickLabels = (marks: Mark[]) => textOf(marks).filter((mark) => mark.className === 'chart-tick').map((mark) => mark.lines.join(' '));
const spanOf = (group: GroupMark) => group.marks.find((mark): mark is RectMark => mark.type === 'rect' && mark.className.includes('chart-event__span'));
const markerOf = (group: GroupMark) => group.marks.find((mark): mark is PathMark => mark.type === 'path' && mark.className.includes('chart-event__marker'));

/** Every label block (date and title lines) as a box, for overlap checks. */
function labelBoxes(marks: Mark[]) {
  return eventGroups(marks).map((group) => {
    const [date, title] = group.marks.filter((mark): mark is TextMark => mark.type === 'text');
    const lineHeight = (mark: TextMark) => mark.lineHeight ?? mark.fontSize * 1.25;
    const top = date!.y - date!.fontSize;
    const bottom = title!.y + (title!.lines.length - 1) * lineHeight(title!) + title!.fontSize * 0.3;
    return { key: group.key!, top, bottom, x: date!.x };
  });
}

describe('timelineChart(events, lanes)', () => {
  it('runs from the start of the first event’s year to the end of the last event’s month, with a detail panel for recent months', () => {
    const model = timelineChart(events, lanes);
    const headings = textOf(model.marks).filter((mark) => mark.className === 'chart-panel-heading').map((mark) => mark.lines[0]);
    expect(headings).toEqual(['2011 to February 2026', 'Detail: September 2025 to February 2026']);
    expect(tickLabels(model.marks)).toContain('2012');
    expect(tickLabels(model.marks)).toContain('Jan 2026');
  });

  it('draws one lane per topic that has events, in the order given', () => {
    const model = timelineChart(events, lanes);
    const legend = textOf(model.marks).map((mark) => mark.lines.join(' '));
    expect(legend.slice(0, 4)).toEqual(['Diplomacy', 'Military posture', 'The north-east', 'War and transition']);
    expect(legend).not.toContain('A lane with no events');
    const talks = markerOf(eventGroups(model.marks).find((group) => group.key === 'talks')!)!;
    const ceasefire = markerOf(eventGroups(model.marks).find((group) => group.key === 'ceasefire')!)!;
    const xOf = (mark: PathMark) => Number(/translate\(([\d.]+)/.exec(mark.transform!)![1]);
    expect(xOf(talks)).toBeLessThan(xOf(ceasefire));
  });

  it('draws a month-precision date as a bar over the whole month', () => {
    const model = timelineChart(events, lanes, { detail: false, width: 720 });
    const visit = spanOf(eventGroups(model.marks).find((group) => group.key === 'first-visit')!)!;
    const talks = markerOf(eventGroups(model.marks).find((group) => group.key === 'talks')!);
    expect(talks).toBeDefined();
    // Bars stop 1.5 units short of their end so that back-to-back months stay apart; the months' lengths differ by
    // at most a day or two, so October's bar is about as long as each of the other 31-day months would be.
    const single = timelineChart([{ ...events[6]!, date: date('2025-10') }, { ...events[6]!, id: 'x', date: date('2025-12') }], lanes, { detail: false });
    const [october, december] = eventGroups(single.marks).map((group) => spanOf(group)!);
    expect(october!.height).toBeCloseTo(december!.height, 0);
    expect(visit.height).toBeGreaterThan(5);
  });

  it('marks a worked-out date as derived, hollow and in words', () => {
    const model = timelineChart(events, lanes);
    const withdrawal = eventGroups(model.marks).find((group) => group.key === 'withdrawal')!;
    expect(markerOf(withdrawal)!.className).toContain('is-derived');
    expect(textOf(withdrawal.marks)[0]!.lines.join(' ')).toBe('about 21 Jan 2026 · derived');
    const talks = eventGroups(model.marks).find((group) => group.key === 'talks')!;
    expect(markerOf(talks)!.className).not.toContain('is-derived');
    expect(model.table.rows.find((row) => row.id === 'withdrawal')!.header).toBe('about 21 January 2026 (derived)');
  });

  it('shows the date qualifier in the label and trails a "by" date back in time', () => {
    const model = timelineChart(events, lanes);
    const appeal = eventGroups(model.marks).find((group) => group.key === 'appeal')!;
    expect(textOf(appeal.marks)[0]!.lines[0]).toBe('by Jan 2026');
    const tail = appeal.marks.find((mark) => mark.className === 'chart-event__by');
    expect(tail?.type === 'line' && tail.y2 < tail.y1).toBe(true);
    expect(textOf(eventGroups(model.marks).find((group) => group.key === 'enters')!.marks)[0]!.lines[0]).toBe('late 2019');
  });

  it('narrows "late 2019" to the last third of the year', () => {
    const model = timelineChart(events, lanes, { detail: false, width: 720 });
    const campaign = spanOf(eventGroups(model.marks).find((group) => group.key === 'campaign')!)!;
    const enters = spanOf(eventGroups(model.marks).find((group) => group.key === 'enters')!)!;
    const pixelsPerYear = (campaign.height + 1.5) / 6;
    expect((enters.height + 1.5) / pixelsPerYear).toBeCloseTo(122 / 365, 1);
  });

  it('sets side by side the marks of one lane that overlap in time', () => {
    const model = timelineChart(events, lanes, { detail: false });
    const intervention = spanOf(eventGroups(model.marks).find((group) => group.key === 'intervention')!)!;
    const campaign = spanOf(eventGroups(model.marks).find((group) => group.key === 'campaign')!)!;
    expect(intervention.x).not.toBe(campaign.x);
  });

  for (const width of [300, 720]) {
    it(`never lets two labels overlap (width ${width})`, () => {
      const model = timelineChart(events, lanes, { width });
      const boxes = labelBoxes(model.marks).sort((a, b) => a.top - b.top);
      for (let index = 1; index < boxes.length; index += 1) {
        // Labels of the two panels never share a y range; within a panel they stack.
        expect(boxes[index]!.top, `${boxes[index - 1]!.key} and ${boxes[index]!.key}`).toBeGreaterThanOrEqual(boxes[index - 1]!.bottom - 0.5);
      }
      for (const box of boxes) expect(box.bottom).toBeLessThanOrEqual(model.height);
    });
  }

  it('links each event to the briefings that discuss it in the table', () => {
    const model = timelineChart(events, lanes);
    expect(model.table.rows).toHaveLength(events.length);
    expect(model.table.rows.find((row) => row.id === 'talks')!.cells.briefings).toEqual([{ text: 'A briefing', href: '/briefings/a/' }]);
    expect(model.table.rows.find((row) => row.id === 'intervention')!.cells.briefings).toBe('—');
    expect(model.table.rows.map((row) => row.id)).toEqual(['war-begins', 'intervention', 'campaign', 'enters', 'overthrown', 'offensive', 'first-visit', 'prison-breaks', 'appeal', 'withdrawal', 'ceasefire', 'praise', 'statement', 'talks', 'ceasefire-ends']);
  });

  it('gives a long timeline without a detail panel room by the year, not by the month', () => {
    // Four events over fifteen years, only one of them recent: no detail panel, and no metre-long chart either.
    const sparse = events.filter((event) => ['war-begins', 'intervention', 'overthrown', 'talks'].includes(event.id));
    const model = timelineChart(sparse, lanes, { width: 720 });
    expect(textOf(model.marks).filter((mark) => mark.className === 'chart-panel-heading')).toHaveLength(1);
    expect(model.height).toBeLessThan(700);
    expect(tickLabels(model.marks)).toContain('2016');
  });

  it('puts events a day apart on an axis of days, headed by the days they happened', () => {
    const twoDays = [
      { ...events.find((event) => event.id === 'talks')!, id: 'first', date: date('2025-02-28') },
      { ...events.find((event) => event.id === 'talks')!, id: 'second', date: date('2025-03-01') },
    ];
    const model = timelineChart(twoDays, lanes);
    const headings = textOf(model.marks).filter((mark) => mark.className === 'chart-panel-heading').map((mark) => mark.lines[0]);
    expect(headings).toEqual(['28 February to 1 March 2025']);
    expect(model.title).toBe('Timeline of 2 events, 28 February to 1 March 2025');
    // Day ticks, the month named on the first and on the 1st; no month axis.
    expect(tickLabels(model.marks)).toEqual(['27 Feb', '28', '1 Mar', '2', '3']);
    const [first, second] = eventGroups(model.marks).map((group) => markerOf(group)!);
    expect(first).toBeDefined();
    expect(second).toBeDefined();
  });

  it('keeps an axis of months for events more than a few weeks apart', () => {
    const apart = [
      { ...events.find((event) => event.id === 'talks')!, id: 'first', date: date('2025-02-10') },
      { ...events.find((event) => event.id === 'talks')!, id: 'second', date: date('2025-04-20') },
    ];
    const headings = textOf(timelineChart(apart, lanes).marks).filter((mark) => mark.className === 'chart-panel-heading').map((mark) => mark.lines[0]);
    expect(headings).toEqual(['January 2025 to April 2025']);
  });

  it('refuses an event in a lane it was not given', () => {
    expect(() => timelineChart([{ ...events[0]!, lane: 'nowhere' }], lanes)).toThrow(/lane "nowhere"/);
  });
});
