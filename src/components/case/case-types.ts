import type { Scenario } from '../../schemas/scenario';

export type CastMember = Scenario['cast'][number];
