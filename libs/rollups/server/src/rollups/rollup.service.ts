import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantDb } from '@qcdc/shared/db';
import { EnvelopeFor, EventEnvelope } from '@qcdc/shared/events';
import {
  ActivityState,
  Standing,
  Transition,
  activityEffect,
  applyActivityChange,
  applyTransition,
  applyTreeChange,
  cellChanges,
  treeChangeReaches,
} from '@qcdc/rollups/domain';
import { RollupRepository } from './rollup.repository';

type Envelope = EnvelopeFor<'rollups'>;
type StandingChange = { periodId: string; before: Standing; after: Standing };

/** The standing's contribution before a change: none for a row just created (it was in no cell). */
const counted = (s: { standing: Standing; created: boolean }): Standing => (s.created ? { ...s.standing, expected: false, status: null } : s.standing);

/**
 * Applies one checked event to the roll-ups, in one transaction of the event's tenant (taken from the envelope,
 * never from anywhere else). Idempotent: an event applied before changes nothing. Each event changes the
 * standings it is about and adds the difference of their contributions to their cells (the province, the bloc,
 * the unit type): a few rows, whatever the size of the province.
 */
@Injectable()
export class RollupService {
  constructor(
    private readonly db: TenantDb,
    private readonly rollups: RollupRepository,
  ) {}

  apply(envelope: Envelope): Promise<'applied' | 'duplicate'> {
    return this.db.forTenant(envelope.tenantId, async (em) => {
      if (!(await this.rollups.markProcessed(em, envelope.eventId))) return 'duplicate';
      await this.applyChecked(em, envelope);
      return 'applied';
    });
  }

  /** The full recompute of one period of one province (set-based SQL); the incremental cells must equal it. */
  recompute(tenantId: string, periodId: string): Promise<void> {
    return this.db.forTenant(tenantId, async (em) => {
      if (!(await this.rollups.findPeriod(em, periodId))) await this.ensurePeriod(em, periodId);
      else await this.rollups.recomputePeriod(em, periodId);
    });
  }

  private async applyChecked(em: EntityManager, envelope: Envelope): Promise<void> {
    switch (envelope.name) {
      case 'org-unit.upserted':
        return this.applyTreeChange(em, envelope);
      case 'reporting-period.opened': {
        const { periodId, windowStart, windowEnd } = envelope.payload;
        await this.ensurePeriod(em, periodId, { windowStart, windowEnd });
        return;
      }
      case 'report.submitted': {
        const p = envelope.payload;
        return this.applyTransition(em, p.periodId, p.unitId, {
          kind: 'SUBMITTED',
          at: p.submittedAt,
          reportId: p.reportId,
          late: p.late,
          scoreTotal: p.scoreTotal,
          band: p.band,
          criteria: p.criteria,
        });
      }
      case 'report.reviewed': {
        const p = envelope.payload;
        return this.applyTransition(em, p.periodId, p.unitId, { kind: 'REVIEWED', at: p.reviewedAt, reportId: p.reportId });
      }
      case 'report.approved': {
        const p = envelope.payload;
        return this.applyTransition(em, p.periodId, p.unitId, {
          kind: 'APPROVED',
          at: p.approvedAt,
          reportId: p.reportId,
          scoreTotal: p.scoreTotal,
          band: p.band,
        });
      }
      case 'report.returned': {
        const p = envelope.payload;
        return this.applyTransition(em, p.periodId, p.unitId, { kind: 'RETURNED', at: p.returnedAt, reportId: p.reportId });
      }
      case 'score.reviewed': {
        const p = envelope.payload;
        return this.applyTransition(em, p.periodId, p.unitId, {
          kind: 'RESCORED',
          at: p.reviewedAt,
          scoreTotal: p.scoreTotal,
          band: p.band,
          criteria: p.criteria,
        });
      }
      case 'activity.recorded':
      case 'activity.corrected':
      case 'activity.deleted': {
        const p = envelope.payload;
        return this.applyActivity(em, p.activityId, {
          unitId: p.unitId,
          kind: p.kind,
          occurredOn: p.occurredOn,
          figures: 'figures' in p ? p.figures : {},
          deleted: envelope.name === 'activity.deleted',
          changedAt: envelope.occurredAt,
        });
      }
      default: {
        // A subscription added to the registry without a case here is a compile error.
        const unknown: never = envelope;
        throw new Error(`roll-ups cannot apply event ${JSON.stringify(unknown)}`);
      }
    }
  }

  /**
   * The period, known and frozen: on its first event (opened, or anything about it), the units the tree expects
   * for its window are frozen with their bloc and type, and its cells computed once from them.
   */
  private async ensurePeriod(em: EntityManager, periodId: string, window?: { windowStart: string; windowEnd: string }): Promise<void> {
    const known = window ?? (await this.rollups.periodWindow(em, periodId));
    if (!known) throw new Error(`roll-ups: the reports service has no period ${periodId}`);
    if (!(await this.rollups.insertPeriod(em, periodId, known))) return;
    await this.rollups.lock(em, 'periods', 'exclusive');
    await this.rollups.freezeExpected(em, periodId);
    await this.rollups.recomputePeriod(em, periodId);
  }

  private async applyTransition(em: EntityManager, periodId: string, unitId: string, t: Transition): Promise<void> {
    if (!(await this.rollups.findPeriod(em, periodId))) await this.ensurePeriod(em, periodId);
    await this.rollups.lock(em, { period: periodId }, 'shared');
    const locked = await this.rollups.lockStanding(em, periodId, unitId);
    const after = applyTransition(locked.standing, t);
    await this.rollups.saveStanding(em, periodId, unitId, after);
    await this.applyToCells(em, [{ periodId, before: counted(locked), after }]);
  }

  /**
   * A unit moved, changed type or dates: the unit's place changes in each period the change reaches (not
   * closed, effective within or before the window); a unit neither placed nor expected there stays out.
   */
  private async applyTreeChange(em: EntityManager, envelope: EventEnvelope<'org-unit.upserted'>): Promise<void> {
    const e = envelope.payload;
    await this.rollups.upsertUnit(em, e, envelope.occurredAt);
    if (e.kind !== 'UNIT') return;
    await this.rollups.lock(em, 'periods', 'shared');
    const changes: StandingChange[] = [];
    for (const period of await this.rollups.periods(em)) {
      const change = { ...e, occurredAt: envelope.occurredAt };
      if (!treeChangeReaches(change, period)) continue;
      await this.rollups.lock(em, { period: period.periodId }, 'shared');
      const locked = await this.rollups.lockStanding(em, period.periodId, e.unitId);
      const after = applyTreeChange(locked.standing, change, period);
      await this.rollups.saveStanding(em, period.periodId, e.unitId, after);
      changes.push({ periodId: period.periodId, before: counted(locked), after });
    }
    await this.applyToCells(em, changes);
  }

  /**
   * An activity recorded, corrected or deleted: its effect leaves the standing of the unit and period it
   * counted in and joins the one it counts in now (the same one, mostly), by the event's own time.
   */
  private async applyActivity(em: EntityManager, activityId: string, incoming: ActivityState): Promise<void> {
    await this.rollups.lock(em, 'periods', 'shared');
    const old = await this.rollups.lockActivity(em, activityId);
    const next = applyActivityChange(old, incoming);
    if (next === old) return;
    await this.rollups.saveActivity(em, activityId, next);
    type Effect = { counts: Record<string, number>; figures: Record<string, number> };
    const touched = new Map<string, { periodId: string; unitId: string; plus: Effect[]; minus: Effect[] }>();
    const touch = (periodId: string, unitId: string) => {
      const key = `${periodId}:${unitId}`;
      const entry = touched.get(key) ?? { periodId, unitId, plus: [], minus: [] };
      touched.set(key, entry);
      return entry;
    };
    for (const period of await this.rollups.periods(em)) {
      const before = activityEffect(old, period);
      const after = activityEffect(next, period);
      if (before) touch(period.periodId, (old as ActivityState).unitId).minus.push(before);
      if (after) touch(period.periodId, next.unitId).plus.push(after);
    }
    const changes: StandingChange[] = [];
    for (const t of [...touched.values()].sort((a, b) => (`${a.periodId}:${a.unitId}` < `${b.periodId}:${b.unitId}` ? -1 : 1))) {
      await this.rollups.lock(em, { period: t.periodId }, 'shared');
      const locked = await this.rollups.lockStanding(em, t.periodId, t.unitId);
      const after = await this.rollups.addActivities(em, t.periodId, t.unitId, t.plus, t.minus);
      changes.push({ periodId: t.periodId, before: counted(locked), after });
    }
    await this.applyToCells(em, changes);
  }

  private async applyToCells(em: EntityManager, changes: StandingChange[]): Promise<void> {
    for (const change of cellChanges(changes)) await this.rollups.applyCellChange(em, change);
  }
}
