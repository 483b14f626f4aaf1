/** How a homebrew entry compares with SRD content; stored with the entry and shown with it. */
export type PowerVerdict = 'underpowered' | 'balanced' | 'strong' | 'overpowered';

export interface PowerScore {
  /** The entry's power divided by its SRD baseline: 1 is on par with typical SRD content. */
  score: number;
  verdict: PowerVerdict;
  /** Why, in words a homebrew author can act on. */
  reasons: string[];
}

/** Bands of the score ratio; the upper edge of each band belongs to it. */
export const VERDICT_BANDS: readonly { upTo: number; verdict: PowerVerdict }[] = [
  { upTo: 0.7, verdict: 'underpowered' },
  { upTo: 1.3, verdict: 'balanced' },
  { upTo: 1.75, verdict: 'strong' },
  { upTo: Number.POSITIVE_INFINITY, verdict: 'overpowered' },
];

export function verdictFor(score: number): PowerVerdict {
  return VERDICT_BANDS.find((band) => score <= band.upTo)?.verdict ?? 'overpowered';
}
