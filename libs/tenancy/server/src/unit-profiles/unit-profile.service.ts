import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Caller, Role, badInput, conflict, notFound } from '@qcdc/shared/contracts';
import { TenantDb, assertUnitInScope, recordAudit } from '@qcdc/shared/db';
import { ProfileBoard, ProfilePerson, SaveUnitProfile, assertUnitProfile } from '@qcdc/tenancy/domain';
import { ProfileCounts, ProfilePeriodRow, UnitProfileRepository, UnitProfileRow } from './unit-profile.repository';

/** The unit's own people write its profile. */
const WRITERS: Role[] = ['UNIT_REPORTER', 'UNIT_HEAD'];
/** Those who read the unit's records: its people, its bloc's reviewer, the committee and the admin. */
const READERS: Role[] = ['UNIT_REPORTER', 'UNIT_HEAD', 'BLOC_REVIEWER', 'PROVINCE_COMMITTEE', 'PROVINCE_ADMIN'];

/**
 * A unit's profile for a period as the screen opens it: the saved one (version ≥ 1), or, before the first
 * save, the unit's latest earlier profile as the starting point (version 0, `copiedFromPeriodId` set), or
 * nothing yet (version 0, no counts).
 */
export interface UnitProfileView {
  unitId: string;
  periodId: string;
  version: number;
  copiedFromPeriodId: string | null;
  counts: ProfileCounts | null;
  people: ProfilePerson[];
  boards: ProfileBoard[];
  updatedAt: Date | null;
}

const viewOf = (p: UnitProfileRow): UnitProfileView => ({
  unitId: p.unitId,
  periodId: p.periodId,
  version: p.version,
  copiedFromPeriodId: null,
  counts: { staffCount: p.staffCount, partyMembers: p.partyMembers, unionMembers: p.unionMembers },
  people: p.people,
  boards: p.boards,
  updatedAt: p.updatedAt,
});

/** What the audit log keeps of a profile: the counts, each person, and each board with its seats by person. */
const audited = (p: ProfileCounts & { people: readonly ProfilePerson[]; boards: readonly ProfileBoard[] }) => ({
  staffCount: p.staffCount,
  partyMembers: p.partyMembers,
  unionMembers: p.unionMembers,
  people: Object.fromEntries(p.people.map((x) => [x.key, { fullName: x.fullName, title: x.title }])),
  boards: Object.fromEntries(
    p.boards.map((b) => [
      b.kind,
      {
        termStart: b.termStart,
        termEnd: b.termEnd,
        seats: Object.fromEntries(b.seats.map((s) => [s.personKey, { role: s.role, termStart: s.termStart, termEnd: s.termEnd }])),
      },
    ]),
  ),
});

/** A unit's profile per reporting period (hồ sơ đơn vị): its staff and members, its boards and who sits on them. */
@Injectable()
export class UnitProfileService {
  constructor(
    private readonly db: TenantDb,
    private readonly profiles: UnitProfileRepository,
  ) {}

  find(caller: Caller, unitId: string, periodId: string): Promise<UnitProfileView> {
    return this.db.transaction(async (em) => {
      await assertUnitInScope(em, caller, unitId, READERS);
      const period = await this.period(em, periodId);
      const saved = await this.profiles.find(em, unitId, periodId);
      if (saved) return viewOf(saved);
      const previous = await this.profiles.findPrevious(em, unitId, period.windowEnd);
      if (previous) return { ...viewOf(previous), periodId, version: 0, copiedFromPeriodId: previous.periodId, updatedAt: null };
      return { unitId, periodId, version: 0, copiedFromPeriodId: null, counts: null, people: [], boards: [], updatedAt: null };
    });
  }

  /**
   * The whole profile, saved over the version the person edited: a save from an older version (someone else
   * saved meanwhile) is CONFLICT, so that nobody's edits are lost silently.
   */
  save(caller: Caller, input: SaveUnitProfile): Promise<UnitProfileView> {
    return this.db.transaction(
      async (em) => {
        await assertUnitInScope(em, caller, input.unitId, WRITERS);
        const period = await this.period(em, input.periodId);
        if (period.status !== 'OPEN') {
          throw badInput(
            'Kỳ báo cáo đã đóng, không thể sửa hồ sơ đơn vị của kỳ này.',
            'The reporting period is closed: its unit profiles no longer change.',
            { field: 'periodId' },
          );
        }
        assertUnitProfile(input);
        const counts = { staffCount: input.staffCount, partyMembers: input.partyMembers, unionMembers: input.unionMembers };
        const before = await this.profiles.find(em, input.unitId, input.periodId, true);
        const current = before?.version ?? 0;
        if (current !== input.expectedVersion) throw this.stale(current);
        let id: string;
        if (before) {
          id = before.id;
          await this.profiles.update(em, id, counts, caller.userId);
        } else {
          const inserted = await this.profiles.insert(em, input.unitId, input.periodId, counts, caller.userId);
          // Another first save committed meanwhile.
          if (inserted === null) throw this.stale(1);
          id = inserted;
        }
        await this.profiles.replaceContent(em, id, input.people, input.boards);
        const after = (await this.profiles.find(em, input.unitId, input.periodId)) as UnitProfileRow;
        await recordAudit(em, 'tenancy', {
          by: caller,
          as: WRITERS,
          within: input.unitId,
          action: 'unit-profile.save',
          objectId: id,
          before: before && { unitId: before.unitId, periodId: before.periodId, ...audited(before) },
          after: { unitId: after.unitId, periodId: after.periodId, ...audited(after) },
        });
        return viewOf(after);
      },
      { write: true },
    );
  }

  private async period(em: EntityManager, periodId: string): Promise<ProfilePeriodRow> {
    const period = await this.profiles.findPeriod(em, periodId);
    if (!period) throw notFound('Không tìm thấy kỳ báo cáo.', 'The reporting period does not exist.', { field: 'periodId' });
    return period;
  }

  private stale(currentVersion: number) {
    return conflict(
      'Hồ sơ đơn vị vừa được người khác lưu. Hãy tải lại để xem bản mới nhất, rồi nhập lại phần thay đổi của bạn.',
      'Someone else saved this unit profile meanwhile. Reload to see the latest version, then make your changes again.',
      { field: 'expectedVersion', reason: 'STALE_VERSION', currentVersion },
    );
  }
}
