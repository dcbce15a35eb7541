/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  password: string;
  token: string;
  username: string;
};

/** Briefings, disclosures, consultations, staff decisions, inspections, the staff conference, complaint cases, training and personnel */
export const ActivityKind = {
  Briefing: 'BRIEFING',
  ComplaintCase: 'COMPLAINT_CASE',
  Consultation: 'CONSULTATION',
  Disclosure: 'DISCLOSURE',
  Inspection: 'INSPECTION',
  StaffConference: 'STAFF_CONFERENCE',
  StaffDecision: 'STAFF_DECISION',
  TrainingPersonnel: 'TRAINING_PERSONNEL'
} as const;

export type ActivityKind = typeof ActivityKind[keyof typeof ActivityKind];
export type AuditLogFilter = {
  /** From this day on (YYYY-MM-DD, Vietnam time) */
  from?: string | null | undefined;
  /** Only this object */
  objectId?: string | number | null | undefined;
  /** Only this kind of object */
  objectType?: string | null | undefined;
  /** Up to and including this day */
  to?: string | null | undefined;
  /** Only what this person did */
  userId?: string | number | null | undefined;
};

export type AuditLogPageInput = {
  /** Entries to skip, 0–10000 */
  offset?: number | null | undefined;
  /** Entries per page, 1–100 (50 when absent) */
  size?: number | null | undefined;
};

/** Xếp loại: Tốt ≥ 90, Khá 70–89, Trung bình 50–69, Yếu < 50 */
export const Band = {
  Kha: 'KHA',
  Tot: 'TOT',
  TrungBinh: 'TRUNG_BINH',
  Yeu: 'YEU'
} as const;

export type Band = typeof Band[keyof typeof Band];
/** A board of a unit: its democracy team (Ban chỉ đạo/Tổ công tác QCDC), People’s Inspection Board, union executive */
export const BoardKind = {
  DemocracyTeam: 'DEMOCRACY_TEAM',
  PeoplesInspection: 'PEOPLES_INSPECTION',
  UnionExecutive: 'UNION_EXECUTIVE'
} as const;

export type BoardKind = typeof BoardKind[keyof typeof BoardKind];
/** A seat on a board: head (trưởng ban), deputy (phó ban), member (ủy viên) */
export const BoardRole = {
  Deputy: 'DEPUTY',
  Head: 'HEAD',
  Member: 'MEMBER'
} as const;

export type BoardRole = typeof BoardRole[keyof typeof BoardRole];
export type BoardSeatInput = {
  /** The key of a person of the profile */
  personKey: string;
  role: BoardRole;
  /** YYYY-MM-DD, after the start */
  termEnd?: string | null | undefined;
  /** YYYY-MM-DD */
  termStart?: string | null | undefined;
};

export type CalendarRuleInput = {
  due: string;
  graceDays: number;
  kind: PeriodKind;
  windowEnd: string;
  windowStart: string;
  windowStartPreviousYear: boolean;
};

export type CloseOrgUnitInput = {
  /** YYYY-MM-DD: the first day it no longer exists as an open unit */
  closedOn: string;
  id: string | number;
};

/** Content groups of Law 10/2022/QH15 plus leadership, the staff conference and results */
export const ContentGroup = {
  Disclosure: 'DISCLOSURE',
  DiscussDecide: 'DISCUSS_DECIDE',
  Inspection: 'INSPECTION',
  Leadership: 'LEADERSHIP',
  Opinions: 'OPINIONS',
  Results: 'RESULTS',
  StaffConference: 'STAFF_CONFERENCE'
} as const;

export type ContentGroup = typeof ContentGroup[keyof typeof ContentGroup];
export type CorrectActivityInput = {
  /** The version the correction starts from: a stale one is refused (VERSION_MISMATCH) */
  expectedVersion: number;
  facts: Record<string, unknown>;
  id: string | number;
  /** YYYY-MM-DD */
  occurredOn: string;
};

export type CorrectOrgUnitInput = {
  /** YYYY-MM-DD */
  expectedFrom?: string | null | undefined;
  id: string | number;
  /** The current name, corrected (no history kept) */
  name?: string | null | undefined;
  /** A reporting unit's type, put right: a code of the province's catalogue */
  unitType?: string | null | undefined;
};

export type CreateOrgUnitInput = {
  code: string;
  /** YYYY-MM-DD; the day it opened when not given */
  expectedFrom?: string | null | undefined;
  kind: OrgUnitKind;
  name: string;
  /** YYYY-MM-DD; left out: the parent's (before the records under the root), so expected for every period */
  openedOn?: string | null | undefined;
  parentId: string | number;
  /** A code of the province's catalogue for a reporting unit; COMMITTEE for a bloc */
  unitType: string;
};

export type CreateProvinceInput = {
  adminDisplayName: string;
  adminPassword: string;
  adminUsername: string;
  code: string;
  name: string;
  /** Left out: the defaults from the name */
  settings?: ProvinceSettingsInput | null | undefined;
};

export type CreateUnitTypeInput = {
  /** Capital letters, digits and "_"; never changes */
  code: string;
  /** Vietnamese */
  name: string;
  nameEn: string;
};

export type CreateUserInput = {
  displayName: string;
  email?: string | null | undefined;
  orgUnitId: string | number;
  password: string;
  role: Role;
  username: string;
};

export type CriterionScoreInput = {
  comment?: string | null | undefined;
  criterionId: string | number;
  evidence?: Array<EvidenceLinkInput> | null | undefined;
  points: number;
};

export type DeleteActivityInput = {
  expectedVersion: number;
  id: string | number;
  /** Why it is deleted (kept with it, and in the audit log) */
  reason: string;
};

/** PARTY: Hướng dẫn 36-HD/VPTW; STATE: Nghị định 30/2020/NĐ-CP */
export const DocumentFormat = {
  Party: 'PARTY',
  State: 'STATE'
} as const;

export type DocumentFormat = typeof DocumentFormat[keyof typeof DocumentFormat];
export type EndReportingLineInput = {
  /** YYYY-MM-DD: the first day its bloc in the tree reviews it again */
  effectiveOn: string;
  unitId: string | number;
};

export type EvidenceLinkInput = {
  activityId?: string | number | null | undefined;
  evidenceFileId?: string | number | null | undefined;
};

export type ImportLegacyReportInput = {
  /** Null: proposed from the unit, as for any draft never saved */
  header?: ReportHeaderInput | null | undefined;
  /** The figures as read and confirmed */
  imported: Record<string, unknown>;
  periodId: string | number;
  /** DECREE_71_2006 section key → text */
  prose: Record<string, unknown>;
  unitId: string | number;
};

/** CHECKING: the dry run is queued or running; CHECKED: done; APPLYING; APPLIED; FAILED: the apply found problems and changed nothing */
export const ImportStatus = {
  Applied: 'APPLIED',
  Applying: 'APPLYING',
  Checked: 'CHECKED',
  Checking: 'CHECKING',
  Failed: 'FAILED'
} as const;

export type ImportStatus = typeof ImportStatus[keyof typeof ImportStatus];
export type InviteUserInput = {
  displayName: string;
  email: string;
  orgUnitId: string | number;
  role: Role;
};

export type LoginInput = {
  password: string;
  province?: string | null | undefined;
  username: string;
};

export type MembershipInput = {
  orgUnitId: string | number;
  role: Role;
  userId: string | number;
};

export type MergeOrgUnitsInput = {
  /** YYYY-MM-DD: the first day the sources are part of the target */
  effectiveOn: string;
  sourceIds: Array<string | number>;
  targetId: string | number;
};

export type MoveOrgUnitInput = {
  /** YYYY-MM-DD: the first day under the new parent */
  effectiveOn: string;
  id: string | number;
  parentId: string | number;
};

/** REMINDER: to a unit that has not submitted; ESCALATION: to its bloc after the due day; DIGEST: the committee’s daily digest */
export const NotificationKind = {
  Digest: 'DIGEST',
  Escalation: 'ESCALATION',
  Reminder: 'REMINDER'
} as const;

export type NotificationKind = typeof NotificationKind[keyof typeof NotificationKind];
export type NotificationPreferencesInput = {
  optOut: boolean;
  quietEnd?: string | null | undefined;
  quietStart?: string | null | undefined;
};

export type OpenReportingPeriodInput = {
  /** YYYY-MM-DD */
  dueOn: string;
  graceDays?: number | null | undefined;
  kind: PeriodKind;
  /** YYYY-MM-DD */
  windowEnd: string;
  /** YYYY-MM-DD */
  windowStart: string;
  year: number;
};

/** Level of the org tree */
export const OrgUnitKind = {
  Bloc: 'BLOC',
  ProvinceCommittee: 'PROVINCE_COMMITTEE',
  Unit: 'UNIT'
} as const;

export type OrgUnitKind = typeof OrgUnitKind[keyof typeof OrgUnitKind];
/** Sơ kết 6 tháng or tổng kết năm */
export const PeriodKind = {
  SixMonth: 'SIX_MONTH',
  Year: 'YEAR'
} as const;

export type PeriodKind = typeof PeriodKind[keyof typeof PeriodKind];
/** A closed period takes no new data */
export const PeriodStatus = {
  Closed: 'CLOSED',
  Open: 'OPEN'
} as const;

export type PeriodStatus = typeof PeriodStatus[keyof typeof PeriodStatus];
export type ProfileBoardInput = {
  kind: BoardKind;
  seats: Array<BoardSeatInput>;
  /** YYYY-MM-DD: the board’s term ends */
  termEnd?: string | null | undefined;
  /** YYYY-MM-DD: the board’s term starts */
  termStart?: string | null | undefined;
};

export type ProfilePersonInput = {
  fullName: string;
  /** Names the person within the profile (any short text, e.g. "p1"); seats refer to it */
  key: string;
  /** Position in the unit (chức vụ) */
  title?: string | null | undefined;
};

export type ProvinceSettingsInput = {
  documentFormat: DocumentFormat;
  documentIssuer: string;
  documentParentBody: string;
  documentSymbol: string;
  language: string;
  place: string;
  timeZone: string;
};

/** Best score first by default; ties and units without a score by code */
export const RankingSort = {
  Code: 'CODE',
  Name: 'NAME',
  ScoreAsc: 'SCORE_ASC',
  ScoreDesc: 'SCORE_DESC',
  SubmittedAt: 'SUBMITTED_AT'
} as const;

export type RankingSort = typeof RankingSort[keyof typeof RankingSort];
export type RecordActivityInput = {
  /** The kind's facts, e.g. { topic, present, eligible } for a briefing */
  facts: Record<string, unknown>;
  kind: ActivityKind;
  /** YYYY-MM-DD */
  occurredOn: string;
  unitId: string | number;
};

export type RemoveEvidenceFileInput = {
  id: string | number;
  reason: string;
};

export type RenameOrgUnitInput = {
  /** YYYY-MM-DD: the first day of the new name */
  effectiveOn: string;
  id: string | number;
  name: string;
};

/** QUEUED → RUNNING → DONE, or FAILED with the reason */
export const RenderJobStatus = {
  Done: 'DONE',
  Failed: 'FAILED',
  Queued: 'QUEUED',
  Running: 'RUNNING'
} as const;

export type RenderJobStatus = typeof RenderJobStatus[keyof typeof RenderJobStatus];
/** Gửi, thẩm định, duyệt, trả lại, gửi lại */
export const ReportAction = {
  Approve: 'APPROVE',
  Resubmit: 'RESUBMIT',
  Return: 'RETURN',
  Review: 'REVIEW',
  Submit: 'SUBMIT'
} as const;

export type ReportAction = typeof ReportAction[keyof typeof ReportAction];
export type ReportDraftInput = {
  header?: ReportHeaderInput | null | undefined;
  placements?: Record<string, unknown> | null | undefined;
  prose?: Record<string, unknown> | null | undefined;
  templateCode?: ReportTemplateCode | null | undefined;
};

export const ReportFileMedia = {
  Docx: 'DOCX',
  Pdf: 'PDF'
} as const;

export type ReportFileMedia = typeof ReportFileMedia[keyof typeof ReportFileMedia];
export type ReportHeaderInput = {
  format: DocumentFormat;
  /** YYYY-MM-DD */
  issuedOn: string;
  issuer: string;
  issuerParent?: string | null | undefined;
  number?: string | null | undefined;
  place: string;
  recipients: Array<string>;
  signature: ReportSignatureInput;
  subject: string;
};

export type ReportSignatureInput = {
  mode: SigningMode;
  name: string;
  onBehalfOf?: string | null | undefined;
  title: string;
};

export const ReportStatus = {
  Approved: 'APPROVED',
  Draft: 'DRAFT',
  Returned: 'RETURNED',
  Reviewed: 'REVIEWED',
  Submitted: 'SUBMITTED'
} as const;

export type ReportStatus = typeof ReportStatus[keyof typeof ReportStatus];
/** The 2006 structure (Decree 71) or the current law (Law 10/2022) */
export const ReportTemplateCode = {
  Decree_71_2006: 'DECREE_71_2006',
  Law_10_2022: 'LAW_10_2022'
} as const;

export type ReportTemplateCode = typeof ReportTemplateCode[keyof typeof ReportTemplateCode];
export type ReportTransitionInput = {
  reportId: string | number;
};

export type RequestPasswordResetInput = {
  /** The username or the email address */
  login: string;
  province?: string | null | undefined;
};

export type RequestReportRenderInput = {
  periodId: string | number;
  unitId: string | number;
};

export type ResetPasswordInput = {
  password: string;
  token: string;
};

export type ReturnReportInput = {
  /** Required: what the unit must correct */
  reason?: string | null | undefined;
  reportId: string | number;
};

/** What a membership allows, over a subtree of the org tree */
export const Role = {
  BlocReviewer: 'BLOC_REVIEWER',
  PlatformAdmin: 'PLATFORM_ADMIN',
  ProvinceAdmin: 'PROVINCE_ADMIN',
  ProvinceCommittee: 'PROVINCE_COMMITTEE',
  UnitHead: 'UNIT_HEAD',
  UnitReporter: 'UNIT_REPORTER'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** The whole province, a bloc, or a unit type */
export const RollupDimension = {
  Bloc: 'BLOC',
  Province: 'PROVINCE',
  UnitType: 'UNIT_TYPE'
} as const;

export type RollupDimension = typeof RollupDimension[keyof typeof RollupDimension];
/** A province edits a DRAFT rubric; units score against a PUBLISHED one, which never changes */
export const RubricStatus = {
  Draft: 'DRAFT',
  Published: 'PUBLISHED'
} as const;

export type RubricStatus = typeof RubricStatus[keyof typeof RubricStatus];
export type SaveProvinceReportInput = {
  expectedVersion: number;
  header?: ReportHeaderInput | null | undefined;
  periodId: string | number;
  /** Section key (I … V) → text; null or blank clears it; absent keys stay */
  prose?: Record<string, unknown> | null | undefined;
};

export type SaveReminderScheduleInput = {
  offsets: Array<number>;
  periodId: string | number;
};

export type SaveReportDraftInput = {
  /** The version read; 0 before the first save */
  expectedVersion: number;
  header?: ReportHeaderInput | null | undefined;
  periodId: string | number;
  placements?: Record<string, unknown> | null | undefined;
  prose?: Record<string, unknown> | null | undefined;
  templateCode?: ReportTemplateCode | null | undefined;
  unitId: string | number;
};

export type SaveReportingCalendarInput = {
  rules: Array<CalendarRuleInput>;
};

export type SaveSelfAssessmentInput = {
  /** The version the scores were edited from; 0 when none was saved yet */
  expectedVersion: number;
  periodId: string | number;
  scores: Array<CriterionScoreInput>;
  unitId: string | number;
};

export type SaveUnitProfileInput = {
  boards: Array<ProfileBoardInput>;
  /** The version the profile was edited from (0: none saved yet); another is CONFLICT */
  expectedVersion: number;
  partyMembers: number;
  people: Array<ProfilePersonInput>;
  periodId: string | number;
  staffCount: number;
  unionMembers: number;
  unitId: string | number;
};

/** How a criterion is scored; every method but MANUAL suggests a score from the records */
export const ScoringMethod = {
  CountAtLeast: 'COUNT_AT_LEAST',
  Deduction: 'DEDUCTION',
  Manual: 'MANUAL',
  Ratio: 'RATIO',
  YesNo: 'YES_NO'
} as const;

export type ScoringMethod = typeof ScoringMethod[keyof typeof ScoringMethod];
export type SetReportingLineInput = {
  /** YYYY-MM-DD: the first day of the new reporting line */
  effectiveOn: string;
  /** The bloc that reviews it from the effective date */
  reviewerId: string | number;
  /** A reporting unit */
  unitId: string | number;
};

/** T/M (ON_BEHALF), K/T (DEPUTY), T/L (BY_ORDER), or own name */
export const SigningMode = {
  ByOrder: 'BY_ORDER',
  Deputy: 'DEPUTY',
  OnBehalf: 'ON_BEHALF',
  Own: 'OWN'
} as const;

export type SigningMode = typeof SigningMode[keyof typeof SigningMode];
export type SplitOrgUnitInput = {
  /** YYYY-MM-DD: the first day of the new units (the old one closes that day) */
  effectiveOn: string;
  id: string | number;
  /** Two or more new units; each opens on the effective date */
  parts: Array<SplitPartInput>;
};

export type SplitPartInput = {
  code: string;
  name: string;
  parentId: string | number;
  /** A code of the province's catalogue */
  unitType: string;
};

export const SubmissionProblemSeverity = {
  Blocking: 'BLOCKING',
  Warning: 'WARNING'
} as const;

export type SubmissionProblemSeverity = typeof SubmissionProblemSeverity[keyof typeof SubmissionProblemSeverity];
export type SubmitReportInput = {
  periodId: string | number;
  unitId: string | number;
};

export const TenantStatus = {
  Active: 'ACTIVE',
  Archived: 'ARCHIVED',
  Suspended: 'SUSPENDED'
} as const;

export type TenantStatus = typeof TenantStatus[keyof typeof TenantStatus];
export type UnitRankingInput = {
  band?: Band | null | undefined;
  blocId?: string | number | null | undefined;
  /** 1 to 500 */
  limit?: number | null | undefined;
  offset?: number | null | undefined;
  periodId: string | number;
  /** Code or name, accent-insensitive */
  search?: string | null | undefined;
  sort?: RankingSort | null | undefined;
  unitType?: string | null | undefined;
};

export type UpdateProvinceSettingsInput = {
  id: string | number;
  settings: ProvinceSettingsInput;
};

export type UpdateUnitTypeInput = {
  /** False: the units that have it keep it; no new unit may take it */
  active: boolean;
  code: string;
  /** Vietnamese */
  name: string;
  nameEn: string;
};

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ id: string, current: boolean, startedAt: string, renewedAt: string, expiresAt: string, clientAddress: string, userAgent: string }> };

export type EndSessionMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type EndSessionMutation = { endSession: boolean };

export type LogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutEverywhereMutation = { logoutEverywhere: number };

type ActivityFields_Briefing_Fragment = { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null };

type ActivityFields_ComplaintCase_Fragment = { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null };

type ActivityFields_Consultation_Fragment = { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null };

type ActivityFields_Disclosure_Fragment = { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null };

type ActivityFields_Inspection_Fragment = { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null };

type ActivityFields_StaffConference_Fragment = { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null };

type ActivityFields_StaffDecision_Fragment = { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null };

type ActivityFields_TrainingPersonnel_Fragment = { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null };

export type ActivityFieldsFragment =
  | ActivityFields_Briefing_Fragment
  | ActivityFields_ComplaintCase_Fragment
  | ActivityFields_Consultation_Fragment
  | ActivityFields_Disclosure_Fragment
  | ActivityFields_Inspection_Fragment
  | ActivityFields_StaffConference_Fragment
  | ActivityFields_StaffDecision_Fragment
  | ActivityFields_TrainingPersonnel_Fragment
;

export type ActivityLogQueryVariables = Exact<{
  unitId: string | number;
  periodId: string | number;
  kind?: ActivityKind | null | undefined;
  includeDeleted?: boolean | null | undefined;
}>;


export type ActivityLogQuery = { activities: Array<
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
  > };

export type RecordActivityMutationVariables = Exact<{
  input: RecordActivityInput;
}>;


export type RecordActivityMutation = { recordActivity:
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
   };

export type CorrectActivityMutationVariables = Exact<{
  input: CorrectActivityInput;
}>;


export type CorrectActivityMutation = { correctActivity:
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
   };

export type DeleteActivityMutationVariables = Exact<{
  input: DeleteActivityInput;
}>;


export type DeleteActivityMutation = { deleteActivity:
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
    | { id: string, unitId: string, kind: ActivityKind, occurredOn: string, summary: string, facts: Record<string, unknown>, figures: Record<string, unknown>, version: number, recordedAt: string, updatedAt: string | null, deletedAt: string | null, deletionReason: string | null }
   };

export type EvidenceFileFieldsFragment = { id: string, activityId: string, fileName: string, contentType: string, sizeBytes: number, uploadedAt: string, downloadPath: string };

export type EvidenceFilesQueryVariables = Exact<{
  activityIds: Array<string | number> | string | number;
}>;


export type EvidenceFilesQuery = { evidenceFiles: Array<{ id: string, activityId: string, fileName: string, contentType: string, sizeBytes: number, uploadedAt: string, downloadPath: string }> };

export type RemoveEvidenceFileMutationVariables = Exact<{
  input: RemoveEvidenceFileInput;
}>;


export type RemoveEvidenceFileMutation = { removeEvidenceFile: { id: string, activityId: string, fileName: string, contentType: string, sizeBytes: number, uploadedAt: string, downloadPath: string } };

export type OrgUnitsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type OrgUnitsQuery = { orgUnits: Array<{ id: string, code: string, name: string, kind: OrgUnitKind, unitType: string, parentId: string | null, openedOn: string | null, closedOn: string | null, mergedIntoId: string | null, splitFromId: string | null, expectedFrom: string | null, reviewedById: string | null }> };

export type RenameOrgUnitMutationVariables = Exact<{
  input: RenameOrgUnitInput;
}>;


export type RenameOrgUnitMutation = { renameOrgUnit: { id: string } };

export type MoveOrgUnitMutationVariables = Exact<{
  input: MoveOrgUnitInput;
}>;


export type MoveOrgUnitMutation = { moveOrgUnit: { id: string } };

export type MergeOrgUnitsMutationVariables = Exact<{
  input: MergeOrgUnitsInput;
}>;


export type MergeOrgUnitsMutation = { mergeOrgUnits: { id: string } };

export type CorrectOrgUnitMutationVariables = Exact<{
  input: CorrectOrgUnitInput;
}>;


export type CorrectOrgUnitMutation = { correctOrgUnit: { id: string } };

export type CloseOrgUnitMutationVariables = Exact<{
  input: CloseOrgUnitInput;
}>;


export type CloseOrgUnitMutation = { closeOrgUnit: { id: string } };

export type SplitOrgUnitMutationVariables = Exact<{
  input: SplitOrgUnitInput;
}>;


export type SplitOrgUnitMutation = { splitOrgUnit: Array<{ id: string }> };

export type SetReportingLineMutationVariables = Exact<{
  input: SetReportingLineInput;
}>;


export type SetReportingLineMutation = { setReportingLine: { id: string } };

export type EndReportingLineMutationVariables = Exact<{
  input: EndReportingLineInput;
}>;


export type EndReportingLineMutation = { endReportingLine: { id: string } };

export type CreateOrgUnitMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type CreateOrgUnitMutation = { createOrgUnit: { id: string } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, username: string, displayName: string, email: string | null, active: boolean, invitationPending: boolean, memberships: Array<{ role: Role, orgUnit: { id: string, name: string } | null }> }> };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { id: string, username: string } };

export type ResendInvitationMutationVariables = Exact<{
  userId: string | number;
}>;


export type ResendInvitationMutation = { resendInvitation: { id: string } };

export type SendPasswordResetMutationVariables = Exact<{
  userId: string | number;
}>;


export type SendPasswordResetMutation = { sendPasswordReset: boolean };

export type DeactivateUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type DeactivateUserMutation = { deactivateUser: { id: string, active: boolean } };

export type ReactivateUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type ReactivateUserMutation = { reactivateUser: { id: string, active: boolean } };

export type AddMembershipMutationVariables = Exact<{
  input: MembershipInput;
}>;


export type AddMembershipMutation = { addMembership: { id: string } };

export type RemoveMembershipMutationVariables = Exact<{
  input: MembershipInput;
}>;


export type RemoveMembershipMutation = { removeMembership: { id: string } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string } };

export type OpenReportingPeriodMutationVariables = Exact<{
  input: OpenReportingPeriodInput;
}>;


export type OpenReportingPeriodMutation = { openReportingPeriod: { id: string } };

export type RubricOverviewFragment = { id: string, name: string, maxTotal: number, criteria: Array<{ code: string, title: string, maxPoints: number }> };

export type RubricQueryVariables = Exact<{
  year: number;
}>;


export type RubricQuery = { rubric: { id: string, name: string, maxTotal: number, criteria: Array<{ code: string, title: string, maxPoints: number }> } | null };

export type AdoptDefaultRubricMutationVariables = Exact<{
  year: number;
}>;


export type AdoptDefaultRubricMutation = { adoptDefaultRubric: { id: string, name: string, maxTotal: number, criteria: Array<{ code: string, title: string, maxPoints: number }> } };

export type ImportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportJobQuery = { importJob: { id: string, fileName: string, status: ImportStatus, rowCount: number, problemCount: number, unitsCreated: number, usersCreated: number, progress: { done: number, total: number }, problems: Array<{ sheet: string, row: number, column: string, message: string, messageEn: string }> } };

export type ApplyImportMutationVariables = Exact<{
  id: string | number;
}>;


export type ApplyImportMutation = { applyImport: { id: string, status: ImportStatus, progress: { done: number, total: number } } };

export type CalendarRuleFieldsFragment = { kind: PeriodKind, windowStart: string, windowStartPreviousYear: boolean, windowEnd: string, due: string, graceDays: number };

export type ReportingCalendarQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportingCalendarQuery = { reportingCalendar: { updatedAt: string | null, rules: Array<{ kind: PeriodKind, windowStart: string, windowStartPreviousYear: boolean, windowEnd: string, due: string, graceDays: number }> } };

export type SaveReportingCalendarMutationVariables = Exact<{
  input: SaveReportingCalendarInput;
}>;


export type SaveReportingCalendarMutation = { saveReportingCalendar: { updatedAt: string | null, rules: Array<{ kind: PeriodKind, windowStart: string, windowStartPreviousYear: boolean, windowEnd: string, due: string, graceDays: number }> } };

export type GenerateReportingPeriodsMutationVariables = Exact<{
  year: number;
}>;


export type GenerateReportingPeriodsMutation = { generateReportingPeriods: Array<{ id: string, kind: PeriodKind }> };

export type CloseReportingPeriodMutationVariables = Exact<{
  periodId: string | number;
}>;


export type CloseReportingPeriodMutation = { closeReportingPeriod: { id: string, status: PeriodStatus } };

export type ReopenReportingPeriodMutationVariables = Exact<{
  periodId: string | number;
}>;


export type ReopenReportingPeriodMutation = { reopenReportingPeriod: { id: string, status: PeriodStatus } };

export type UnitTypeFieldsFragment = { code: string, name: string, nameEn: string, active: boolean, openUnits: number };

export type UnitTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitTypesQuery = { unitTypes: Array<{ code: string, name: string, nameEn: string, active: boolean, openUnits: number }> };

export type CreateUnitTypeMutationVariables = Exact<{
  input: CreateUnitTypeInput;
}>;


export type CreateUnitTypeMutation = { createUnitType: { code: string, name: string, nameEn: string, active: boolean, openUnits: number } };

export type UpdateUnitTypeMutationVariables = Exact<{
  input: UpdateUnitTypeInput;
}>;


export type UpdateUnitTypeMutation = { updateUnitType: { code: string, name: string, nameEn: string, active: boolean, openUnits: number } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  page?: AuditLogPageInput | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { total: number, size: number, offset: number, entries: Array<{ id: string, occurredAt: string, action: string, objectType: string, objectId: string, requestId: string | null, actor: { userId: string, role: string | null, orgUnitId: string | null }, changes: Array<{ field: string, before: string | null, after: string | null }> }> } };

export type ViewerFieldsFragment = { userId: string, username: string, displayName: string, province: { id: string, code: string, name: string } | null, memberships: Array<{ role: Role, orgUnit: { id: string, code: string, name: string, kind: OrgUnitKind, unitType: string, parentId: string | null } | null }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { userId: string, username: string, displayName: string, province: { id: string, code: string, name: string } | null, memberships: Array<{ role: Role, orgUnit: { id: string, code: string, name: string, kind: OrgUnitKind, unitType: string, parentId: string | null } | null }> } };

export type ProvinceDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvinceDirectoryQuery = { provinceDirectory: Array<{ id: string, code: string, name: string }> };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, viewer: { userId: string, username: string, displayName: string, province: { id: string, code: string, name: string } | null, memberships: Array<{ role: Role, orgUnit: { id: string, code: string, name: string, kind: OrgUnitKind, unitType: string, parentId: string | null } | null }> } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type InvitationQueryVariables = Exact<{
  token: string;
}>;


export type InvitationQuery = { invitation: { displayName: string, email: string, username: string, expiresAt: string, province: { id: string, code: string, name: string } } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { username: string, provinceCode: string | null } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { username: string, provinceCode: string | null } };

export type RollupCellFieldsFragment = { periodId: string, dimension: RollupDimension, value: string, label: string, unitsExpected: number, unitsSubmitted: number, unitsNotSubmitted: number, unitsOnTime: number, unitsLate: number, unitsApproved: number, unitsReturned: number, submissionRate: number | null, onTimeRate: number | null, averageScore: number | null, medianScore: number | null, staffConferenceRate: number | null, inspectionBoards: number, inspectionSessions: number, disclosures: number, consultations: number, complaintsReceived: number, complaintsResolved: number, refreshedAt: string | null, bandCounts: Array<{ band: Band, count: number }> };

export type DashboardCellsQueryVariables = Exact<{
  periodId: string | number;
  dimension: RollupDimension;
}>;


export type DashboardCellsQuery = { rollupCells: Array<{ periodId: string, dimension: RollupDimension, value: string, label: string, unitsExpected: number, unitsSubmitted: number, unitsNotSubmitted: number, unitsOnTime: number, unitsLate: number, unitsApproved: number, unitsReturned: number, submissionRate: number | null, onTimeRate: number | null, averageScore: number | null, medianScore: number | null, staffConferenceRate: number | null, inspectionBoards: number, inspectionSessions: number, disclosures: number, consultations: number, complaintsReceived: number, complaintsResolved: number, refreshedAt: string | null, bandCounts: Array<{ band: Band, count: number }> }> };

export type CompletenessQueryVariables = Exact<{
  periodId: string | number;
  blocId?: string | number | null | undefined;
}>;


export type CompletenessQuery = { completeness: Array<{ unitId: string, code: string, name: string, blocId: string | null, blocName: string | null, unitType: string, status: ReportStatus | null, submittedAt: string | null, late: boolean | null, reportId: string | null, daysOverdue: number | null, lastReminder: string | null, lastRemindedAt: string | null }> };

export type RankingFiltersQueryVariables = Exact<{
  periodId: string | number;
  dimension: RollupDimension;
}>;


export type RankingFiltersQuery = { rollupCells: Array<{ dimension: RollupDimension, value: string, label: string }> };

export type UnitRankingQueryVariables = Exact<{
  input: UnitRankingInput;
}>;


export type UnitRankingQuery = { unitRanking: { total: number, bandCounts: Array<{ band: Band, count: number }>, rows: Array<{ rank: number | null, unitId: string, code: string, name: string, blocId: string | null, blocName: string | null, unitType: string, status: ReportStatus | null, scoreTotal: number | null, band: Band | null, late: boolean | null, submittedAt: string | null, reportId: string | null, lastYearScore: number | null }> } };

export type CriterionHeatmapQueryVariables = Exact<{
  input: UnitRankingInput;
}>;


export type CriterionHeatmapQuery = { criterionHeatmap: { total: number, criteria: Array<{ code: string, title: string, maxPoints: number }>, rows: Array<{ unitId: string, code: string, name: string, scoreTotal: number | null, scores: Array<number | null> }> } };

export type YearOverYearQueryVariables = Exact<{
  periodId: string | number;
  dimension: RollupDimension;
}>;


export type YearOverYearQuery = { yearOverYear: Array<{ dimension: RollupDimension, value: string, label: string, averageScore: number | null, lastYearAverageScore: number | null, submissionRate: number | null, lastYearSubmissionRate: number | null }> };

export type UnitStandingQueryVariables = Exact<{
  periodId: string | number;
  unitId: string | number;
}>;


export type UnitStandingQuery = { unitStanding: { periodId: string, unitId: string, code: string, name: string, blocId: string | null, blocName: string | null, unitType: string, rank: number | null, rankedUnits: number, blocRank: number | null, blocRankedUnits: number, scoreTotal: number | null, band: Band | null, lastYearScore: number | null, status: ReportStatus | null, reportId: string | null, criteria: Array<{ code: string, title: string, maxPoints: number, points: number | null, blocMedian: number | null, lastYear: number | null }> } };

export type StandingFlagsQueryVariables = Exact<{
  unitId: string | number;
  periodId: string | number;
}>;


export type StandingFlagsQuery = { scoringSheet: { unitId: string, periodId: string, flags: Array<{ code: string, criterionCode: string | null, message: string, messageEn: string }> } };

export type ParseLegacyReportQueryVariables = Exact<{
  text: string;
}>;


export type ParseLegacyReportQuery = { parseLegacyReport: { draft: Record<string, unknown>, warnings: Array<string> } };

export type ImportLegacyReportMutationVariables = Exact<{
  input: ImportLegacyReportInput;
}>;


export type ImportLegacyReportMutation = { importLegacyReport: { id: string, unitId: string, periodId: string, status: ReportStatus } };

export type ComparisonRowFieldsFragment = { unitId: string, code: string, name: string, blocName: string | null, submitted: boolean, submittedAt: string | null, late: boolean | null, scoreTotal: number | null, band: Band | null };

export type OverviewQueryVariables = Exact<{
  periodId: string | number;
}>;


export type OverviewQuery = { provinceRollup: { periodId: string, unitsExpected: number, unitsSubmitted: number, unitsOnTime: number, averageScore: number | null, updatedAt: string | null, bands: Array<{ band: Band, count: number }> }, unitComparison: Array<{ unitId: string, code: string, name: string, blocName: string | null, submitted: boolean, submittedAt: string | null, late: boolean | null, scoreTotal: number | null, band: Band | null }> };

export type BlocOverviewQueryVariables = Exact<{
  periodId: string | number;
}>;


export type BlocOverviewQuery = { unitComparison: Array<{ unitId: string, code: string, name: string, blocName: string | null, submitted: boolean, submittedAt: string | null, late: boolean | null, scoreTotal: number | null, band: Band | null }> };

export type UnitProfileFieldsFragment = { unitId: string, periodId: string, version: number, copiedFromPeriodId: string | null, staffCount: number | null, partyMembers: number | null, unionMembers: number | null, updatedAt: string | null, people: Array<{ key: string, fullName: string, title: string | null }>, boards: Array<{ kind: BoardKind, termStart: string | null, termEnd: string | null, seats: Array<{ personKey: string, role: BoardRole, termStart: string | null, termEnd: string | null }> }>, peopleOnSeveralBoards: Array<{ key: string, fullName: string, boards: Array<BoardKind> }> };

export type UnitProfileQueryVariables = Exact<{
  unitId: string | number;
  periodId: string | number;
}>;


export type UnitProfileQuery = { unitProfile: { unitId: string, periodId: string, version: number, copiedFromPeriodId: string | null, staffCount: number | null, partyMembers: number | null, unionMembers: number | null, updatedAt: string | null, people: Array<{ key: string, fullName: string, title: string | null }>, boards: Array<{ kind: BoardKind, termStart: string | null, termEnd: string | null, seats: Array<{ personKey: string, role: BoardRole, termStart: string | null, termEnd: string | null }> }>, peopleOnSeveralBoards: Array<{ key: string, fullName: string, boards: Array<BoardKind> }> } };

export type SaveUnitProfileMutationVariables = Exact<{
  input: SaveUnitProfileInput;
}>;


export type SaveUnitProfileMutation = { saveUnitProfile: { unitId: string, periodId: string, version: number, copiedFromPeriodId: string | null, staffCount: number | null, partyMembers: number | null, unionMembers: number | null, updatedAt: string | null, people: Array<{ key: string, fullName: string, title: string | null }>, boards: Array<{ kind: BoardKind, termStart: string | null, termEnd: string | null, seats: Array<{ personKey: string, role: BoardRole, termStart: string | null, termEnd: string | null }> }>, peopleOnSeveralBoards: Array<{ key: string, fullName: string, boards: Array<BoardKind> }> } };

export type ProvinceReportFieldsFragment = { periodId: string, prose: Record<string, unknown>, version: number, document: Record<string, unknown>, header: { format: DocumentFormat, issuerParent: string | null, issuer: string, number: string | null, place: string, issuedOn: string, subject: string, recipients: Array<string>, signature: { mode: SigningMode, onBehalfOf: string | null, title: string, name: string } }, figures: { unitsExpected: number, unitsSubmitted: number, unitsOnTime: number, unitsApproved: number, submittedPercent: number | null, onTimePercent: number | null, approvedPercent: number | null, averageScore: number | null, activityCounts: Record<string, unknown>, bands: Array<{ band: Band, count: number }>, notSubmitted: Array<{ unitId: string, code: string, name: string, blocName: string | null }> }, template: { name: string, sections: Array<{ key: string, number: string, title: string, depth: number, parentKey: string | null, proseRequired: boolean }> }, latestRenderJob: { id: string } | null };

export type ProvinceReportQueryVariables = Exact<{
  periodId: string | number;
}>;


export type ProvinceReportQuery = { provinceReport: { periodId: string, prose: Record<string, unknown>, version: number, document: Record<string, unknown>, header: { format: DocumentFormat, issuerParent: string | null, issuer: string, number: string | null, place: string, issuedOn: string, subject: string, recipients: Array<string>, signature: { mode: SigningMode, onBehalfOf: string | null, title: string, name: string } }, figures: { unitsExpected: number, unitsSubmitted: number, unitsOnTime: number, unitsApproved: number, submittedPercent: number | null, onTimePercent: number | null, approvedPercent: number | null, averageScore: number | null, activityCounts: Record<string, unknown>, bands: Array<{ band: Band, count: number }>, notSubmitted: Array<{ unitId: string, code: string, name: string, blocName: string | null }> }, template: { name: string, sections: Array<{ key: string, number: string, title: string, depth: number, parentKey: string | null, proseRequired: boolean }> }, latestRenderJob: { id: string } | null } };

export type SaveProvinceReportMutationVariables = Exact<{
  input: SaveProvinceReportInput;
}>;


export type SaveProvinceReportMutation = { saveProvinceReport: { periodId: string, prose: Record<string, unknown>, version: number, document: Record<string, unknown>, header: { format: DocumentFormat, issuerParent: string | null, issuer: string, number: string | null, place: string, issuedOn: string, subject: string, recipients: Array<string>, signature: { mode: SigningMode, onBehalfOf: string | null, title: string, name: string } }, figures: { unitsExpected: number, unitsSubmitted: number, unitsOnTime: number, unitsApproved: number, submittedPercent: number | null, onTimePercent: number | null, approvedPercent: number | null, averageScore: number | null, activityCounts: Record<string, unknown>, bands: Array<{ band: Band, count: number }>, notSubmitted: Array<{ unitId: string, code: string, name: string, blocName: string | null }> }, template: { name: string, sections: Array<{ key: string, number: string, title: string, depth: number, parentKey: string | null, proseRequired: boolean }> }, latestRenderJob: { id: string } | null } };

export type RequestProvinceReportRenderMutationVariables = Exact<{
  periodId: string | number;
}>;


export type RequestProvinceReportRenderMutation = { requestProvinceReportRender: { id: string, status: RenderJobStatus, progress: number, stage: string | null, error: string | null, requestedAt: string, finishedAt: string | null, files: Array<{ id: string, media: ReportFileMedia, fileName: string, sizeBytes: number, url: string }> } };

export type ProvinceFieldsFragment = { id: string, code: string, name: string, status: TenantStatus, createdAt: string, settings: { documentParentBody: string, documentIssuer: string, documentSymbol: string, place: string, documentFormat: DocumentFormat, timeZone: string, language: string } };

export type ProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvincesQuery = { provinces: Array<{ id: string, code: string, name: string, status: TenantStatus, createdAt: string, settings: { documentParentBody: string, documentIssuer: string, documentSymbol: string, place: string, documentFormat: DocumentFormat, timeZone: string, language: string } }> };

export type CreateProvinceMutationVariables = Exact<{
  input: CreateProvinceInput;
}>;


export type CreateProvinceMutation = { createProvince: { id: string, code: string } };

export type SuspendProvinceMutationVariables = Exact<{
  id: string | number;
}>;


export type SuspendProvinceMutation = { suspendProvince: { id: string, code: string, name: string, status: TenantStatus, createdAt: string, settings: { documentParentBody: string, documentIssuer: string, documentSymbol: string, place: string, documentFormat: DocumentFormat, timeZone: string, language: string } } };

export type ReactivateProvinceMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateProvinceMutation = { reactivateProvince: { id: string, code: string, name: string, status: TenantStatus, createdAt: string, settings: { documentParentBody: string, documentIssuer: string, documentSymbol: string, place: string, documentFormat: DocumentFormat, timeZone: string, language: string } } };

export type ArchiveProvinceMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveProvinceMutation = { archiveProvince: { id: string, code: string, name: string, status: TenantStatus, createdAt: string, settings: { documentParentBody: string, documentIssuer: string, documentSymbol: string, place: string, documentFormat: DocumentFormat, timeZone: string, language: string } } };

export type UpdateProvinceSettingsMutationVariables = Exact<{
  input: UpdateProvinceSettingsInput;
}>;


export type UpdateProvinceSettingsMutation = { updateProvinceSettings: { id: string, code: string, name: string, status: TenantStatus, createdAt: string, settings: { documentParentBody: string, documentIssuer: string, documentSymbol: string, place: string, documentFormat: DocumentFormat, timeZone: string, language: string } } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MyNotificationsQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
}>;


export type MyNotificationsQuery = { unreadNotificationCount: number, myNotifications: Array<{ id: string, kind: NotificationKind, title: string, body: string, milestone: string, createdAt: string, readAt: string | null }> };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
  all?: boolean | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: { quietStart: string | null, quietEnd: string | null, optOut: boolean } };

export type SaveNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type SaveNotificationPreferencesMutation = { saveNotificationPreferences: { quietStart: string | null, quietEnd: string | null, optOut: boolean } };

export type ReminderScheduleQueryVariables = Exact<{
  periodId: string | number;
}>;


export type ReminderScheduleQuery = { reminderSchedule: { periodId: string, offsets: Array<number>, isDefault: boolean, updatedAt: string | null, milestones: Array<{ offset: number, name: string, on: string, kind: NotificationKind, optional: boolean }>, period: { id: string, year: number, kind: PeriodKind, windowStart: string, windowEnd: string, dueOn: string, graceDays: number, status: PeriodStatus } } };

export type SaveReminderScheduleMutationVariables = Exact<{
  input: SaveReminderScheduleInput;
}>;


export type SaveReminderScheduleMutation = { saveReminderSchedule: { periodId: string, offsets: Array<number>, isDefault: boolean, updatedAt: string | null, milestones: Array<{ offset: number, name: string, on: string, kind: NotificationKind, optional: boolean }> } };

export type RenderJobFieldsFragment = { id: string, status: RenderJobStatus, progress: number, stage: string | null, error: string | null, requestedAt: string, finishedAt: string | null, files: Array<{ id: string, media: ReportFileMedia, fileName: string, sizeBytes: number, url: string }> };

export type ReportHeaderFieldsFragment = { format: DocumentFormat, issuerParent: string | null, issuer: string, number: string | null, place: string, issuedOn: string, subject: string, recipients: Array<string>, signature: { mode: SigningMode, onBehalfOf: string | null, title: string, name: string } };

export type ReportDetailFieldsFragment = { id: string, unitId: string, periodId: string, status: ReportStatus, submittedAt: string | null, late: boolean | null, scoreTotal: number | null, band: Band | null, templateCode: ReportTemplateCode, prose: Record<string, unknown>, placements: Record<string, unknown>, version: number, returnReason: string | null, reviewedAt: string | null, approvedAt: string | null, returnedAt: string | null, allowedActions: Array<ReportAction>, header: { format: DocumentFormat, issuerParent: string | null, issuer: string, number: string | null, place: string, issuedOn: string, subject: string, recipients: Array<string>, signature: { mode: SigningMode, onBehalfOf: string | null, title: string, name: string } } | null, history: Array<{ action: ReportAction, fromStatus: ReportStatus, toStatus: ReportStatus, reason: string | null, at: string, snapshotNumber: number | null }>, snapshots: Array<{ id: string, number: number, contentHash: string, submittedAt: string, late: boolean, scoreTotal: number, band: Band }>, latestRenderJob: { id: string } | null };

export type ReportTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportTemplatesQuery = { reportTemplates: Array<{ code: ReportTemplateCode, name: string, sections: Array<{ key: string, number: string, title: string, depth: number, parentKey: string | null, proseRequired: boolean }> }> };

export type ReportDetailQueryVariables = Exact<{
  unitId: string | number;
  periodId: string | number;
}>;


export type ReportDetailQuery = { report: { id: string, unitId: string, periodId: string, status: ReportStatus, submittedAt: string | null, late: boolean | null, scoreTotal: number | null, band: Band | null, templateCode: ReportTemplateCode, prose: Record<string, unknown>, placements: Record<string, unknown>, version: number, returnReason: string | null, reviewedAt: string | null, approvedAt: string | null, returnedAt: string | null, allowedActions: Array<ReportAction>, header: { format: DocumentFormat, issuerParent: string | null, issuer: string, number: string | null, place: string, issuedOn: string, subject: string, recipients: Array<string>, signature: { mode: SigningMode, onBehalfOf: string | null, title: string, name: string } } | null, history: Array<{ action: ReportAction, fromStatus: ReportStatus, toStatus: ReportStatus, reason: string | null, at: string, snapshotNumber: number | null }>, snapshots: Array<{ id: string, number: number, contentHash: string, submittedAt: string, late: boolean, scoreTotal: number, band: Band }>, latestRenderJob: { id: string } | null } | null };

export type ReportPreviewQueryVariables = Exact<{
  unitId: string | number;
  periodId: string | number;
  draft?: ReportDraftInput | null | undefined;
}>;


export type ReportPreviewQuery = { reportPreview: { templateCode: ReportTemplateCode, document: Record<string, unknown>, contentHash: string, header: { format: DocumentFormat, issuerParent: string | null, issuer: string, number: string | null, place: string, issuedOn: string, subject: string, recipients: Array<string>, signature: { mode: SigningMode, onBehalfOf: string | null, title: string, name: string } }, problems: Array<{ severity: SubmissionProblemSeverity, reason: string, ref: string, message: string, messageEn: string }> } };

export type SaveReportDraftMutationVariables = Exact<{
  input: SaveReportDraftInput;
}>;


export type SaveReportDraftMutation = { saveReportDraft: { id: string, unitId: string, periodId: string, status: ReportStatus, submittedAt: string | null, late: boolean | null, scoreTotal: number | null, band: Band | null, templateCode: ReportTemplateCode, prose: Record<string, unknown>, placements: Record<string, unknown>, version: number, returnReason: string | null, reviewedAt: string | null, approvedAt: string | null, returnedAt: string | null, allowedActions: Array<ReportAction>, header: { format: DocumentFormat, issuerParent: string | null, issuer: string, number: string | null, place: string, issuedOn: string, subject: string, recipients: Array<string>, signature: { mode: SigningMode, onBehalfOf: string | null, title: string, name: string } } | null, history: Array<{ action: ReportAction, fromStatus: ReportStatus, toStatus: ReportStatus, reason: string | null, at: string, snapshotNumber: number | null }>, snapshots: Array<{ id: string, number: number, contentHash: string, submittedAt: string, late: boolean, scoreTotal: number, band: Band }>, latestRenderJob: { id: string } | null } };

export type SubmitReportDraftMutationVariables = Exact<{
  input: SubmitReportInput;
}>;


export type SubmitReportDraftMutation = { submitReport: { id: string, unitId: string, periodId: string, status: ReportStatus, submittedAt: string | null, late: boolean | null, scoreTotal: number | null, band: Band | null, templateCode: ReportTemplateCode, prose: Record<string, unknown>, placements: Record<string, unknown>, version: number, returnReason: string | null, reviewedAt: string | null, approvedAt: string | null, returnedAt: string | null, allowedActions: Array<ReportAction>, header: { format: DocumentFormat, issuerParent: string | null, issuer: string, number: string | null, place: string, issuedOn: string, subject: string, recipients: Array<string>, signature: { mode: SigningMode, onBehalfOf: string | null, title: string, name: string } } | null, history: Array<{ action: ReportAction, fromStatus: ReportStatus, toStatus: ReportStatus, reason: string | null, at: string, snapshotNumber: number | null }>, snapshots: Array<{ id: string, number: number, contentHash: string, submittedAt: string, late: boolean, scoreTotal: number, band: Band }>, latestRenderJob: { id: string } | null } };

export type ReviewReportMutationVariables = Exact<{
  input: ReportTransitionInput;
}>;


export type ReviewReportMutation = { reviewReport: { id: string, unitId: string, periodId: string, status: ReportStatus, submittedAt: string | null, late: boolean | null, scoreTotal: number | null, band: Band | null, templateCode: ReportTemplateCode, prose: Record<string, unknown>, placements: Record<string, unknown>, version: number, returnReason: string | null, reviewedAt: string | null, approvedAt: string | null, returnedAt: string | null, allowedActions: Array<ReportAction>, header: { format: DocumentFormat, issuerParent: string | null, issuer: string, number: string | null, place: string, issuedOn: string, subject: string, recipients: Array<string>, signature: { mode: SigningMode, onBehalfOf: string | null, title: string, name: string } } | null, history: Array<{ action: ReportAction, fromStatus: ReportStatus, toStatus: ReportStatus, reason: string | null, at: string, snapshotNumber: number | null }>, snapshots: Array<{ id: string, number: number, contentHash: string, submittedAt: string, late: boolean, scoreTotal: number, band: Band }>, latestRenderJob: { id: string } | null } };

export type ApproveReportMutationVariables = Exact<{
  input: ReportTransitionInput;
}>;


export type ApproveReportMutation = { approveReport: { id: string, unitId: string, periodId: string, status: ReportStatus, submittedAt: string | null, late: boolean | null, scoreTotal: number | null, band: Band | null, templateCode: ReportTemplateCode, prose: Record<string, unknown>, placements: Record<string, unknown>, version: number, returnReason: string | null, reviewedAt: string | null, approvedAt: string | null, returnedAt: string | null, allowedActions: Array<ReportAction>, header: { format: DocumentFormat, issuerParent: string | null, issuer: string, number: string | null, place: string, issuedOn: string, subject: string, recipients: Array<string>, signature: { mode: SigningMode, onBehalfOf: string | null, title: string, name: string } } | null, history: Array<{ action: ReportAction, fromStatus: ReportStatus, toStatus: ReportStatus, reason: string | null, at: string, snapshotNumber: number | null }>, snapshots: Array<{ id: string, number: number, contentHash: string, submittedAt: string, late: boolean, scoreTotal: number, band: Band }>, latestRenderJob: { id: string } | null } };

export type ReturnReportMutationVariables = Exact<{
  input: ReturnReportInput;
}>;


export type ReturnReportMutation = { returnReport: { id: string, unitId: string, periodId: string, status: ReportStatus, submittedAt: string | null, late: boolean | null, scoreTotal: number | null, band: Band | null, templateCode: ReportTemplateCode, prose: Record<string, unknown>, placements: Record<string, unknown>, version: number, returnReason: string | null, reviewedAt: string | null, approvedAt: string | null, returnedAt: string | null, allowedActions: Array<ReportAction>, header: { format: DocumentFormat, issuerParent: string | null, issuer: string, number: string | null, place: string, issuedOn: string, subject: string, recipients: Array<string>, signature: { mode: SigningMode, onBehalfOf: string | null, title: string, name: string } } | null, history: Array<{ action: ReportAction, fromStatus: ReportStatus, toStatus: ReportStatus, reason: string | null, at: string, snapshotNumber: number | null }>, snapshots: Array<{ id: string, number: number, contentHash: string, submittedAt: string, late: boolean, scoreTotal: number, band: Band }>, latestRenderJob: { id: string } | null } };

export type RequestReportRenderMutationVariables = Exact<{
  input: RequestReportRenderInput;
}>;


export type RequestReportRenderMutation = { requestReportRender: { id: string, status: RenderJobStatus, progress: number, stage: string | null, error: string | null, requestedAt: string, finishedAt: string | null, files: Array<{ id: string, media: ReportFileMedia, fileName: string, sizeBytes: number, url: string }> } };

export type RenderJobQueryVariables = Exact<{
  id: string | number;
}>;


export type RenderJobQuery = { renderJob: { id: string, status: RenderJobStatus, progress: number, stage: string | null, error: string | null, requestedAt: string, finishedAt: string | null, files: Array<{ id: string, media: ReportFileMedia, fileName: string, sizeBytes: number, url: string }> } | null };

export type ReportDiffQueryVariables = Exact<{
  reportId: string | number;
  from: number;
  to: number;
}>;


export type ReportDiffQuery = { reportDiff: { reportId: string, from: number, to: number, lines: Array<{ section: string, change: string, before: string | null, after: string | null }> } };

export type ReviewQueueQueryVariables = Exact<{
  periodId: string | number;
  statuses?: Array<ReportStatus> | ReportStatus | null | undefined;
}>;


export type ReviewQueueQuery = { reviewQueue: Array<{ unitCode: string, unitName: string, blocName: string | null, dueOn: string, report: { id: string, unitId: string, status: ReportStatus, submittedAt: string | null, late: boolean | null, scoreTotal: number | null, band: Band | null } }> };

export type SelfAssessmentFieldsFragment = { id: string, total: number, band: Band, version: number, frozen: boolean, reviewVersion: number, updatedAt: string, scores: Array<{ criterionId: string, points: number, comment: string | null, reviewerPoints: number | null, reviewerComment: string | null, evidence: Array<{ activityId: string | null, evidenceFileId: string | null }> }>, vetoes: Array<{ code: string, measure: string, tripsWhen: string, count: number, capsAt: Band, description: string }> };

export type ScoringSheetQueryVariables = Exact<{
  unitId: string | number;
  periodId: string | number;
}>;


export type ScoringSheetQuery = { scoringSheet: { unitId: string, periodId: string, frozen: boolean, measures: Record<string, unknown>, lastYearTotal: number | null, rubric: { id: string, year: number, name: string, maxTotal: number, status: RubricStatus, bands: Array<{ band: Band, minTotal: number }>, vetoes: Array<{ code: string, measure: string, tripsWhen: string, count: number, capsAt: Band, description: string }>, criteria: Array<{ id: string, code: string, title: string, contentGroup: ContentGroup, maxPoints: number, evidenceHint: string | null, legalReference: string | null, parentCode: string | null, method: ScoringMethod, activityKinds: Array<string> }> }, assessment: { id: string, total: number, band: Band, version: number, frozen: boolean, reviewVersion: number, updatedAt: string, scores: Array<{ criterionId: string, points: number, comment: string | null, reviewerPoints: number | null, reviewerComment: string | null, evidence: Array<{ activityId: string | null, evidenceFileId: string | null }> }>, vetoes: Array<{ code: string, measure: string, tripsWhen: string, count: number, capsAt: Band, description: string }> } | null, suggestions: Array<{ criterionId: string, points: number, basis: string }>, flags: Array<{ code: string, criterionCode: string | null, message: string, messageEn: string }> } };

export type SaveSelfAssessmentMutationVariables = Exact<{
  input: SaveSelfAssessmentInput;
}>;


export type SaveSelfAssessmentMutation = { saveSelfAssessment: { id: string, total: number, band: Band, version: number, frozen: boolean, reviewVersion: number, updatedAt: string, scores: Array<{ criterionId: string, points: number, comment: string | null, reviewerPoints: number | null, reviewerComment: string | null, evidence: Array<{ activityId: string | null, evidenceFileId: string | null }> }>, vetoes: Array<{ code: string, measure: string, tripsWhen: string, count: number, capsAt: Band, description: string }> } };

export type ReportFieldsFragment = { id: string, status: ReportStatus, submittedAt: string | null, late: boolean | null, scoreTotal: number | null, band: Band | null };

export type ReportQueryVariables = Exact<{
  unitId: string | number;
  periodId: string | number;
}>;


export type ReportQuery = { report: { id: string, status: ReportStatus, submittedAt: string | null, late: boolean | null, scoreTotal: number | null, band: Band | null } | null };

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string } };

export type PeriodFieldsFragment = { id: string, year: number, kind: PeriodKind, windowStart: string, windowEnd: string, dueOn: string, graceDays: number, status: PeriodStatus };

export type ReportingPeriodsQueryVariables = Exact<{
  year: number;
}>;


export type ReportingPeriodsQuery = { reportingPeriods: Array<{ id: string, year: number, kind: PeriodKind, windowStart: string, windowEnd: string, dueOn: string, graceDays: number, status: PeriodStatus }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ActivityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActivityFields on Activity {
  id
  unitId
  kind
  occurredOn
  summary
  facts
  figures
  version
  recordedAt
  updatedAt
  deletedAt
  deletionReason
}
    `, {"fragmentName":"ActivityFields"}) as unknown as TypedDocumentString<ActivityFieldsFragment, unknown>;
export const EvidenceFileFieldsFragmentDoc = new TypedDocumentString(`
    fragment EvidenceFileFields on EvidenceFile {
  id
  activityId
  fileName
  contentType
  sizeBytes
  uploadedAt
  downloadPath
}
    `, {"fragmentName":"EvidenceFileFields"}) as unknown as TypedDocumentString<EvidenceFileFieldsFragment, unknown>;
export const RubricOverviewFragmentDoc = new TypedDocumentString(`
    fragment RubricOverview on Rubric {
  id
  name
  maxTotal
  criteria {
    code
    title
    maxPoints
  }
}
    `, {"fragmentName":"RubricOverview"}) as unknown as TypedDocumentString<RubricOverviewFragment, unknown>;
export const CalendarRuleFieldsFragmentDoc = new TypedDocumentString(`
    fragment CalendarRuleFields on CalendarRule {
  kind
  windowStart
  windowStartPreviousYear
  windowEnd
  due
  graceDays
}
    `, {"fragmentName":"CalendarRuleFields"}) as unknown as TypedDocumentString<CalendarRuleFieldsFragment, unknown>;
export const UnitTypeFieldsFragmentDoc = new TypedDocumentString(`
    fragment UnitTypeFields on UnitType {
  code
  name
  nameEn
  active
  openUnits
}
    `, {"fragmentName":"UnitTypeFields"}) as unknown as TypedDocumentString<UnitTypeFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on Viewer {
  userId
  username
  displayName
  province {
    id
    code
    name
  }
  memberships {
    role
    orgUnit {
      id
      code
      name
      kind
      unitType
      parentId
    }
  }
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const RollupCellFieldsFragmentDoc = new TypedDocumentString(`
    fragment RollupCellFields on RollupCell {
  periodId
  dimension
  value
  label
  unitsExpected
  unitsSubmitted
  unitsNotSubmitted
  unitsOnTime
  unitsLate
  unitsApproved
  unitsReturned
  submissionRate
  onTimeRate
  averageScore
  medianScore
  bandCounts {
    band
    count
  }
  staffConferenceRate
  inspectionBoards
  inspectionSessions
  disclosures
  consultations
  complaintsReceived
  complaintsResolved
  refreshedAt
}
    `, {"fragmentName":"RollupCellFields"}) as unknown as TypedDocumentString<RollupCellFieldsFragment, unknown>;
export const ComparisonRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComparisonRowFields on UnitComparisonRow {
  unitId
  code
  name
  blocName
  submitted
  submittedAt
  late
  scoreTotal
  band
}
    `, {"fragmentName":"ComparisonRowFields"}) as unknown as TypedDocumentString<ComparisonRowFieldsFragment, unknown>;
export const UnitProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment UnitProfileFields on UnitProfile {
  unitId
  periodId
  version
  copiedFromPeriodId
  staffCount
  partyMembers
  unionMembers
  people {
    key
    fullName
    title
  }
  boards {
    kind
    termStart
    termEnd
    seats {
      personKey
      role
      termStart
      termEnd
    }
  }
  peopleOnSeveralBoards {
    key
    fullName
    boards
  }
  updatedAt
}
    `, {"fragmentName":"UnitProfileFields"}) as unknown as TypedDocumentString<UnitProfileFieldsFragment, unknown>;
export const ReportHeaderFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportHeaderFields on ReportHeader {
  format
  issuerParent
  issuer
  number
  place
  issuedOn
  subject
  recipients
  signature {
    mode
    onBehalfOf
    title
    name
  }
}
    `, {"fragmentName":"ReportHeaderFields"}) as unknown as TypedDocumentString<ReportHeaderFieldsFragment, unknown>;
export const ProvinceReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProvinceReportFields on ProvinceReport {
  periodId
  prose
  version
  document
  header {
    ...ReportHeaderFields
  }
  figures {
    unitsExpected
    unitsSubmitted
    unitsOnTime
    unitsApproved
    submittedPercent
    onTimePercent
    approvedPercent
    averageScore
    bands {
      band
      count
    }
    activityCounts
    notSubmitted {
      unitId
      code
      name
      blocName
    }
  }
  template {
    name
    sections {
      key
      number
      title
      depth
      parentKey
      proseRequired
    }
  }
  latestRenderJob {
    id
  }
}
    fragment ReportHeaderFields on ReportHeader {
  format
  issuerParent
  issuer
  number
  place
  issuedOn
  subject
  recipients
  signature {
    mode
    onBehalfOf
    title
    name
  }
}`, {"fragmentName":"ProvinceReportFields"}) as unknown as TypedDocumentString<ProvinceReportFieldsFragment, unknown>;
export const ProvinceFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProvinceFields on Province {
  id
  code
  name
  status
  createdAt
  settings {
    documentParentBody
    documentIssuer
    documentSymbol
    place
    documentFormat
    timeZone
    language
  }
}
    `, {"fragmentName":"ProvinceFields"}) as unknown as TypedDocumentString<ProvinceFieldsFragment, unknown>;
export const RenderJobFieldsFragmentDoc = new TypedDocumentString(`
    fragment RenderJobFields on RenderJob {
  id
  status
  progress
  stage
  error
  requestedAt
  finishedAt
  files {
    id
    media
    fileName
    sizeBytes
    url
  }
}
    `, {"fragmentName":"RenderJobFields"}) as unknown as TypedDocumentString<RenderJobFieldsFragment, unknown>;
export const ReportDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportDetailFields on Report {
  id
  unitId
  periodId
  status
  submittedAt
  late
  scoreTotal
  band
  templateCode
  prose
  placements
  version
  returnReason
  reviewedAt
  approvedAt
  returnedAt
  allowedActions
  header {
    ...ReportHeaderFields
  }
  history {
    action
    fromStatus
    toStatus
    reason
    at
    snapshotNumber
  }
  snapshots {
    id
    number
    contentHash
    submittedAt
    late
    scoreTotal
    band
  }
  latestRenderJob {
    id
  }
}
    fragment ReportHeaderFields on ReportHeader {
  format
  issuerParent
  issuer
  number
  place
  issuedOn
  subject
  recipients
  signature {
    mode
    onBehalfOf
    title
    name
  }
}`, {"fragmentName":"ReportDetailFields"}) as unknown as TypedDocumentString<ReportDetailFieldsFragment, unknown>;
export const SelfAssessmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment SelfAssessmentFields on SelfAssessment {
  id
  total
  band
  version
  frozen
  reviewVersion
  updatedAt
  scores {
    criterionId
    points
    comment
    reviewerPoints
    reviewerComment
    evidence {
      activityId
      evidenceFileId
    }
  }
  vetoes {
    code
    measure
    tripsWhen
    count
    capsAt
    description
  }
}
    `, {"fragmentName":"SelfAssessmentFields"}) as unknown as TypedDocumentString<SelfAssessmentFieldsFragment, unknown>;
export const ReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportFields on Report {
  id
  status
  submittedAt
  late
  scoreTotal
  band
}
    `, {"fragmentName":"ReportFields"}) as unknown as TypedDocumentString<ReportFieldsFragment, unknown>;
export const PeriodFieldsFragmentDoc = new TypedDocumentString(`
    fragment PeriodFields on ReportingPeriod {
  id
  year
  kind
  windowStart
  windowEnd
  dueOn
  graceDays
  status
}
    `, {"fragmentName":"PeriodFields"}) as unknown as TypedDocumentString<PeriodFieldsFragment, unknown>;
export const MySessionsDocument = new TypedDocumentString(`
    query MySessions {
  mySessions {
    id
    current
    startedAt
    renewedAt
    expiresAt
    clientAddress
    userAgent
  }
}
    `) as unknown as TypedDocumentString<MySessionsQuery, MySessionsQueryVariables>;
export const EndSessionDocument = new TypedDocumentString(`
    mutation EndSession($sessionId: ID!) {
  endSession(sessionId: $sessionId)
}
    `) as unknown as TypedDocumentString<EndSessionMutation, EndSessionMutationVariables>;
export const LogoutEverywhereDocument = new TypedDocumentString(`
    mutation LogoutEverywhere {
  logoutEverywhere
}
    `) as unknown as TypedDocumentString<LogoutEverywhereMutation, LogoutEverywhereMutationVariables>;
export const ActivityLogDocument = new TypedDocumentString(`
    query ActivityLog($unitId: ID!, $periodId: ID!, $kind: ActivityKind, $includeDeleted: Boolean) {
  activities(
    unitId: $unitId
    periodId: $periodId
    kind: $kind
    includeDeleted: $includeDeleted
  ) {
    ...ActivityFields
  }
}
    fragment ActivityFields on Activity {
  id
  unitId
  kind
  occurredOn
  summary
  facts
  figures
  version
  recordedAt
  updatedAt
  deletedAt
  deletionReason
}`) as unknown as TypedDocumentString<ActivityLogQuery, ActivityLogQueryVariables>;
export const RecordActivityDocument = new TypedDocumentString(`
    mutation RecordActivity($input: RecordActivityInput!) {
  recordActivity(input: $input) {
    ...ActivityFields
  }
}
    fragment ActivityFields on Activity {
  id
  unitId
  kind
  occurredOn
  summary
  facts
  figures
  version
  recordedAt
  updatedAt
  deletedAt
  deletionReason
}`) as unknown as TypedDocumentString<RecordActivityMutation, RecordActivityMutationVariables>;
export const CorrectActivityDocument = new TypedDocumentString(`
    mutation CorrectActivity($input: CorrectActivityInput!) {
  correctActivity(input: $input) {
    ...ActivityFields
  }
}
    fragment ActivityFields on Activity {
  id
  unitId
  kind
  occurredOn
  summary
  facts
  figures
  version
  recordedAt
  updatedAt
  deletedAt
  deletionReason
}`) as unknown as TypedDocumentString<CorrectActivityMutation, CorrectActivityMutationVariables>;
export const DeleteActivityDocument = new TypedDocumentString(`
    mutation DeleteActivity($input: DeleteActivityInput!) {
  deleteActivity(input: $input) {
    ...ActivityFields
  }
}
    fragment ActivityFields on Activity {
  id
  unitId
  kind
  occurredOn
  summary
  facts
  figures
  version
  recordedAt
  updatedAt
  deletedAt
  deletionReason
}`) as unknown as TypedDocumentString<DeleteActivityMutation, DeleteActivityMutationVariables>;
export const EvidenceFilesDocument = new TypedDocumentString(`
    query EvidenceFiles($activityIds: [ID!]!) {
  evidenceFiles(activityIds: $activityIds) {
    ...EvidenceFileFields
  }
}
    fragment EvidenceFileFields on EvidenceFile {
  id
  activityId
  fileName
  contentType
  sizeBytes
  uploadedAt
  downloadPath
}`) as unknown as TypedDocumentString<EvidenceFilesQuery, EvidenceFilesQueryVariables>;
export const RemoveEvidenceFileDocument = new TypedDocumentString(`
    mutation RemoveEvidenceFile($input: RemoveEvidenceFileInput!) {
  removeEvidenceFile(input: $input) {
    ...EvidenceFileFields
  }
}
    fragment EvidenceFileFields on EvidenceFile {
  id
  activityId
  fileName
  contentType
  sizeBytes
  uploadedAt
  downloadPath
}`) as unknown as TypedDocumentString<RemoveEvidenceFileMutation, RemoveEvidenceFileMutationVariables>;
export const OrgUnitsDocument = new TypedDocumentString(`
    query OrgUnits($asOf: String) {
  orgUnits(asOf: $asOf) {
    id
    code
    name
    kind
    unitType
    parentId
    openedOn
    closedOn
    mergedIntoId
    splitFromId
    expectedFrom
    reviewedById
  }
}
    `) as unknown as TypedDocumentString<OrgUnitsQuery, OrgUnitsQueryVariables>;
export const RenameOrgUnitDocument = new TypedDocumentString(`
    mutation RenameOrgUnit($input: RenameOrgUnitInput!) {
  renameOrgUnit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RenameOrgUnitMutation, RenameOrgUnitMutationVariables>;
export const MoveOrgUnitDocument = new TypedDocumentString(`
    mutation MoveOrgUnit($input: MoveOrgUnitInput!) {
  moveOrgUnit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MoveOrgUnitMutation, MoveOrgUnitMutationVariables>;
export const MergeOrgUnitsDocument = new TypedDocumentString(`
    mutation MergeOrgUnits($input: MergeOrgUnitsInput!) {
  mergeOrgUnits(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MergeOrgUnitsMutation, MergeOrgUnitsMutationVariables>;
export const CorrectOrgUnitDocument = new TypedDocumentString(`
    mutation CorrectOrgUnit($input: CorrectOrgUnitInput!) {
  correctOrgUnit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CorrectOrgUnitMutation, CorrectOrgUnitMutationVariables>;
export const CloseOrgUnitDocument = new TypedDocumentString(`
    mutation CloseOrgUnit($input: CloseOrgUnitInput!) {
  closeOrgUnit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CloseOrgUnitMutation, CloseOrgUnitMutationVariables>;
export const SplitOrgUnitDocument = new TypedDocumentString(`
    mutation SplitOrgUnit($input: SplitOrgUnitInput!) {
  splitOrgUnit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SplitOrgUnitMutation, SplitOrgUnitMutationVariables>;
export const SetReportingLineDocument = new TypedDocumentString(`
    mutation SetReportingLine($input: SetReportingLineInput!) {
  setReportingLine(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetReportingLineMutation, SetReportingLineMutationVariables>;
export const EndReportingLineDocument = new TypedDocumentString(`
    mutation EndReportingLine($input: EndReportingLineInput!) {
  endReportingLine(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EndReportingLineMutation, EndReportingLineMutationVariables>;
export const CreateOrgUnitDocument = new TypedDocumentString(`
    mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
  createOrgUnit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateOrgUnitMutation, CreateOrgUnitMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users {
  users {
    id
    username
    displayName
    email
    active
    invitationPending
    memberships {
      role
      orgUnit {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const InviteUserDocument = new TypedDocumentString(`
    mutation InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    id
    username
  }
}
    `) as unknown as TypedDocumentString<InviteUserMutation, InviteUserMutationVariables>;
export const ResendInvitationDocument = new TypedDocumentString(`
    mutation ResendInvitation($userId: ID!) {
  resendInvitation(userId: $userId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const SendPasswordResetDocument = new TypedDocumentString(`
    mutation SendPasswordReset($userId: ID!) {
  sendPasswordReset(userId: $userId)
}
    `) as unknown as TypedDocumentString<SendPasswordResetMutation, SendPasswordResetMutationVariables>;
export const DeactivateUserDocument = new TypedDocumentString(`
    mutation DeactivateUser($userId: ID!) {
  deactivateUser(userId: $userId) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = new TypedDocumentString(`
    mutation ReactivateUser($userId: ID!) {
  reactivateUser(userId: $userId) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const AddMembershipDocument = new TypedDocumentString(`
    mutation AddMembership($input: MembershipInput!) {
  addMembership(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddMembershipMutation, AddMembershipMutationVariables>;
export const RemoveMembershipDocument = new TypedDocumentString(`
    mutation RemoveMembership($input: MembershipInput!) {
  removeMembership(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveMembershipMutation, RemoveMembershipMutationVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const OpenReportingPeriodDocument = new TypedDocumentString(`
    mutation OpenReportingPeriod($input: OpenReportingPeriodInput!) {
  openReportingPeriod(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OpenReportingPeriodMutation, OpenReportingPeriodMutationVariables>;
export const RubricDocument = new TypedDocumentString(`
    query Rubric($year: Int!) {
  rubric(year: $year) {
    ...RubricOverview
  }
}
    fragment RubricOverview on Rubric {
  id
  name
  maxTotal
  criteria {
    code
    title
    maxPoints
  }
}`) as unknown as TypedDocumentString<RubricQuery, RubricQueryVariables>;
export const AdoptDefaultRubricDocument = new TypedDocumentString(`
    mutation AdoptDefaultRubric($year: Int!) {
  adoptDefaultRubric(year: $year) {
    ...RubricOverview
  }
}
    fragment RubricOverview on Rubric {
  id
  name
  maxTotal
  criteria {
    code
    title
    maxPoints
  }
}`) as unknown as TypedDocumentString<AdoptDefaultRubricMutation, AdoptDefaultRubricMutationVariables>;
export const ImportJobDocument = new TypedDocumentString(`
    query ImportJob($id: ID!) {
  importJob(id: $id) {
    id
    fileName
    status
    rowCount
    problemCount
    unitsCreated
    usersCreated
    progress {
      done
      total
    }
    problems {
      sheet
      row
      column
      message
      messageEn
    }
  }
}
    `) as unknown as TypedDocumentString<ImportJobQuery, ImportJobQueryVariables>;
export const ApplyImportDocument = new TypedDocumentString(`
    mutation ApplyImport($id: ID!) {
  applyImport(id: $id) {
    id
    status
    progress {
      done
      total
    }
  }
}
    `) as unknown as TypedDocumentString<ApplyImportMutation, ApplyImportMutationVariables>;
export const ReportingCalendarDocument = new TypedDocumentString(`
    query ReportingCalendar {
  reportingCalendar {
    rules {
      ...CalendarRuleFields
    }
    updatedAt
  }
}
    fragment CalendarRuleFields on CalendarRule {
  kind
  windowStart
  windowStartPreviousYear
  windowEnd
  due
  graceDays
}`) as unknown as TypedDocumentString<ReportingCalendarQuery, ReportingCalendarQueryVariables>;
export const SaveReportingCalendarDocument = new TypedDocumentString(`
    mutation SaveReportingCalendar($input: SaveReportingCalendarInput!) {
  saveReportingCalendar(input: $input) {
    rules {
      ...CalendarRuleFields
    }
    updatedAt
  }
}
    fragment CalendarRuleFields on CalendarRule {
  kind
  windowStart
  windowStartPreviousYear
  windowEnd
  due
  graceDays
}`) as unknown as TypedDocumentString<SaveReportingCalendarMutation, SaveReportingCalendarMutationVariables>;
export const GenerateReportingPeriodsDocument = new TypedDocumentString(`
    mutation GenerateReportingPeriods($year: Int!) {
  generateReportingPeriods(year: $year) {
    id
    kind
  }
}
    `) as unknown as TypedDocumentString<GenerateReportingPeriodsMutation, GenerateReportingPeriodsMutationVariables>;
export const CloseReportingPeriodDocument = new TypedDocumentString(`
    mutation CloseReportingPeriod($periodId: ID!) {
  closeReportingPeriod(periodId: $periodId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CloseReportingPeriodMutation, CloseReportingPeriodMutationVariables>;
export const ReopenReportingPeriodDocument = new TypedDocumentString(`
    mutation ReopenReportingPeriod($periodId: ID!) {
  reopenReportingPeriod(periodId: $periodId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReopenReportingPeriodMutation, ReopenReportingPeriodMutationVariables>;
export const UnitTypesDocument = new TypedDocumentString(`
    query UnitTypes {
  unitTypes {
    ...UnitTypeFields
  }
}
    fragment UnitTypeFields on UnitType {
  code
  name
  nameEn
  active
  openUnits
}`) as unknown as TypedDocumentString<UnitTypesQuery, UnitTypesQueryVariables>;
export const CreateUnitTypeDocument = new TypedDocumentString(`
    mutation CreateUnitType($input: CreateUnitTypeInput!) {
  createUnitType(input: $input) {
    ...UnitTypeFields
  }
}
    fragment UnitTypeFields on UnitType {
  code
  name
  nameEn
  active
  openUnits
}`) as unknown as TypedDocumentString<CreateUnitTypeMutation, CreateUnitTypeMutationVariables>;
export const UpdateUnitTypeDocument = new TypedDocumentString(`
    mutation UpdateUnitType($input: UpdateUnitTypeInput!) {
  updateUnitType(input: $input) {
    ...UnitTypeFields
  }
}
    fragment UnitTypeFields on UnitType {
  code
  name
  nameEn
  active
  openUnits
}`) as unknown as TypedDocumentString<UpdateUnitTypeMutation, UpdateUnitTypeMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($filter: AuditLogFilter, $page: AuditLogPageInput) {
  auditLog(filter: $filter, page: $page) {
    total
    size
    offset
    entries {
      id
      occurredAt
      actor {
        userId
        role
        orgUnitId
      }
      action
      objectType
      objectId
      changes {
        field
        before
        after
      }
      requestId
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  userId
  username
  displayName
  province {
    id
    code
    name
  }
  memberships {
    role
    orgUnit {
      id
      code
      name
      kind
      unitType
      parentId
    }
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const ProvinceDirectoryDocument = new TypedDocumentString(`
    query ProvinceDirectory {
  provinceDirectory {
    id
    code
    name
  }
}
    `) as unknown as TypedDocumentString<ProvinceDirectoryQuery, ProvinceDirectoryQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    accessToken
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on Viewer {
  userId
  username
  displayName
  province {
    id
    code
    name
  }
  memberships {
    role
    orgUnit {
      id
      code
      name
      kind
      unitType
      parentId
    }
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const InvitationDocument = new TypedDocumentString(`
    query Invitation($token: String!) {
  invitation(token: $token) {
    displayName
    email
    username
    province {
      id
      code
      name
    }
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InvitationQuery, InvitationQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    username
    provinceCode
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    username
    provinceCode
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const DashboardCellsDocument = new TypedDocumentString(`
    query DashboardCells($periodId: ID!, $dimension: RollupDimension!) {
  rollupCells(periodId: $periodId, dimension: $dimension) {
    ...RollupCellFields
  }
}
    fragment RollupCellFields on RollupCell {
  periodId
  dimension
  value
  label
  unitsExpected
  unitsSubmitted
  unitsNotSubmitted
  unitsOnTime
  unitsLate
  unitsApproved
  unitsReturned
  submissionRate
  onTimeRate
  averageScore
  medianScore
  bandCounts {
    band
    count
  }
  staffConferenceRate
  inspectionBoards
  inspectionSessions
  disclosures
  consultations
  complaintsReceived
  complaintsResolved
  refreshedAt
}`) as unknown as TypedDocumentString<DashboardCellsQuery, DashboardCellsQueryVariables>;
export const CompletenessDocument = new TypedDocumentString(`
    query Completeness($periodId: ID!, $blocId: ID) {
  completeness(periodId: $periodId, blocId: $blocId) {
    unitId
    code
    name
    blocId
    blocName
    unitType
    status
    submittedAt
    late
    reportId
    daysOverdue
    lastReminder
    lastRemindedAt
  }
}
    `) as unknown as TypedDocumentString<CompletenessQuery, CompletenessQueryVariables>;
export const RankingFiltersDocument = new TypedDocumentString(`
    query RankingFilters($periodId: ID!, $dimension: RollupDimension!) {
  rollupCells(periodId: $periodId, dimension: $dimension) {
    dimension
    value
    label
  }
}
    `) as unknown as TypedDocumentString<RankingFiltersQuery, RankingFiltersQueryVariables>;
export const UnitRankingDocument = new TypedDocumentString(`
    query UnitRanking($input: UnitRankingInput!) {
  unitRanking(input: $input) {
    total
    bandCounts {
      band
      count
    }
    rows {
      rank
      unitId
      code
      name
      blocId
      blocName
      unitType
      status
      scoreTotal
      band
      late
      submittedAt
      reportId
      lastYearScore
    }
  }
}
    `) as unknown as TypedDocumentString<UnitRankingQuery, UnitRankingQueryVariables>;
export const CriterionHeatmapDocument = new TypedDocumentString(`
    query CriterionHeatmap($input: UnitRankingInput!) {
  criterionHeatmap(input: $input) {
    total
    criteria {
      code
      title
      maxPoints
    }
    rows {
      unitId
      code
      name
      scoreTotal
      scores
    }
  }
}
    `) as unknown as TypedDocumentString<CriterionHeatmapQuery, CriterionHeatmapQueryVariables>;
export const YearOverYearDocument = new TypedDocumentString(`
    query YearOverYear($periodId: ID!, $dimension: RollupDimension!) {
  yearOverYear(periodId: $periodId, dimension: $dimension) {
    dimension
    value
    label
    averageScore
    lastYearAverageScore
    submissionRate
    lastYearSubmissionRate
  }
}
    `) as unknown as TypedDocumentString<YearOverYearQuery, YearOverYearQueryVariables>;
export const UnitStandingDocument = new TypedDocumentString(`
    query UnitStanding($periodId: ID!, $unitId: ID!) {
  unitStanding(periodId: $periodId, unitId: $unitId) {
    periodId
    unitId
    code
    name
    blocId
    blocName
    unitType
    rank
    rankedUnits
    blocRank
    blocRankedUnits
    scoreTotal
    band
    lastYearScore
    status
    reportId
    criteria {
      code
      title
      maxPoints
      points
      blocMedian
      lastYear
    }
  }
}
    `) as unknown as TypedDocumentString<UnitStandingQuery, UnitStandingQueryVariables>;
export const StandingFlagsDocument = new TypedDocumentString(`
    query StandingFlags($unitId: ID!, $periodId: ID!) {
  scoringSheet(unitId: $unitId, periodId: $periodId) {
    unitId
    periodId
    flags {
      code
      criterionCode
      message
      messageEn
    }
  }
}
    `) as unknown as TypedDocumentString<StandingFlagsQuery, StandingFlagsQueryVariables>;
export const ParseLegacyReportDocument = new TypedDocumentString(`
    query ParseLegacyReport($text: String!) {
  parseLegacyReport(text: $text) {
    draft
    warnings
  }
}
    `) as unknown as TypedDocumentString<ParseLegacyReportQuery, ParseLegacyReportQueryVariables>;
export const ImportLegacyReportDocument = new TypedDocumentString(`
    mutation ImportLegacyReport($input: ImportLegacyReportInput!) {
  importLegacyReport(input: $input) {
    id
    unitId
    periodId
    status
  }
}
    `) as unknown as TypedDocumentString<ImportLegacyReportMutation, ImportLegacyReportMutationVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($periodId: ID!) {
  provinceRollup(periodId: $periodId) {
    periodId
    unitsExpected
    unitsSubmitted
    unitsOnTime
    averageScore
    bands {
      band
      count
    }
    updatedAt
  }
  unitComparison(periodId: $periodId) {
    ...ComparisonRowFields
  }
}
    fragment ComparisonRowFields on UnitComparisonRow {
  unitId
  code
  name
  blocName
  submitted
  submittedAt
  late
  scoreTotal
  band
}`) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const BlocOverviewDocument = new TypedDocumentString(`
    query BlocOverview($periodId: ID!) {
  unitComparison(periodId: $periodId) {
    ...ComparisonRowFields
  }
}
    fragment ComparisonRowFields on UnitComparisonRow {
  unitId
  code
  name
  blocName
  submitted
  submittedAt
  late
  scoreTotal
  band
}`) as unknown as TypedDocumentString<BlocOverviewQuery, BlocOverviewQueryVariables>;
export const UnitProfileDocument = new TypedDocumentString(`
    query UnitProfile($unitId: ID!, $periodId: ID!) {
  unitProfile(unitId: $unitId, periodId: $periodId) {
    ...UnitProfileFields
  }
}
    fragment UnitProfileFields on UnitProfile {
  unitId
  periodId
  version
  copiedFromPeriodId
  staffCount
  partyMembers
  unionMembers
  people {
    key
    fullName
    title
  }
  boards {
    kind
    termStart
    termEnd
    seats {
      personKey
      role
      termStart
      termEnd
    }
  }
  peopleOnSeveralBoards {
    key
    fullName
    boards
  }
  updatedAt
}`) as unknown as TypedDocumentString<UnitProfileQuery, UnitProfileQueryVariables>;
export const SaveUnitProfileDocument = new TypedDocumentString(`
    mutation SaveUnitProfile($input: SaveUnitProfileInput!) {
  saveUnitProfile(input: $input) {
    ...UnitProfileFields
  }
}
    fragment UnitProfileFields on UnitProfile {
  unitId
  periodId
  version
  copiedFromPeriodId
  staffCount
  partyMembers
  unionMembers
  people {
    key
    fullName
    title
  }
  boards {
    kind
    termStart
    termEnd
    seats {
      personKey
      role
      termStart
      termEnd
    }
  }
  peopleOnSeveralBoards {
    key
    fullName
    boards
  }
  updatedAt
}`) as unknown as TypedDocumentString<SaveUnitProfileMutation, SaveUnitProfileMutationVariables>;
export const ProvinceReportDocument = new TypedDocumentString(`
    query ProvinceReport($periodId: ID!) {
  provinceReport(periodId: $periodId) {
    ...ProvinceReportFields
  }
}
    fragment ProvinceReportFields on ProvinceReport {
  periodId
  prose
  version
  document
  header {
    ...ReportHeaderFields
  }
  figures {
    unitsExpected
    unitsSubmitted
    unitsOnTime
    unitsApproved
    submittedPercent
    onTimePercent
    approvedPercent
    averageScore
    bands {
      band
      count
    }
    activityCounts
    notSubmitted {
      unitId
      code
      name
      blocName
    }
  }
  template {
    name
    sections {
      key
      number
      title
      depth
      parentKey
      proseRequired
    }
  }
  latestRenderJob {
    id
  }
}
fragment ReportHeaderFields on ReportHeader {
  format
  issuerParent
  issuer
  number
  place
  issuedOn
  subject
  recipients
  signature {
    mode
    onBehalfOf
    title
    name
  }
}`) as unknown as TypedDocumentString<ProvinceReportQuery, ProvinceReportQueryVariables>;
export const SaveProvinceReportDocument = new TypedDocumentString(`
    mutation SaveProvinceReport($input: SaveProvinceReportInput!) {
  saveProvinceReport(input: $input) {
    ...ProvinceReportFields
  }
}
    fragment ProvinceReportFields on ProvinceReport {
  periodId
  prose
  version
  document
  header {
    ...ReportHeaderFields
  }
  figures {
    unitsExpected
    unitsSubmitted
    unitsOnTime
    unitsApproved
    submittedPercent
    onTimePercent
    approvedPercent
    averageScore
    bands {
      band
      count
    }
    activityCounts
    notSubmitted {
      unitId
      code
      name
      blocName
    }
  }
  template {
    name
    sections {
      key
      number
      title
      depth
      parentKey
      proseRequired
    }
  }
  latestRenderJob {
    id
  }
}
fragment ReportHeaderFields on ReportHeader {
  format
  issuerParent
  issuer
  number
  place
  issuedOn
  subject
  recipients
  signature {
    mode
    onBehalfOf
    title
    name
  }
}`) as unknown as TypedDocumentString<SaveProvinceReportMutation, SaveProvinceReportMutationVariables>;
export const RequestProvinceReportRenderDocument = new TypedDocumentString(`
    mutation RequestProvinceReportRender($periodId: ID!) {
  requestProvinceReportRender(periodId: $periodId) {
    ...RenderJobFields
  }
}
    fragment RenderJobFields on RenderJob {
  id
  status
  progress
  stage
  error
  requestedAt
  finishedAt
  files {
    id
    media
    fileName
    sizeBytes
    url
  }
}`) as unknown as TypedDocumentString<RequestProvinceReportRenderMutation, RequestProvinceReportRenderMutationVariables>;
export const ProvincesDocument = new TypedDocumentString(`
    query Provinces {
  provinces {
    ...ProvinceFields
  }
}
    fragment ProvinceFields on Province {
  id
  code
  name
  status
  createdAt
  settings {
    documentParentBody
    documentIssuer
    documentSymbol
    place
    documentFormat
    timeZone
    language
  }
}`) as unknown as TypedDocumentString<ProvincesQuery, ProvincesQueryVariables>;
export const CreateProvinceDocument = new TypedDocumentString(`
    mutation CreateProvince($input: CreateProvinceInput!) {
  createProvince(input: $input) {
    id
    code
  }
}
    `) as unknown as TypedDocumentString<CreateProvinceMutation, CreateProvinceMutationVariables>;
export const SuspendProvinceDocument = new TypedDocumentString(`
    mutation SuspendProvince($id: ID!) {
  suspendProvince(id: $id) {
    ...ProvinceFields
  }
}
    fragment ProvinceFields on Province {
  id
  code
  name
  status
  createdAt
  settings {
    documentParentBody
    documentIssuer
    documentSymbol
    place
    documentFormat
    timeZone
    language
  }
}`) as unknown as TypedDocumentString<SuspendProvinceMutation, SuspendProvinceMutationVariables>;
export const ReactivateProvinceDocument = new TypedDocumentString(`
    mutation ReactivateProvince($id: ID!) {
  reactivateProvince(id: $id) {
    ...ProvinceFields
  }
}
    fragment ProvinceFields on Province {
  id
  code
  name
  status
  createdAt
  settings {
    documentParentBody
    documentIssuer
    documentSymbol
    place
    documentFormat
    timeZone
    language
  }
}`) as unknown as TypedDocumentString<ReactivateProvinceMutation, ReactivateProvinceMutationVariables>;
export const ArchiveProvinceDocument = new TypedDocumentString(`
    mutation ArchiveProvince($id: ID!) {
  archiveProvince(id: $id) {
    ...ProvinceFields
  }
}
    fragment ProvinceFields on Province {
  id
  code
  name
  status
  createdAt
  settings {
    documentParentBody
    documentIssuer
    documentSymbol
    place
    documentFormat
    timeZone
    language
  }
}`) as unknown as TypedDocumentString<ArchiveProvinceMutation, ArchiveProvinceMutationVariables>;
export const UpdateProvinceSettingsDocument = new TypedDocumentString(`
    mutation UpdateProvinceSettings($input: UpdateProvinceSettingsInput!) {
  updateProvinceSettings(input: $input) {
    ...ProvinceFields
  }
}
    fragment ProvinceFields on Province {
  id
  code
  name
  status
  createdAt
  settings {
    documentParentBody
    documentIssuer
    documentSymbol
    place
    documentFormat
    timeZone
    language
  }
}`) as unknown as TypedDocumentString<UpdateProvinceSettingsMutation, UpdateProvinceSettingsMutationVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MyNotificationsDocument = new TypedDocumentString(`
    query MyNotifications($unreadOnly: Boolean) {
  myNotifications(unreadOnly: $unreadOnly, limit: 100) {
    id
    kind
    title
    body
    milestone
    createdAt
    readAt
  }
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
  markNotificationsRead(ids: $ids, all: $all)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationPreferencesDocument = new TypedDocumentString(`
    query NotificationPreferences {
  notificationPreferences {
    quietStart
    quietEnd
    optOut
  }
}
    `) as unknown as TypedDocumentString<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SaveNotificationPreferencesDocument = new TypedDocumentString(`
    mutation SaveNotificationPreferences($input: NotificationPreferencesInput!) {
  saveNotificationPreferences(input: $input) {
    quietStart
    quietEnd
    optOut
  }
}
    `) as unknown as TypedDocumentString<SaveNotificationPreferencesMutation, SaveNotificationPreferencesMutationVariables>;
export const ReminderScheduleDocument = new TypedDocumentString(`
    query ReminderSchedule($periodId: ID!) {
  reminderSchedule(periodId: $periodId) {
    periodId
    offsets
    isDefault
    updatedAt
    milestones {
      offset
      name
      on
      kind
      optional
    }
    period {
      id
      year
      kind
      windowStart
      windowEnd
      dueOn
      graceDays
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ReminderScheduleQuery, ReminderScheduleQueryVariables>;
export const SaveReminderScheduleDocument = new TypedDocumentString(`
    mutation SaveReminderSchedule($input: SaveReminderScheduleInput!) {
  saveReminderSchedule(input: $input) {
    periodId
    offsets
    isDefault
    updatedAt
    milestones {
      offset
      name
      on
      kind
      optional
    }
  }
}
    `) as unknown as TypedDocumentString<SaveReminderScheduleMutation, SaveReminderScheduleMutationVariables>;
export const ReportTemplatesDocument = new TypedDocumentString(`
    query ReportTemplates {
  reportTemplates {
    code
    name
    sections {
      key
      number
      title
      depth
      parentKey
      proseRequired
    }
  }
}
    `) as unknown as TypedDocumentString<ReportTemplatesQuery, ReportTemplatesQueryVariables>;
export const ReportDetailDocument = new TypedDocumentString(`
    query ReportDetail($unitId: ID!, $periodId: ID!) {
  report(unitId: $unitId, periodId: $periodId) {
    ...ReportDetailFields
  }
}
    fragment ReportHeaderFields on ReportHeader {
  format
  issuerParent
  issuer
  number
  place
  issuedOn
  subject
  recipients
  signature {
    mode
    onBehalfOf
    title
    name
  }
}
fragment ReportDetailFields on Report {
  id
  unitId
  periodId
  status
  submittedAt
  late
  scoreTotal
  band
  templateCode
  prose
  placements
  version
  returnReason
  reviewedAt
  approvedAt
  returnedAt
  allowedActions
  header {
    ...ReportHeaderFields
  }
  history {
    action
    fromStatus
    toStatus
    reason
    at
    snapshotNumber
  }
  snapshots {
    id
    number
    contentHash
    submittedAt
    late
    scoreTotal
    band
  }
  latestRenderJob {
    id
  }
}`) as unknown as TypedDocumentString<ReportDetailQuery, ReportDetailQueryVariables>;
export const ReportPreviewDocument = new TypedDocumentString(`
    query ReportPreview($unitId: ID!, $periodId: ID!, $draft: ReportDraftInput) {
  reportPreview(unitId: $unitId, periodId: $periodId, draft: $draft) {
    templateCode
    header {
      ...ReportHeaderFields
    }
    document
    problems {
      severity
      reason
      ref
      message
      messageEn
    }
    contentHash
  }
}
    fragment ReportHeaderFields on ReportHeader {
  format
  issuerParent
  issuer
  number
  place
  issuedOn
  subject
  recipients
  signature {
    mode
    onBehalfOf
    title
    name
  }
}`) as unknown as TypedDocumentString<ReportPreviewQuery, ReportPreviewQueryVariables>;
export const SaveReportDraftDocument = new TypedDocumentString(`
    mutation SaveReportDraft($input: SaveReportDraftInput!) {
  saveReportDraft(input: $input) {
    ...ReportDetailFields
  }
}
    fragment ReportHeaderFields on ReportHeader {
  format
  issuerParent
  issuer
  number
  place
  issuedOn
  subject
  recipients
  signature {
    mode
    onBehalfOf
    title
    name
  }
}
fragment ReportDetailFields on Report {
  id
  unitId
  periodId
  status
  submittedAt
  late
  scoreTotal
  band
  templateCode
  prose
  placements
  version
  returnReason
  reviewedAt
  approvedAt
  returnedAt
  allowedActions
  header {
    ...ReportHeaderFields
  }
  history {
    action
    fromStatus
    toStatus
    reason
    at
    snapshotNumber
  }
  snapshots {
    id
    number
    contentHash
    submittedAt
    late
    scoreTotal
    band
  }
  latestRenderJob {
    id
  }
}`) as unknown as TypedDocumentString<SaveReportDraftMutation, SaveReportDraftMutationVariables>;
export const SubmitReportDraftDocument = new TypedDocumentString(`
    mutation SubmitReportDraft($input: SubmitReportInput!) {
  submitReport(input: $input) {
    ...ReportDetailFields
  }
}
    fragment ReportHeaderFields on ReportHeader {
  format
  issuerParent
  issuer
  number
  place
  issuedOn
  subject
  recipients
  signature {
    mode
    onBehalfOf
    title
    name
  }
}
fragment ReportDetailFields on Report {
  id
  unitId
  periodId
  status
  submittedAt
  late
  scoreTotal
  band
  templateCode
  prose
  placements
  version
  returnReason
  reviewedAt
  approvedAt
  returnedAt
  allowedActions
  header {
    ...ReportHeaderFields
  }
  history {
    action
    fromStatus
    toStatus
    reason
    at
    snapshotNumber
  }
  snapshots {
    id
    number
    contentHash
    submittedAt
    late
    scoreTotal
    band
  }
  latestRenderJob {
    id
  }
}`) as unknown as TypedDocumentString<SubmitReportDraftMutation, SubmitReportDraftMutationVariables>;
export const ReviewReportDocument = new TypedDocumentString(`
    mutation ReviewReport($input: ReportTransitionInput!) {
  reviewReport(input: $input) {
    ...ReportDetailFields
  }
}
    fragment ReportHeaderFields on ReportHeader {
  format
  issuerParent
  issuer
  number
  place
  issuedOn
  subject
  recipients
  signature {
    mode
    onBehalfOf
    title
    name
  }
}
fragment ReportDetailFields on Report {
  id
  unitId
  periodId
  status
  submittedAt
  late
  scoreTotal
  band
  templateCode
  prose
  placements
  version
  returnReason
  reviewedAt
  approvedAt
  returnedAt
  allowedActions
  header {
    ...ReportHeaderFields
  }
  history {
    action
    fromStatus
    toStatus
    reason
    at
    snapshotNumber
  }
  snapshots {
    id
    number
    contentHash
    submittedAt
    late
    scoreTotal
    band
  }
  latestRenderJob {
    id
  }
}`) as unknown as TypedDocumentString<ReviewReportMutation, ReviewReportMutationVariables>;
export const ApproveReportDocument = new TypedDocumentString(`
    mutation ApproveReport($input: ReportTransitionInput!) {
  approveReport(input: $input) {
    ...ReportDetailFields
  }
}
    fragment ReportHeaderFields on ReportHeader {
  format
  issuerParent
  issuer
  number
  place
  issuedOn
  subject
  recipients
  signature {
    mode
    onBehalfOf
    title
    name
  }
}
fragment ReportDetailFields on Report {
  id
  unitId
  periodId
  status
  submittedAt
  late
  scoreTotal
  band
  templateCode
  prose
  placements
  version
  returnReason
  reviewedAt
  approvedAt
  returnedAt
  allowedActions
  header {
    ...ReportHeaderFields
  }
  history {
    action
    fromStatus
    toStatus
    reason
    at
    snapshotNumber
  }
  snapshots {
    id
    number
    contentHash
    submittedAt
    late
    scoreTotal
    band
  }
  latestRenderJob {
    id
  }
}`) as unknown as TypedDocumentString<ApproveReportMutation, ApproveReportMutationVariables>;
export const ReturnReportDocument = new TypedDocumentString(`
    mutation ReturnReport($input: ReturnReportInput!) {
  returnReport(input: $input) {
    ...ReportDetailFields
  }
}
    fragment ReportHeaderFields on ReportHeader {
  format
  issuerParent
  issuer
  number
  place
  issuedOn
  subject
  recipients
  signature {
    mode
    onBehalfOf
    title
    name
  }
}
fragment ReportDetailFields on Report {
  id
  unitId
  periodId
  status
  submittedAt
  late
  scoreTotal
  band
  templateCode
  prose
  placements
  version
  returnReason
  reviewedAt
  approvedAt
  returnedAt
  allowedActions
  header {
    ...ReportHeaderFields
  }
  history {
    action
    fromStatus
    toStatus
    reason
    at
    snapshotNumber
  }
  snapshots {
    id
    number
    contentHash
    submittedAt
    late
    scoreTotal
    band
  }
  latestRenderJob {
    id
  }
}`) as unknown as TypedDocumentString<ReturnReportMutation, ReturnReportMutationVariables>;
export const RequestReportRenderDocument = new TypedDocumentString(`
    mutation RequestReportRender($input: RequestReportRenderInput!) {
  requestReportRender(input: $input) {
    ...RenderJobFields
  }
}
    fragment RenderJobFields on RenderJob {
  id
  status
  progress
  stage
  error
  requestedAt
  finishedAt
  files {
    id
    media
    fileName
    sizeBytes
    url
  }
}`) as unknown as TypedDocumentString<RequestReportRenderMutation, RequestReportRenderMutationVariables>;
export const RenderJobDocument = new TypedDocumentString(`
    query RenderJob($id: ID!) {
  renderJob(id: $id) {
    ...RenderJobFields
  }
}
    fragment RenderJobFields on RenderJob {
  id
  status
  progress
  stage
  error
  requestedAt
  finishedAt
  files {
    id
    media
    fileName
    sizeBytes
    url
  }
}`) as unknown as TypedDocumentString<RenderJobQuery, RenderJobQueryVariables>;
export const ReportDiffDocument = new TypedDocumentString(`
    query ReportDiff($reportId: ID!, $from: Int!, $to: Int!) {
  reportDiff(reportId: $reportId, from: $from, to: $to) {
    reportId
    from
    to
    lines {
      section
      change
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<ReportDiffQuery, ReportDiffQueryVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue($periodId: ID!, $statuses: [ReportStatus!]) {
  reviewQueue(periodId: $periodId, statuses: $statuses) {
    unitCode
    unitName
    blocName
    dueOn
    report {
      id
      unitId
      status
      submittedAt
      late
      scoreTotal
      band
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ScoringSheetDocument = new TypedDocumentString(`
    query ScoringSheet($unitId: ID!, $periodId: ID!) {
  scoringSheet(unitId: $unitId, periodId: $periodId) {
    unitId
    periodId
    frozen
    measures
    lastYearTotal
    rubric {
      id
      year
      name
      maxTotal
      status
      bands {
        band
        minTotal
      }
      vetoes {
        code
        measure
        tripsWhen
        count
        capsAt
        description
      }
      criteria {
        id
        code
        title
        contentGroup
        maxPoints
        evidenceHint
        legalReference
        parentCode
        method
        activityKinds
      }
    }
    assessment {
      ...SelfAssessmentFields
    }
    suggestions {
      criterionId
      points
      basis
    }
    flags {
      code
      criterionCode
      message
      messageEn
    }
  }
}
    fragment SelfAssessmentFields on SelfAssessment {
  id
  total
  band
  version
  frozen
  reviewVersion
  updatedAt
  scores {
    criterionId
    points
    comment
    reviewerPoints
    reviewerComment
    evidence {
      activityId
      evidenceFileId
    }
  }
  vetoes {
    code
    measure
    tripsWhen
    count
    capsAt
    description
  }
}`) as unknown as TypedDocumentString<ScoringSheetQuery, ScoringSheetQueryVariables>;
export const SaveSelfAssessmentDocument = new TypedDocumentString(`
    mutation SaveSelfAssessment($input: SaveSelfAssessmentInput!) {
  saveSelfAssessment(input: $input) {
    ...SelfAssessmentFields
  }
}
    fragment SelfAssessmentFields on SelfAssessment {
  id
  total
  band
  version
  frozen
  reviewVersion
  updatedAt
  scores {
    criterionId
    points
    comment
    reviewerPoints
    reviewerComment
    evidence {
      activityId
      evidenceFileId
    }
  }
  vetoes {
    code
    measure
    tripsWhen
    count
    capsAt
    description
  }
}`) as unknown as TypedDocumentString<SaveSelfAssessmentMutation, SaveSelfAssessmentMutationVariables>;
export const ReportDocument = new TypedDocumentString(`
    query Report($unitId: ID!, $periodId: ID!) {
  report(unitId: $unitId, periodId: $periodId) {
    ...ReportFields
  }
}
    fragment ReportFields on Report {
  id
  status
  submittedAt
  late
  scoreTotal
  band
}`) as unknown as TypedDocumentString<ReportQuery, ReportQueryVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession {
  refreshSession {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const ReportingPeriodsDocument = new TypedDocumentString(`
    query ReportingPeriods($year: Int!) {
  reportingPeriods(year: $year) {
    ...PeriodFields
  }
}
    fragment PeriodFields on ReportingPeriod {
  id
  year
  kind
  windowStart
  windowEnd
  dueOn
  graceDays
  status
}`) as unknown as TypedDocumentString<ReportingPeriodsQuery, ReportingPeriodsQueryVariables>;