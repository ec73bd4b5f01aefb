/**
 * The API's request and response shapes, generated from its OpenAPI document into
 * generated/openapi.ts (`npm run contracts:generate`), under the names the web uses.
 */
import type { components, operations, paths } from './generated/openapi';

export type { components, operations, paths };
export type ApiSchemas = components['schemas'];

// Requests the web sends as typed forms
export type SecurityPolicy = ApiSchemas['SecurityPolicyDto'];

// Responses
export type SessionTokens = ApiSchemas['SessionTokens'];
export type SignedIn = ApiSchemas['SignedInResponse'];
export type Account = ApiSchemas['UserResponse'];
export type ZoneInfo = ApiSchemas['Zone'];
export type AuthorityInfo = ApiSchemas['Authority'];
export type CaseSummaryView = ApiSchemas['CaseSummaryResponse'];
export type CaseDetailView = ApiSchemas['CaseDetailResponse'];
export type CasePage = ApiSchemas['CasePageResponse'];
export type SlaClockView = ApiSchemas['SlaClockResponse'];
export type TimelineEntryView = ApiSchemas['TimelineEntryResponse'];
export type AgentView = ApiSchemas['AgentResponse'];
export type BulkResult = ApiSchemas['BulkResultResponse'];
export type UnreadMarkerView = ApiSchemas['UnreadMarkerResponse'];
export type AttachmentInfo = ApiSchemas['AttachmentResponse'];
export type InboxItem = ApiSchemas['InboxItemResponse'];
export type InboxPage = ApiSchemas['InboxPageResponse'];
export type CaseTransfer = ApiSchemas['TransferResponse'];
export type SupervisionOrder = ApiSchemas['SupervisionOrderResponse'];
export type ReturnVisit = ApiSchemas['ReturnVisitResponse'];
export type CaseDispatch = ApiSchemas['CaseDispatchResponse'];
