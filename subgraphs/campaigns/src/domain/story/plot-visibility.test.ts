import { describe, expect, it } from 'vitest';

import { hiddenPlotIds, plotsVisibleTo } from './plot-visibility.js';

const plot = (id: string, kind: 'MAIN' | 'HIDDEN' | 'SIDE', parentPlotId: string | null = null) => ({
  id,
  kind,
  parentPlotId,
});

describe('plot visibility', () => {
  const plots = [
    plot('main', 'MAIN'),
    plot('side-of-main', 'SIDE', 'main'),
    plot('scheme', 'HIDDEN'),
    plot('step-of-scheme', 'SIDE', 'scheme'),
    plot('detail-of-step', 'MAIN', 'step-of-scheme'),
    plot('secret-under-main', 'HIDDEN', 'main'),
  ];

  it('hides HIDDEN plots and everything under them, at any depth', () => {
    expect([...hiddenPlotIds(plots)].sort()).toEqual(
      ['detail-of-step', 'scheme', 'secret-under-main', 'step-of-scheme'].sort(),
    );
  });

  it('shows players only the plots they may know of, and game masters all', () => {
    expect(plotsVisibleTo(plots, false).map((each) => each.id)).toEqual(['main', 'side-of-main']);
    expect(plotsVisibleTo(plots, true)).toHaveLength(plots.length);
  });

  it('survives a broken parent chain without looping', () => {
    const looped = [plot('a', 'MAIN', 'b'), plot('b', 'SIDE', 'a'), plot('orphan', 'MAIN', 'gone')];
    expect(hiddenPlotIds(looped).size).toBe(0);
  });
});
