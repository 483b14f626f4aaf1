import { Field, ID, Int, ObjectType } from 'type-graphql';

import type {
  PlotKind as PlotKindValue,
  PlotState as PlotStateValue,
  StoryArcKind as StoryArcKindValue,
} from '../../db/tables/index.js';
import { PlotKind, PlotState, StoryArcKind } from '../story/story-enums.js';

@ObjectType('StoryArc', { description: 'A long line of the story (the campaign, a character, the world or a theme).' })
export class StoryArc {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => StoryArcKind)
  kind!: StoryArcKindValue;

  @Field(() => Int, { description: 'Arcs are listed by position (then creation).' })
  position!: number;

  campaignId!: string;
}

@ObjectType('Plot', {
  description: 'A plot, possibly a subplot of another, part of an arc and running through chapters.',
})
export class Plot {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => PlotKind)
  kind!: PlotKindValue;

  @Field(() => PlotState, { description: 'Changed with changePlotState.' })
  state!: PlotStateValue;

  parentPlotId!: string | null;
  arcId!: string | null;
  campaignId!: string;
}
