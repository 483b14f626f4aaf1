import { Field, ID, Int, ObjectType } from 'type-graphql';

import { CharacterClassReference, SpellReference } from '../catalog/catalog-stubs.js';

@ObjectType('KnownSpell', { description: 'A spell on one of the character’s lists.' })
export class KnownSpell {
  @Field(() => ID) spellId!: string;
  @Field(() => SpellReference) spell!: SpellReference;
  @Field(() => String) name!: string;
  @Field(() => Int, { description: '0 for a cantrip.' }) level!: number;
  @Field(() => Boolean, { description: 'Prepared (cantrips: always).' }) prepared!: boolean;
  @Field(() => Boolean, { description: 'Granted by a trait: prepared without counting against the class.' })
  alwaysPrepared!: boolean;
  @Field(() => Boolean) ritual!: boolean;
  @Field(() => Boolean) concentration!: boolean;
}

@ObjectType('CharacterSpellList', {
  description: 'The spells of one class (or those species and lineage traits grant), with counts against the limits.',
})
export class CharacterSpellList {
  @Field(() => ID, { nullable: true, description: 'Null for spells granted by species or lineage traits.' })
  classId!: string | null;

  @Field(() => CharacterClassReference, { nullable: true })
  class!: CharacterClassReference | null;

  @Field(() => String, { description: 'The class name, or the trait granting the spells.' })
  source!: string;

  @Field(() => [KnownSpell]) spells!: KnownSpell[];
  @Field(() => Int) cantrips!: number;
  @Field(() => Int) cantripsMax!: number;
  @Field(() => Int, { description: 'Prepared spells of level 1+.' }) prepared!: number;
  @Field(() => Int) preparedMax!: number;
}
