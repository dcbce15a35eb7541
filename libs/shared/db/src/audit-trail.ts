import { EntityManager } from 'typeorm';
import { Caller, MembershipClaim, Role } from '@qcdc/shared/contracts';
import { AUDIT_ACTIONS, AuditAction, changedFields } from '@qcdc/shared/events';
import { OutboxSchema, publishEvent, publishEvents } from './outbox';
import { execute, firstOf, qb, rowsOf, sql } from './query';
import { TenantContext } from './tenant-context';

/** One change, as a service describes it for the audit log. */
export interface AuditDraft {
  /** Who acted. A caller's memberships name the one the action was taken under. */
  by: Pick<Caller, 'userId' | 'tenantId'> & Partial<Pick<Caller, 'memberships'>>;
  /** The roles that allow the action: the membership recorded is one of these. */
  as?: readonly Role[];
  /** The org unit the action touches: among several memberships, the nearest one covering it is recorded. */
  within?: string;
  action: AuditAction;
  objectId: string;
  /** The object's fields before the change (null or absent for a creation); only changed ones are kept. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Writes an audit entry for a change, in the transaction that makes the change: an `audit.recorded` event in
 * the service's outbox, which the audit consumer files in the append-only `audit.entries`. The entry goes to
 * the actor's tenant: a platform admin's acts on a province (create, suspend, reactivate) land in the
 * platform's log. The request id comes from the request's context.
 */
export async function recordAudit(em: EntityManager, schema: OutboxSchema, draft: AuditDraft): Promise<void> {
  const membership = await membershipActedUnder(em, draft);
  const { before, after } = changedFields(draft.before ?? null, draft.after ?? null);
  const payload = {
    actor: { userId: draft.by.userId, role: membership?.role ?? null, orgUnitId: membership?.orgUnitId ?? null },
    action: draft.action,
    object: { type: AUDIT_ACTIONS[draft.action].object, id: draft.objectId },
    before,
    after,
    requestId: TenantContext.current().requestId(),
  };
  await asTenant(em, draft.by.tenantId, () => publishEvent(em, schema, 'audit.recorded', payload));
}

/**
 * Many entries of one actor in one statement (an import's created units and people): the membership acted
 * under is found once, for the first entry's unit, and recorded on each.
 */
export async function recordAudits(em: EntityManager, schema: OutboxSchema, drafts: readonly AuditDraft[]): Promise<void> {
  if (drafts.length === 0) return;
  const membership = await membershipActedUnder(em, drafts[0]);
  const requestId = TenantContext.current().requestId();
  const payloads = drafts.map((draft) => {
    const { before, after } = changedFields(draft.before ?? null, draft.after ?? null);
    return {
      actor: { userId: draft.by.userId, role: membership?.role ?? null, orgUnitId: membership?.orgUnitId ?? null },
      action: draft.action,
      object: { type: AUDIT_ACTIONS[draft.action].object, id: draft.objectId },
      before,
      after,
      requestId,
    };
  });
  await asTenant(em, drafts[0].by.tenantId, () => publishEvents(em, schema, 'audit.recorded', payloads));
}

async function membershipActedUnder(em: EntityManager, draft: AuditDraft): Promise<MembershipClaim | null> {
  const candidates = (draft.by.memberships ?? []).filter((m) => draft.as?.includes(m.role));
  if (candidates.length <= 1 || !draft.within) return candidates[0] ?? null;
  const ancestors = await rowsOf(
    em,
    qb.selectFrom('tenancy.org_unit_ancestors').select('ancestor_id as ancestorId').where('unit_id', '=', draft.within).orderBy('depth'),
  );
  for (const { ancestorId } of ancestors) {
    const covering = candidates.find((m) => m.orgUnitId === ancestorId);
    if (covering) return covering;
  }
  return candidates[0];
}

/** Runs `work` with the transaction's tenant set to `tenantId`, and sets it back afterwards. */
async function asTenant(em: EntityManager, tenantId: string, work: () => Promise<void>): Promise<void> {
  const setting = await firstOf(em, qb.selectNoFrom(sql<string | null>`current_setting('qcdc.tenant_id', true)`.as('current')));
  const current = setting?.current ?? null;
  if (current === tenantId) return work();
  await execute(em, qb.selectNoFrom(sql<string>`set_config('qcdc.tenant_id', ${tenantId}, true)`.as('tenant')));
  await work();
  await execute(em, qb.selectNoFrom(sql<string>`set_config('qcdc.tenant_id', ${current ?? ''}, true)`.as('tenant')));
}
