import { Foundation1764140000000 } from './1764140000000-foundation';
import { Cases1764150000000 } from './1764150000000-cases';
import { Retention1764155000000 } from './1764155000000-retention';
import { SlaNotifications1764170000000 } from './1764170000000-sla-notifications';
import { Dashboard1764180000000 } from './1764180000000-dashboard';
import { DashboardRollups1764190000000 } from './1764190000000-dashboard-rollups';
import { DashboardLockOrder1764200000000 } from './1764200000000-dashboard-lock-order';
import { CaseListFilters1764210000000 } from './1764210000000-case-list-filters';
import { WorkingHours1764220000000 } from './1764220000000-working-hours';
import { IdempotentResponses1764230000000 } from './1764230000000-idempotent-responses';
import { IssuedDocuments1764300000000 } from './1764300000000-issued-documents';
import { LegislationConsultations1764301000000 } from './1764301000000-legislation-consultations';
import { StarlightRounds1764302000000 } from './1764302000000-starlight-rounds';
import { ComplianceKnowledge1764303000000 } from './1764303000000-compliance-knowledge';
import { ShieldProtection1764304000000 } from './1764304000000-shield-protection';
import { ConsentAndPasswordReset1764310000000 } from './1764310000000-consent-and-password-reset';
import { AuditLinksAndReferenceSequences1764320000000 } from './1764320000000-audit-links-and-reference-sequences';
import { OfflineService1764330000000 } from './1764330000000-offline-service';
import { CaseSearchBigrams1764400000000 } from './1764400000000-case-search-bigrams';
import { KnowledgeSearchQualified1764410000000 } from './1764410000000-knowledge-search-qualified';
import { ProgrammeRetention1764491000000 } from './1764491000000-programme-retention';
import { ReadViews1764492000000 } from './1764492000000-read-views';
import { RatingScaleStars1764500000000 } from './1764500000000-rating-scale-stars';
import { QualityRectifications1764500100000 } from './1764500100000-quality-rectifications';
import { Dispatch1764505000000 } from './1764505000000-dispatch';
import { CaseReads1764510000000 } from './1764510000000-case-reads';
import { DashboardRollupsAtCommit1764511000000 } from './1764511000000-dashboard-rollups-at-commit';
import { DashboardZoneTransfer1764512000000 } from './1764512000000-dashboard-zone-transfer';
import { RatesFollowTheCase1764513000000 } from './1764513000000-rates-follow-the-case';
import { RebuildsKnowRectifiedRatings1764514000000 } from './1764514000000-rebuilds-know-rectified-ratings';
import { RatingReviewsIntoRectifications1764515000000 } from './1764515000000-rating-reviews-into-rectifications';
import { CaseListMinorFirstOrder1764516000000 } from './1764516000000-case-list-minor-first-order';
import { CaseTitleBigrams1764517000000 } from './1764517000000-case-title-bigrams';
import { SessionChangeNotifications1764518000000 } from './1764518000000-session-change-notifications';

/** Every migration, in order, one a line. Add each new file here; TypeORM runs the pending ones. */
export const MIGRATIONS = [
  Foundation1764140000000,
  Cases1764150000000,
  Retention1764155000000,
  SlaNotifications1764170000000,
  Dashboard1764180000000,
  DashboardRollups1764190000000,
  DashboardLockOrder1764200000000,
  CaseListFilters1764210000000,
  WorkingHours1764220000000,
  IdempotentResponses1764230000000,
  IssuedDocuments1764300000000,
  LegislationConsultations1764301000000,
  StarlightRounds1764302000000,
  ComplianceKnowledge1764303000000,
  ShieldProtection1764304000000,
  ConsentAndPasswordReset1764310000000,
  AuditLinksAndReferenceSequences1764320000000,
  OfflineService1764330000000,
  CaseSearchBigrams1764400000000,
  KnowledgeSearchQualified1764410000000,
  ProgrammeRetention1764491000000,
  ReadViews1764492000000,
  RatingScaleStars1764500000000,
  QualityRectifications1764500100000,
  Dispatch1764505000000,
  CaseReads1764510000000,
  DashboardRollupsAtCommit1764511000000,
  DashboardZoneTransfer1764512000000,
  RatesFollowTheCase1764513000000,
  RebuildsKnowRectifiedRatings1764514000000,
  RatingReviewsIntoRectifications1764515000000,
  CaseListMinorFirstOrder1764516000000,
  CaseTitleBigrams1764517000000,
  SessionChangeNotifications1764518000000,
];
