import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BoardKind, BoardRole, PeriodStatus } from '@qcdc/shared/contracts';
import { appNow, currentTenant, execute, firstOf, qb, rowsOf, sql } from '@qcdc/shared/db';
import { ProfileBoard, ProfilePerson } from '@qcdc/tenancy/domain';

/** A reporting period as tenancy sees it through reports' read model. */
export interface ProfilePeriodRow {
  id: string;
  year: number;
  status: PeriodStatus;
  windowEnd: string;
}

/** The counts of a profile as saved. */
export interface ProfileCounts {
  staffCount: number;
  partyMembers: number;
  unionMembers: number;
}

/** A unit's saved profile for a period: its counts, its people in their order and its boards with their seats. */
export interface UnitProfileRow extends ProfileCounts {
  id: string;
  unitId: string;
  periodId: string;
  version: number;
  updatedAt: Date;
  people: ProfilePerson[];
  boards: ProfileBoard[];
}

/** Unit profiles of the current tenant (row-level security scopes every statement), and the periods they are kept for. */
@Injectable()
export class UnitProfileRepository {
  async findPeriod(em: EntityManager, periodId: string): Promise<ProfilePeriodRow | null> {
    const row = await firstOf(
      em,
      qb.selectFrom('reports.period_directory').select(['id', 'year', 'status', 'window_end as windowEnd']).where('id', '=', periodId),
    );
    return row ? { id: row.id as string, year: row.year as number, status: row.status as PeriodStatus, windowEnd: row.windowEnd as string } : null;
  }

  /** The unit's profile for the period, locked until the transaction ends when `forUpdate`. */
  async find(em: EntityManager, unitId: string, periodId: string, forUpdate = false): Promise<UnitProfileRow | null> {
    let query = this.profiles().where('unit_id', '=', unitId).where('period_id', '=', periodId);
    if (forUpdate) query = query.forUpdate();
    const row = await firstOf(em, query);
    return row ? this.withContent(em, row) : null;
  }

  /** The unit's latest profile for a period that ended before `windowEnd`: the starting point of a new period's. */
  async findPrevious(em: EntityManager, unitId: string, windowEnd: string): Promise<UnitProfileRow | null> {
    const row = await firstOf(
      em,
      this.profiles()
        .innerJoin('reports.period_directory as p', 'p.id', 'period_id')
        .where('unit_id', '=', unitId)
        .where('p.window_end', '<', sql<string>`${windowEnd}::date`)
        .orderBy('p.window_end', 'desc')
        .limit(1),
    );
    return row ? this.withContent(em, row) : null;
  }

  /** A new profile at version 1; null when another save made it first (the unit and period are taken). */
  async insert(em: EntityManager, unitId: string, periodId: string, counts: ProfileCounts, userId: string): Promise<string | null> {
    const row = await firstOf(
      em,
      qb
        .insertInto('tenancy.unit_profiles')
        .values({
          tenant_id: currentTenant(),
          unit_id: unitId,
          period_id: periodId,
          staff_count: counts.staffCount,
          party_members: counts.partyMembers,
          union_members: counts.unionMembers,
          updated_by: userId,
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'unit_id', 'period_id']).doNothing())
        .returning('id'),
    );
    return row?.id ?? null;
  }

  /** New counts and the next version; the people and boards are replaced by `replaceContent`. */
  async update(em: EntityManager, id: string, counts: ProfileCounts, userId: string): Promise<void> {
    await execute(
      em,
      qb
        .updateTable('tenancy.unit_profiles')
        .set({
          staff_count: counts.staffCount,
          party_members: counts.partyMembers,
          union_members: counts.unionMembers,
          updated_by: userId,
          updated_at: appNow(),
          version: sql<number>`version + 1`,
        })
        .where('id', '=', id),
    );
  }

  /** The profile's people, boards and seats, replaced by these (in their order). */
  async replaceContent(em: EntityManager, id: string, people: readonly ProfilePerson[], boards: readonly ProfileBoard[]): Promise<void> {
    // The seats go with their people and boards (ON DELETE CASCADE).
    await execute(em, qb.deleteFrom('tenancy.unit_profile_people').where('profile_id', '=', id));
    await execute(em, qb.deleteFrom('tenancy.unit_profile_boards').where('profile_id', '=', id));
    if (people.length > 0) {
      await execute(
        em,
        qb.insertInto('tenancy.unit_profile_people').values(
          people.map((p, i) => ({ tenant_id: currentTenant(), profile_id: id, key: p.key, position: i, full_name: p.fullName, title: p.title })),
        ),
      );
    }
    if (boards.length === 0) return;
    await execute(
      em,
      qb.insertInto('tenancy.unit_profile_boards').values(
        boards.map((b, i) => ({ tenant_id: currentTenant(), profile_id: id, kind: b.kind, position: i, term_start: b.termStart, term_end: b.termEnd })),
      ),
    );
    const seats = boards.flatMap((b) =>
      b.seats.map((s, i) => ({
        tenant_id: currentTenant(),
        profile_id: id,
        kind: b.kind,
        person_key: s.personKey,
        position: i,
        role: s.role,
        term_start: s.termStart,
        term_end: s.termEnd,
      })),
    );
    if (seats.length > 0) await execute(em, qb.insertInto('tenancy.unit_profile_seats').values(seats));
  }

  private profiles() {
    return qb
      .selectFrom('tenancy.unit_profiles')
      .select([
        'tenancy.unit_profiles.id',
        'unit_id as unitId',
        'period_id as periodId',
        'version',
        'staff_count as staffCount',
        'party_members as partyMembers',
        'union_members as unionMembers',
        'updated_at as updatedAt',
      ]);
  }

  private async withContent(em: EntityManager, row: Omit<UnitProfileRow, 'people' | 'boards'>): Promise<UnitProfileRow> {
    const people = await rowsOf(
      em,
      qb
        .selectFrom('tenancy.unit_profile_people')
        .select(['key', 'full_name as fullName', 'title'])
        .where('profile_id', '=', row.id)
        .orderBy('position'),
    );
    const boards = await rowsOf(
      em,
      qb
        .selectFrom('tenancy.unit_profile_boards')
        .select(['kind', 'term_start as termStart', 'term_end as termEnd'])
        .where('profile_id', '=', row.id)
        .orderBy('position'),
    );
    const seats = await rowsOf(
      em,
      qb
        .selectFrom('tenancy.unit_profile_seats')
        .select(['kind', 'person_key as personKey', 'role', 'term_start as termStart', 'term_end as termEnd'])
        .where('profile_id', '=', row.id)
        .orderBy('position'),
    );
    return {
      ...row,
      people,
      // Kind and role as the CHECKs of the tables allow them.
      boards: boards.map((b) => ({
        kind: b.kind as BoardKind,
        termStart: b.termStart,
        termEnd: b.termEnd,
        seats: seats
          .filter((s) => s.kind === b.kind)
          .map((s) => ({ personKey: s.personKey, role: s.role as BoardRole, termStart: s.termStart, termEnd: s.termEnd })),
      })),
    };
  }
}
