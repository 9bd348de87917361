import {
  CaseChargeEntity,
  CaseDefendantEntity,
  CaseRouteCountryEntity,
  CaseVictimGroupEntity,
} from './case-children.entity';
import { CaseEntity } from './case.entity';
import { StatuteEntity } from './statute.entity';

export * from './case-children.entity';
export * from './case.entity';
export * from './statute.entity';

export const CASE_ENTITIES = [
  StatuteEntity,
  CaseEntity,
  CaseDefendantEntity,
  CaseChargeEntity,
  CaseVictimGroupEntity,
  CaseRouteCountryEntity,
];
