import type { RuleFailure } from '../play/result.js';
import { failure, isCount } from '../play/result.js';

export const DENOMINATIONS = ['cp', 'sp', 'ep', 'gp', 'pp'] as const;
export type Denomination = (typeof DENOMINATIONS)[number];
export type Currency = Record<Denomination, number>;

/** Value of one coin in copper pieces (SRD: 10 cp = 1 sp, 5 sp = 1 ep, 2 ep = 1 gp, 10 gp = 1 pp). */
export const COIN_VALUE: Readonly<Record<Denomination, number>> = { cp: 1, sp: 10, ep: 50, gp: 100, pp: 1000 };

/** Fifty coins of any kind weigh a pound. */
export const COINS_PER_POUND = 50;

export const NO_MONEY: Currency = { cp: 0, sp: 0, ep: 0, gp: 0, pp: 0 };

export type CurrencyFailureReason = 'invalid-amount' | 'not-enough-money' | 'uneven-conversion';
export type CurrencyResult = { ok: true; currency: Currency } | RuleFailure<CurrencyFailureReason>;

export function totalValueInCopper(currency: Currency): number {
  return DENOMINATIONS.reduce((sum, coin) => sum + currency[coin] * COIN_VALUE[coin], 0);
}

/** Total value in gold pieces (fractional: 1 sp is 0.1 gp). */
export function totalValueInGold(currency: Currency): number {
  return totalValueInCopper(currency) / COIN_VALUE.gp;
}

export function coinCount(currency: Currency): number {
  return DENOMINATIONS.reduce((sum, coin) => sum + currency[coin], 0);
}

export function coinWeight(currency: Currency): number {
  return coinCount(currency) / COINS_PER_POUND;
}

function validAmount(amount: number): boolean {
  return isCount(amount);
}

/** Adds coins (loot, a sale, starting gold). */
export function gainCurrency(currency: Currency, gained: Partial<Currency>): CurrencyResult {
  const next = { ...currency };
  for (const coin of DENOMINATIONS) {
    const amount = gained[coin] ?? 0;
    if (!validAmount(amount))
      return failure('invalid-amount', `Coins come in whole numbers of at least 0, not ${amount}.`, coin);
    next[coin] += amount;
  }
  return { ok: true, currency: next };
}

/** Change for `copper` in the coins a merchant hands back: gp, sp, cp below `below` (no electrum). */
function change(copper: number, below: Denomination): Partial<Currency> {
  const result: Partial<Currency> = {};
  let left = copper;
  for (const coin of ['pp', 'gp', 'sp', 'cp'] as const) {
    if (COIN_VALUE[coin] >= COIN_VALUE[below]) continue;
    const count = Math.floor(left / COIN_VALUE[coin]);
    if (count > 0) result[coin] = count;
    left -= count * COIN_VALUE[coin];
  }
  return result;
}

/**
 * Pays `amount` coins of `denomination`, never going below zero. It pays with coins of that kind
 * first, then with smaller coins (largest first), and when that is not enough it breaks the
 * smallest larger coin that covers the rest and takes the change in smaller coins, the way a
 * merchant would; it only hands whole larger coins over when no single one covers the rest.
 */
export function spendCurrency(
  currency: Currency,
  input: { amount: number; denomination: Denomination },
): CurrencyResult {
  if (!validAmount(input.amount))
    return failure('invalid-amount', `Spend a whole number of coins of at least 0, not ${input.amount}.`, 'amount');
  let remaining = input.amount * COIN_VALUE[input.denomination];
  const total = totalValueInCopper(currency);
  if (remaining > total)
    return failure(
      'not-enough-money',
      `Not enough money: ${input.amount} ${input.denomination} is needed and the purse holds ${formatGold(total)} in all.`,
    );
  const next = { ...currency };
  const downward = DENOMINATIONS.filter((coin) => COIN_VALUE[coin] <= COIN_VALUE[input.denomination]).reverse();
  for (const coin of downward) {
    const used = Math.min(next[coin], Math.floor(remaining / COIN_VALUE[coin]));
    next[coin] -= used;
    remaining -= used * COIN_VALUE[coin];
  }
  while (remaining > 0) {
    const available = DENOMINATIONS.filter((coin) => next[coin] > 0);
    const covering = available.find((coin) => COIN_VALUE[coin] >= remaining);
    if (covering !== undefined) {
      next[covering] -= 1;
      for (const [coin, count] of Object.entries(change(COIN_VALUE[covering] - remaining, covering)))
        next[coin as Denomination] += count;
      remaining = 0;
    } else {
      // No single coin covers the rest: hand over the largest whole coin and continue.
      const largest = available.at(-1)!;
      next[largest] -= 1;
      remaining -= COIN_VALUE[largest];
    }
  }
  return { ok: true, currency: next };
}

/**
 * Exchanges `amount` coins of `from` into `to` at their value (a money changer at no fee). The
 * value must come out in whole coins: 3 sp do not make a gold piece.
 */
export function convertCurrency(
  currency: Currency,
  input: { from: Denomination; to: Denomination; amount: number },
): CurrencyResult {
  if (!validAmount(input.amount))
    return failure('invalid-amount', `Convert a whole number of coins of at least 0, not ${input.amount}.`, 'amount');
  if (input.amount > currency[input.from])
    return failure(
      'not-enough-money',
      `Not enough money: only ${currency[input.from]} ${input.from} to convert.`,
      'amount',
    );
  const value = input.amount * COIN_VALUE[input.from];
  if (value % COIN_VALUE[input.to] !== 0)
    return failure(
      'uneven-conversion',
      `${input.amount} ${input.from} is not a whole number of ${input.to} (1 ${input.to} = ${COIN_VALUE[input.to]} cp).`,
      'amount',
    );
  const next = { ...currency };
  next[input.from] -= input.amount;
  next[input.to] += value / COIN_VALUE[input.to];
  return { ok: true, currency: next };
}

function formatGold(copper: number): string {
  return `${Number((copper / COIN_VALUE.gp).toFixed(2))} gp`;
}
