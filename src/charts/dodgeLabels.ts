/** A label to stack along one axis: where it would like to start, and how much room it takes. */
export interface DodgeItem {
  /** Where the label would start (its top, for a column of labels) if nothing were in the way. */
  desired: number;
  size: number;
}

export interface DodgeOptions {
  /** The first position a label may take. */
  min?: number;
  /** Where the last label must end, if there is room for all of them. */
  max?: number;
  /** Space kept between neighbouring labels. */
  gap?: number;
}

interface Cluster {
  start: number;
  size: number;
  /** Indices (into the sorted items) of the labels in the cluster, in order. */
  members: number[];
  /** Sum of (desired − offset within the cluster): the cluster's best start is this divided by the member count. */
  anchorSum: number;
}

/**
 * Places labels along one axis so that none overlaps the next, moving each as little as it can (least squares):
 * labels that would collide are grouped and each group is centred on where its labels want to be. The order of the
 * labels is kept, so leader lines from their anchors never cross. Returns each label's start, in input order.
 *
 * When the labels need more room than `max − min`, they overflow past `max`: the caller makes the chart taller.
 *
 * @example
 * dodgeLabels([{ desired: 10, size: 20 }, { desired: 15, size: 20 }], { gap: 2 })
 * // [1.5, 23.5]: the two labels share the 11 units of overlap (and the gap) between them
 */
export function dodgeLabels(items: readonly DodgeItem[], { min = -Infinity, max = Infinity, gap = 0 }: DodgeOptions = {}): number[] {
  const order = items.map((_, index) => index).sort((a, b) => items[a]!.desired - items[b]!.desired || a - b);
  const clusters: Cluster[] = [];
  const clamp = (cluster: Cluster) => {
    const best = cluster.anchorSum / cluster.members.length;
    const upper = max - cluster.size;
    cluster.start = Math.max(min, Math.min(best, upper));
  };
  for (const index of order) {
    const item = items[index]!;
    const cluster: Cluster = { start: item.desired, size: item.size, members: [index], anchorSum: item.desired };
    clamp(cluster);
    clusters.push(cluster);
    // Merge backwards while the newest cluster runs into the one before it.
    while (clusters.length > 1) {
      const current = clusters[clusters.length - 1]!;
      const previous = clusters[clusters.length - 2]!;
      if (previous.start + previous.size + gap <= current.start + 1e-9) break;
      const offset = previous.size + gap;
      const merged: Cluster = {
        start: 0,
        size: previous.size + gap + current.size,
        members: [...previous.members, ...current.members],
        anchorSum: previous.anchorSum + current.anchorSum - offset * current.members.length,
      };
      clamp(merged);
      clusters.splice(clusters.length - 2, 2, merged);
    }
  }
  const positions = new Array<number>(items.length);
  for (const cluster of clusters) {
    let cursor = cluster.start;
    for (const index of cluster.members) {
      positions[index] = cursor;
      cursor += items[index]!.size + gap;
    }
  }
  return positions;
}
