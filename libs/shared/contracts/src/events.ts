import { Band } from './bands';
import { OrgUnitKind, UnitType } from './org-units';

/**
 * Events the services publish through their transactional outboxes, and the queues that carry them.
 * Every payload carries its tenant: the worker sets the tenant from it, never from anywhere else.
 */
export const QUEUES = {
  /** Domain events relayed from the outboxes; consumed by the roll-up processor. */
  rollups: 'rollups',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface OrgUnitUpsertedEvent {
  type: 'org-unit.upserted';
  tenantId: string;
  unitId: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
  unitType: UnitType;
  /** Nearest BLOC above the unit, if any. */
  blocId: string | null;
  blocName: string | null;
}

export interface ReportSubmittedEvent {
  type: 'report.submitted';
  tenantId: string;
  reportId: string;
  unitId: string;
  periodId: string;
  submittedAt: string;
  late: boolean;
  scoreTotal: number;
  band: Band;
}

export type DomainEvent = OrgUnitUpsertedEvent | ReportSubmittedEvent;
export type DomainEventType = DomainEvent['type'];

/** A relayed outbox row: the job the worker receives. */
export interface OutboxJob {
  /** `<schema>-<outbox event_id>`: unique across the deployment and across recreated databases; the BullMQ job id. */
  eventId: string;
  event: DomainEvent;
}
