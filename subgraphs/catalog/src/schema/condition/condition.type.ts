import { CONDITIONS, type Condition, SRD_ATTRIBUTION } from '@grimoire/rules';
import { Directive, ObjectType } from 'type-graphql';

import { CatalogEntryType } from '../catalog-entry/catalog-entry.type.js';
import { ContentSourceEnum } from '../common/enums.js';

@Directive('@key(fields: "id")')
@ObjectType('Condition', {
  implements: CatalogEntryType,
  description: 'One of the 15 conditions (`blinded` … `unconscious`).',
})
export class ConditionType extends CatalogEntryType {}

export function isCondition(id: string): id is Condition {
  return (CONDITIONS as readonly string[]).includes(id);
}

export function conditionToGraphQL(id: Condition): ConditionType {
  return {
    __typename: 'Condition',
    id,
    name: id.charAt(0).toUpperCase() + id.slice(1),
    source: ContentSourceEnum.SRD,
    owner: null,
    attribution: SRD_ATTRIBUTION,
    powerScore: null,
    describedBy: { kind: 'condition', id, homebrew: false, text: null },
  };
}
