import type { PlotKind } from '../../db/tables/index.js';

interface PlotNode {
  id: string;
  kind: PlotKind;
  parentPlotId: string | null;
}

/**
 * Plots the party must not know of: every HIDDEN plot (the nemesis's schemes, a secret betrayal)
 * and every subplot under one, since a subplot would give its parent away. Game masters see them;
 * players and viewers never do, in lists, snapshots or change notifications.
 */
export function hiddenPlotIds(plots: Iterable<PlotNode>): Set<string> {
  const byId = new Map([...plots].map((plot) => [plot.id, plot]));
  const hidden = new Set<string>();
  for (const plot of byId.values()) {
    // Walk up to the top; parents never form a cycle (updatePlot refuses one), the set is a guard.
    const seen = new Set<string>();
    for (let current: PlotNode | undefined = plot; current && !seen.has(current.id);) {
      seen.add(current.id);
      if (current.kind === 'HIDDEN') {
        hidden.add(plot.id);
        break;
      }
      current = current.parentPlotId ? byId.get(current.parentPlotId) : undefined;
    }
  }
  return hidden;
}

/** The plots a member may see: all for game masters, the others without hidden ones. */
export function plotsVisibleTo<TPlot extends PlotNode>(plots: readonly TPlot[], seesHidden: boolean): TPlot[] {
  if (seesHidden) return [...plots];
  const hidden = hiddenPlotIds(plots);
  return plots.filter((plot) => !hidden.has(plot.id));
}
