import { Disclosure } from './disclosure.type';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { InfluenceMetric } from '../../domain/influence-centres';
import type { PersonRecord } from '../../domain/records';
import { InfluenceCentresRecord, InfluenceEntryRecord, MAX_INFLUENCE_RANK } from '../../insights/influence-ranking';
import type { InsightRunRecord } from '../../insights/refresh-insights';
import { connectionOf, ConnectionValue } from '../connection';
import { payloadOf } from '../payload';
import { DecimalScalar } from '../scalars/decimal.scalar';
import { Person } from './person.type';
import { ScoreFactor } from './score-factor.type';

registerEnumType(InfluenceMetric, {
  name: 'InfluenceMetric',
  description: 'What centres of influence are ranked by.',
  valuesConfig: {
    REFERRAL_REACH: {
      description: 'Σ over the clients a person brought, directly or through others, of 0.5^(depth−1); computed live.',
    },
    REFERRAL_VALUE: { description: "The same sum weighted by each of those clients' AUM, in CNY; computed live." },
    PAGERANK: { description: 'PageRank (damping 0.85) over the people graph, as of the last refreshInsights.' },
    BETWEENNESS: {
      description: 'Normalised betweenness over the people graph (share of shortest paths between others through the person), as of the last refreshInsights.',
    },
  },
});

@ObjectType({ description: 'One person in a ranking of centres of influence, with every measure and why they rank there.' })
export class InfluenceEntry implements InfluenceEntryRecord {
  @Field(() => Int, { description: 'Position in the ranking, from 1; equal scores are ordered by person id.' })
  rank!: number;

  @Field(() => Person, { description: 'The person ranked.' })
  person!: PersonRecord;

  @Field(() => Float, { description: 'The value of the ranking metric (REFERRAL_VALUE in CNY).' })
  score!: number;

  @Field(() => Float, { description: 'Σ over the clients they brought, directly or through others, of 0.5^(depth−1).' })
  referralReach!: number;

  @Field(() => DecimalScalar, { description: "Σ over those clients of 0.5^(depth−1) × the client's AUM, in CNY, rounded to the fen." })
  referralValue!: string;

  @Field(() => Float, { nullable: true, description: 'Stored PageRank; null if not computed since the person was added.' })
  pagerank!: number | null;

  @Field(() => Float, { nullable: true, description: 'Stored normalised betweenness; null if not computed since the person was added.' })
  betweenness!: number | null;

  @Field(() => Int, { description: 'Referrals the person made, whatever became of them.' })
  directReferrals!: number;

  @Field(() => [ScoreFactor], {
    description: 'Why: the metric first, then e.g. "brought 6 clients directly", "14 in all, down 3 generations", "who hold 4.2M".',
  })
  factors!: ScoreFactor[];
}

export const InfluenceEntryConnection = connectionOf(InfluenceEntry, 'InfluenceEntry', 'influence entry');

@ObjectType({ description: 'Centres of influence: the people whose word brings others to the bank, best first.' })
export class InfluenceCentres implements Omit<InfluenceCentresRecord, 'entries' | 'countRanked'> {
  @Field(() => InfluenceMetric, { description: 'What the entries are ranked by.' })
  metric!: InfluenceMetric;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When PageRank and betweenness were last computed (the graph read by refreshInsights); null if never.',
  })
  computedAt!: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether stored betweenness is exact (false: sampled); null if never computed.' })
  betweennessExact!: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Source pivots sampled for betweenness; null when exact or never computed.' })
  betweennessSamples!: number | null;

  @Field(() => InfluenceEntryConnection, {
    description:
      `One page of the ranking (influenceCentres' \`first\` and \`after\` choose it), best first: of the ${MAX_INFLUENCE_RANK} persons ranking highest ` +
      'on the full figures, those the viewer may see, ranked on their figures as shown, which count the descendants the viewer may see, ' +
      `others only pooled. totalCount: how many the whole ranking lists, at most ${MAX_INFLUENCE_RANK}.`,
  })
  entries!: ConnectionValue<InfluenceEntryRecord>;

  @Field(() => Disclosure, {
    description: 'Ranked persons the viewer may not see (never listed, on any page), and descendants left out of or pooled into the figures of this page.',
  })
  disclosure!: Disclosure;
}

@ObjectType({ description: 'One computation of the stored centralities by refreshInsights.' })
export class InsightRun implements InsightRunRecord {
  @Field(() => DateTimeResolver, { description: 'When the people graph was read; the scores describe it as it was then.' })
  computedAt!: Date;

  @Field(() => Int, { description: 'Persons in the people graph.' })
  persons!: number;

  @Field(() => Int, { description: 'Pairs of tied persons (several ties between two people count once).' })
  ties!: number;

  @Field(() => Int, { nullable: true, description: 'PageRank power iterations until convergence; null for an empty graph.' })
  pagerankIterations!: number | null;

  @Field({ description: 'Whether betweenness is exact; false when sampled (graphs above 10,000 persons).' })
  betweennessExact!: boolean;

  @Field(() => Int, { nullable: true, description: 'Source pivots sampled for betweenness; null when exact.' })
  betweennessSamples!: number | null;

  @Field(() => Int, { description: 'Milliseconds spent reading, computing and writing back.' })
  elapsedMs!: number;
}

export const RefreshInsightsPayload = payloadOf('RefreshInsightsPayload', 'run', () => InsightRun, 'The run just completed.');
