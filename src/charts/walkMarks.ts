import type { Mark } from './chartModel';

/**
 * Walks every mark, groups included, in drawing order.
 *
 * @example [...walkMarks(model.marks)].filter((mark) => mark.type === 'text').length
 */
export function* walkMarks(marks: readonly Mark[]): Generator<Mark> {
  for (const mark of marks) {
    yield mark;
    if (mark.type === 'group') yield* walkMarks(mark.marks);
  }
}
