import { type PlayContext, type PlayEvent, type PlayResult, type PlayState, ok } from './play-state.js';
import { failure } from './result.js';

function findResource(context: Pick<PlayContext, 'resources'>, resourceId: string) {
  return context.resources.find((resource) => resource.id === resourceId);
}

/** Spends uses of a class or feat resource (a Rage, a Channel Divinity, a Lucky point). */
export function spendResource(
  state: PlayState,
  input: { resourceId: string; amount?: number },
  context: Pick<PlayContext, 'resources'>,
): PlayResult {
  const amount = input.amount ?? 1;
  if (!Number.isInteger(amount) || amount < 1)
    return failure('invalid-amount', `Spend at least one use, not ${amount}.`, 'amount');
  const resource = findResource(context, input.resourceId);
  if (!resource)
    return failure('unknown-resource', `The character has no resource “${input.resourceId}”.`, 'resourceId');
  const spent = state.resourcesSpent[resource.id] ?? 0;
  const remaining = Math.max(0, resource.max - spent);
  if (amount > remaining)
    return failure(
      'no-uses-left',
      `${remaining} of ${resource.max} uses of ${resource.id} left; ${amount} asked.`,
      'amount',
    );
  const events: PlayEvent[] = [
    { kind: 'resource-spent', resourceId: resource.id, amount, remaining: remaining - amount },
  ];
  return ok({ ...state, resourcesSpent: { ...state.resourcesSpent, [resource.id]: spent + amount } }, events);
}

/** Gives uses back (all of them when `amount` is absent), never above the maximum. */
export function restoreResource(
  state: PlayState,
  input: { resourceId: string; amount?: number },
  context: Pick<PlayContext, 'resources'>,
): PlayResult {
  const resource = findResource(context, input.resourceId);
  if (!resource)
    return failure('unknown-resource', `The character has no resource “${input.resourceId}”.`, 'resourceId');
  const spent = state.resourcesSpent[resource.id] ?? 0;
  const amount = input.amount ?? spent;
  if (!Number.isInteger(amount) || amount < 0)
    return failure('invalid-amount', `Restore a whole number of uses, not ${amount}.`, 'amount');
  const restored = Math.min(spent, amount);
  const events: PlayEvent[] = [];
  if (restored === 0) return ok(state, events);
  events.push({
    kind: 'resource-restored',
    resourceId: resource.id,
    amount: restored,
    remaining: Math.max(0, resource.max - (spent - restored)),
  });
  return ok({ ...state, resourcesSpent: { ...state.resourcesSpent, [resource.id]: spent - restored } }, events);
}

/** Heroic Inspiration is had or not: gaining it while having it changes nothing (2024). */
export function grantHeroicInspiration(state: PlayState): PlayResult {
  if (state.heroicInspiration) return ok(state, []);
  return ok({ ...state, heroicInspiration: true }, [{ kind: 'heroic-inspiration-gained' }]);
}

export function spendHeroicInspiration(state: PlayState): PlayResult {
  if (!state.heroicInspiration) return failure('no-heroic-inspiration', 'The character has no Heroic Inspiration.');
  return ok({ ...state, heroicInspiration: false }, [{ kind: 'heroic-inspiration-spent' }]);
}
