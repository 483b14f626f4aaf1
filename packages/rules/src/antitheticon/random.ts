import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded source of choices: the same seed makes the same choices in the same order. */
export interface Chooser {
  int(min: number, max: number): number;
  pick<TItem>(items: readonly TItem[]): TItem;
  /** `count` distinct items, in the order picked. */
  pickDistinct<TItem>(items: readonly TItem[], count: number): TItem[];
}

export function seededChooser(seed: number): Chooser {
  const generator = xoroshiro128plus(seed);
  const int = (min: number, max: number): number => uniformInt(generator, min, max);
  const pick = <TItem>(items: readonly TItem[]): TItem => items[int(0, items.length - 1)];
  return {
    int,
    pick,
    pickDistinct<TItem>(items: readonly TItem[], count: number): TItem[] {
      const pool = [...items];
      const picked: TItem[] = [];
      while (picked.length < count && pool.length > 0) picked.push(...pool.splice(int(0, pool.length - 1), 1));
      return picked;
    },
  };
}
