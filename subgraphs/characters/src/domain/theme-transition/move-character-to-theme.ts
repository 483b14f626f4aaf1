import { type InventoryThemeTransition, type RulesCatalog, transitionInventory } from '@grimoire/rules';

import type { CharacterChangeOutcome } from '../apply-character-change.js';
import type { CharacterChange, CharacterState } from '../character-state.js';

/**
 * The character in a new theme: its theme set and each item handled by its policy. Everything
 * else is its memory and stays as it is: build, XP and level, play state (journal, progress and
 * quests live in their own tables and are not touched at all). The change list names the theme
 * and every item whose look changed, in words a player reads in the history.
 */
export function moveCharacterToTheme(
  state: CharacterState,
  transition: InventoryThemeTransition,
  catalog: RulesCatalog,
): CharacterChangeOutcome {
  const { inventory, items } = transitionInventory(state.inventory, transition, catalog);
  const changes: CharacterChange[] = [];
  if (state.theme !== transition.theme) changes.push({ path: 'theme', from: state.theme, to: transition.theme });
  inventory.entries.forEach((entry, index) => {
    const before = state.inventory.entries[index];
    if (JSON.stringify(before.themed ?? null) === JSON.stringify(entry.themed ?? null)) return;
    const item = items[index];
    changes.push({
      path: `inventory.entries[${index}].themed`,
      from: { name: item.fromName, theme: before.themed?.theme ?? null },
      to: { name: item.toName, theme: entry.themed?.theme ?? null, policy: item.policy },
    });
  });
  return { ok: true, state: { ...state, theme: transition.theme, inventory }, changes };
}
