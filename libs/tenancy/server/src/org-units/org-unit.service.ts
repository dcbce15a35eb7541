import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Caller, badInput, isUuid, notFound } from '@qcdc/shared/contracts';
import { TenantDb, assertUnitInScope, publishEvent, recordAudit } from '@qcdc/shared/db';
import {
  CloseOrgUnit,
  CorrectOrgUnit,
  CreateOrgUnit,
  EndReportingLine,
  MergeOrgUnits,
  MoveOrgUnit,
  RenameOrgUnit,
  SetReportingLine,
  SplitOrgUnit,
  assertAfterLastChange,
  assertMergeable,
  assertNameFreeAmongSiblings,
  assertNoCycle,
  assertNotRoot,
  assertOpen,
  assertParentKind,
  assertReportingLine,
  assertSplittable,
  assertUnitType,
} from '@qcdc/tenancy/domain';
import { UnitTypeRepository } from '../unit-types/unit-type.repository';
import { OrgUnitHistoryRows, OrgUnitRepository, OrgUnitRow } from './org-unit.repository';

const ADMIN = ['PROVINCE_ADMIN'] as const;
const PLACEMENT = { vi: 'vị trí trong cây đơn vị', en: 'place in the tree' };
const NAME = { vi: 'tên', en: 'name' };
const REPORTING_LINE = { vi: 'khối/ngành xem xét', en: 'reviewing bloc' };

/**
 * The province's org tree: the province admin builds it and changes it over time (rename, move, merge,
 * close, each from an effective date); everyone reads their own subtrees, today or as of a date.
 */
@Injectable()
export class OrgUnitService {
  constructor(
    private readonly db: TenantDb,
    private readonly orgUnits: OrgUnitRepository,
    private readonly unitTypes: UnitTypeRepository,
  ) {}

  /** The units of the caller's subtrees on a date (today when null), as the tree stood that day. */
  list(caller: Caller, asOf: string | null = null): Promise<OrgUnitRow[]> {
    const roots = caller.memberships.map((m) => m.orgUnitId).filter((id): id is string => !!id);
    if (roots.length === 0) return Promise.resolve([]);
    return this.db.transaction((em) => this.orgUnits.listInSubtrees(em, roots, asOf));
  }

  /** A unit within the caller's subtrees today, with its names and places over time. */
  history(caller: Caller, id: string): Promise<{ unit: OrgUnitRow; history: OrgUnitHistoryRows }> {
    return this.db.transaction(async (em) => {
      await assertUnitInScope(em, caller, id, caller.memberships.map((m) => m.role));
      const unit = await this.latest(em, id);
      return { unit, history: await this.orgUnits.history(em, id) };
    });
  }

  /**
   * For federation: the units other subgraphs reference, in the order asked, each only if it lies within
   * one of the caller's subtrees (null otherwise), whatever the other subgraph checked. One query.
   */
  findInScope(caller: Caller, ids: readonly string[]): Promise<(OrgUnitRow | null)[]> {
    const roots = caller.memberships.map((m) => m.orgUnitId).filter((id): id is string => !!id);
    const wanted = ids.filter(isUuid);
    if (roots.length === 0 || wanted.length === 0) return Promise.resolve(ids.map(() => null));
    return this.db.transaction(async (em) => {
      const found = new Map((await this.orgUnits.findInSubtrees(em, wanted, roots)).map((u) => [u.id, u]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  /** The input is checked at the edge (createOrgUnitInput); here, the type against the level and the province's catalogue, and the parent. */
  create(caller: Caller, input: CreateOrgUnit): Promise<OrgUnitRow> {
    return this.db.transaction(
      async (em) => {
        await assertUnitInScope(em, caller, input.parentId, ADMIN);
        assertUnitType(input.kind, input.unitType, await this.unitTypes.catalogue(em));
        await this.orgUnits.lock(em, [input.parentId]);
        // Without an opening day, the unit stands as long as its parent (before the records, under the root).
        const on = input.openedOn ?? (await this.orgUnits.today(em));
        const parent = await this.orgUnits.findById(em, input.parentId, on);
        if (!parent) throw badInput(`Đơn vị cấp trên chưa có vào ngày ${on}.`, `The parent unit did not exist on ${on}.`, { field: 'parentId' });
        assertOpen(parent, 'parentId');
        assertParentKind(input.kind, parent.kind);
        assertNameFreeAmongSiblings(input.name, parent.name, await this.orgUnits.childrenOn(em, parent.id, on));
        const openedOn = input.openedOn ?? parent.openedOn;
        const unit = await this.orgUnits.insert(em, {
          parentId: parent.id,
          code: input.code,
          name: input.name,
          kind: input.kind,
          unitType: input.unitType,
          openedOn,
          expectedFrom: input.expectedFrom ?? openedOn,
        });
        await this.publishUpserted(em, unit.id);
        const { id, ...after } = unit;
        await recordAudit(em, 'tenancy', { by: caller, as: [...ADMIN], within: parent.id, action: 'org-unit.create', objectId: id, after });
        return unit;
      },
      { write: true },
    );
  }

  /** A new name from a date on; the old name stays in the history (and in everything dated before). */
  rename(caller: Caller, input: RenameOrgUnit): Promise<OrgUnitRow> {
    return this.change(caller, input.id, async (em, unit) => {
      assertOpen(unit);
      assertAfterLastChange(unit, input.effectiveOn, (await this.orgUnits.lastChanges(em, unit.id)).nameFrom, NAME);
      await this.assertNameFree(em, unit, input.name, unit.parentId, input.effectiveOn);
      await this.orgUnits.rename(em, unit.id, input.name, input.effectiveOn);
      return { action: 'org-unit.rename', before: { name: unit.name }, after: { name: input.name, effectiveOn: input.effectiveOn } };
    });
  }

  /** A typo in the current name, the day from which the unit is expected to report, or its type: fixed in place. */
  correct(caller: Caller, input: CorrectOrgUnit): Promise<OrgUnitRow> {
    return this.change(caller, input.id, async (em, unit) => {
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      if (input.name !== null && input.name !== unit.name) {
        await this.assertNameFree(em, unit, input.name, unit.parentId, await this.orgUnits.today(em));
        await this.orgUnits.correctName(em, unit.id, input.name);
        Object.assign(before, { name: unit.name });
        Object.assign(after, { name: input.name });
      }
      if (input.expectedFrom !== null && input.expectedFrom !== unit.expectedFrom) {
        await this.orgUnits.setExpectedFrom(em, unit.id, input.expectedFrom);
        Object.assign(before, { expectedFrom: unit.expectedFrom });
        Object.assign(after, { expectedFrom: input.expectedFrom });
      }
      if (input.unitType !== null && input.unitType !== unit.unitType) {
        assertUnitType(unit.kind, input.unitType, await this.unitTypes.catalogue(em), unit.unitType);
        await this.orgUnits.setUnitType(em, unit.id, input.unitType);
        Object.assign(before, { unitType: unit.unitType });
        Object.assign(after, { unitType: input.unitType });
      }
      return { action: 'org-unit.correct', before, after };
    });
  }

  /** The unit stops on a date; it keeps its place, so its reports stay with the people who reviewed them. */
  close(caller: Caller, input: CloseOrgUnit): Promise<OrgUnitRow> {
    return this.change(caller, input.id, async (em, unit) => {
      assertNotRoot(unit);
      assertOpen(unit);
      this.assertAfterOpening(unit, input.closedOn);
      await this.assertNoOpenChildren(em, unit, input.closedOn);
      await this.orgUnits.close(em, unit.id, input.closedOn);
      return { action: 'org-unit.close', before: { closedOn: null }, after: { closedOn: input.closedOn } };
    });
  }

  /** The unit, with everything beneath it, under another parent from a date on. */
  move(caller: Caller, input: MoveOrgUnit): Promise<OrgUnitRow> {
    return this.change(caller, input.id, async (em, unit) => {
        assertNotRoot(unit);
        assertOpen(unit);
        // The new parent must be the admin's too.
        await assertUnitInScope(em, caller, input.parentId, ADMIN);
        await this.orgUnits.lock(em, [input.parentId]);
        const parent = await this.orgUnits.findById(em, input.parentId, input.effectiveOn);
        if (!parent) {
          throw badInput(`Đơn vị cấp trên chưa có vào ngày ${input.effectiveOn}.`, `The new parent did not exist on ${input.effectiveOn}.`, {
            field: 'parentId',
          });
        }
        assertNoCycle(unit, parent, await this.orgUnits.parentsOn(em, input.effectiveOn));
        assertOpen(parent, 'parentId');
        assertParentKind(unit.kind, parent.kind);
        assertAfterLastChange(unit, input.effectiveOn, (await this.orgUnits.lastChanges(em, unit.id)).linkFrom, PLACEMENT);
        const nameThen = (await this.orgUnits.findById(em, unit.id, input.effectiveOn))?.name ?? unit.name;
        await this.assertNameFree(em, unit, nameThen, parent.id, input.effectiveOn);
        await this.orgUnits.move(em, unit.id, parent.id, input.effectiveOn);
        await this.orgUnits.rebuildClosure(em);
        return {
          action: 'org-unit.move',
          before: { parentId: unit.parentId },
          after: { parentId: parent.id, effectiveOn: input.effectiveOn },
        };
    });
  }

  /**
   * The sources close into the target on a date: each keeps its own history (name, place, reports) and
   * names the target in `mergedInto`; the units beneath them move under the target from that day.
   */
  merge(caller: Caller, input: MergeOrgUnits): Promise<OrgUnitRow> {
    const sourceIds = [...new Set(input.sourceIds)];
    return this.db.transaction(
      async (em) => {
        for (const id of [input.targetId, ...sourceIds]) await assertUnitInScope(em, caller, id, ADMIN);
        await this.orgUnits.lock(em, [input.targetId, ...sourceIds]);
        const target = await this.latest(em, input.targetId);
        const sources = await Promise.all(sourceIds.map((id) => this.latest(em, id)));
        assertMergeable(sources, target, input.effectiveOn);
        this.assertAfterOpening(target, input.effectiveOn);
        const moved: string[] = [];
        for (const source of sources) {
          assertNotRoot(source);
          this.assertAfterOpening(source, input.effectiveOn);
          for (const child of await this.orgUnits.childrenOn(em, source.id, input.effectiveOn)) {
            if (child.closedOn !== null && child.closedOn <= input.effectiveOn) continue;
            assertAfterLastChange(child, input.effectiveOn, (await this.orgUnits.lastChanges(em, child.id)).linkFrom, PLACEMENT);
            await this.assertNameFree(em, child, child.name, target.id, input.effectiveOn);
            await this.orgUnits.move(em, child.id, target.id, input.effectiveOn);
            moved.push(child.id);
          }
          await this.orgUnits.close(em, source.id, input.effectiveOn, target.id);
        }
        await this.orgUnits.rebuildClosure(em);
        // The units beneath the sources now sit under the target (maybe another bloc) from that day.
        for (const id of moved) await this.publishUpserted(em, id, input.effectiveOn);
        for (const source of sources) {
          await this.publishUpserted(em, source.id, input.effectiveOn);
          await recordAudit(em, 'tenancy', {
            by: caller,
            as: [...ADMIN],
            within: source.id,
            action: 'org-unit.merge',
            objectId: source.id,
            before: { closedOn: null, mergedIntoId: null },
            after: { closedOn: input.effectiveOn, mergedIntoId: target.id },
          });
        }
        return this.latest(em, target.id);
      },
      { write: true },
    );
  }

  /**
   * The unit closes on a date and the parts open that day, each with its name, code, type and parent, and
   * each naming the unit it was split from. The old unit keeps its history and everything it recorded.
   * Answers the new units.
   */
  split(caller: Caller, input: SplitOrgUnit): Promise<OrgUnitRow[]> {
    return this.db.transaction(
      async (em) => {
        await assertUnitInScope(em, caller, input.id, ADMIN);
        for (const part of input.parts) await assertUnitInScope(em, caller, part.parentId, ADMIN);
        await this.orgUnits.lock(em, [input.id, ...input.parts.map((p) => p.parentId)]);
        const unit = await this.latest(em, input.id);
        assertSplittable(unit, input.parts);
        this.assertAfterOpening(unit, input.effectiveOn);
        const last = await this.orgUnits.lastChanges(em, unit.id);
        assertAfterLastChange(unit, input.effectiveOn, last.linkFrom, PLACEMENT);
        assertAfterLastChange(unit, input.effectiveOn, last.nameFrom, NAME);
        await this.orgUnits.close(em, unit.id, input.effectiveOn);
        const parts: OrgUnitRow[] = [];
        const catalogue = await this.unitTypes.catalogue(em);
        for (const part of input.parts) {
          assertUnitType(unit.kind, part.unitType, catalogue);
          const parent = await this.orgUnits.findById(em, part.parentId, input.effectiveOn);
          if (!parent) {
            throw badInput(`Đơn vị cấp trên chưa có vào ngày ${input.effectiveOn}.`, `The parent unit did not exist on ${input.effectiveOn}.`, {
              field: 'parentId',
            });
          }
          assertOpen(parent, 'parentId');
          assertParentKind(unit.kind, parent.kind);
          // The earlier parts are siblings already: two parts under one parent need two names.
          await this.assertNameFree(em, unit, part.name, parent.id, input.effectiveOn);
          parts.push(
            await this.orgUnits.insert(em, {
              parentId: parent.id,
              code: part.code,
              name: part.name,
              kind: unit.kind,
              unitType: part.unitType,
              openedOn: input.effectiveOn,
              expectedFrom: input.effectiveOn,
              splitFromId: unit.id,
            }),
          );
        }
        await this.publishUpserted(em, unit.id, input.effectiveOn);
        for (const part of parts) await this.publishUpserted(em, part.id, input.effectiveOn);
        await recordAudit(em, 'tenancy', {
          by: caller,
          as: [...ADMIN],
          within: unit.id,
          action: 'org-unit.split',
          objectId: unit.id,
          before: { closedOn: null, splitIntoIds: [] },
          after: { closedOn: input.effectiveOn, splitIntoIds: parts.map((p) => p.id) },
        });
        return Promise.all(parts.map((p) => this.latest(em, p.id)));
      },
      { write: true },
    );
  }

  /**
   * From a date on, the unit is reviewed by another bloc than its bloc in the tree (the reporting line the
   * admin sets); the scope checks of every service follow it from that day.
   */
  setReportingLine(caller: Caller, input: SetReportingLine): Promise<OrgUnitRow> {
    return this.change(caller, input.unitId, async (em, unit) => {
      await assertUnitInScope(em, caller, input.reviewerId, ADMIN);
      await this.orgUnits.lock(em, [input.reviewerId]);
      const reviewer = await this.latest(em, input.reviewerId);
      assertReportingLine(unit, reviewer, input.effectiveOn);
      this.assertAfterOpening(unit, input.effectiveOn);
      assertAfterLastChange(unit, input.effectiveOn, await this.orgUnits.lastReportingLineChange(em, unit.id), REPORTING_LINE);
      const before = await this.orgUnits.openReportingLine(em, unit.id);
      await this.orgUnits.setReportingLine(em, unit.id, reviewer.id, input.effectiveOn);
      return {
        action: 'org-unit.set-reporting-line',
        before: { reviewedById: before?.reviewerId ?? null },
        after: { reviewedById: reviewer.id, effectiveOn: input.effectiveOn },
      };
    });
  }

  /** From a date on, the unit's override ends and its bloc in the tree reviews it again. */
  endReportingLine(caller: Caller, input: EndReportingLine): Promise<OrgUnitRow> {
    return this.change(caller, input.unitId, async (em, unit) => {
      const open = await this.orgUnits.openReportingLine(em, unit.id);
      if (!open) {
        throw badInput(
          `"${unit.name}" không có khối/ngành xem xét nào do quản trị giao; việc xem xét đã theo cây đơn vị.`,
          `"${unit.name}" has no reviewing bloc set by the admin; its review already follows the tree.`,
          { field: 'unitId', reason: 'NO_REPORTING_LINE', unitId: unit.id },
        );
      }
      assertAfterLastChange(unit, input.effectiveOn, open.from, REPORTING_LINE);
      await this.orgUnits.endReportingLine(em, unit.id, input.effectiveOn);
      return {
        action: 'org-unit.end-reporting-line',
        before: { reviewedById: open.reviewerId },
        after: { reviewedById: null, effectiveOn: input.effectiveOn },
      };
    });
  }

  /**
   * One change of one unit by the province admin, in one transaction: the scope check, a lock on the unit
   * (two changes of one unit go one after the other), the change, the event for the roll-ups and the audit.
   */
  private change(
    caller: Caller,
    id: string,
    apply: (
      em: EntityManager,
      unit: OrgUnitRow,
    ) => Promise<{
      action: 'org-unit.rename' | 'org-unit.correct' | 'org-unit.close' | 'org-unit.move' | 'org-unit.set-reporting-line' | 'org-unit.end-reporting-line';
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    }>,
  ): Promise<OrgUnitRow> {
    return this.db.transaction(
      async (em) => {
        await assertUnitInScope(em, caller, id, ADMIN);
        await this.orgUnits.lock(em, [id]);
        const unit = await this.latest(em, id);
        const { action, before, after } = await apply(em, unit);
        // A dated change (move, rename, reporting line, closing) takes effect on its day; a fix in place, always.
        const effectiveOn = (after['effectiveOn'] ?? after['closedOn'] ?? null) as string | null;
        await this.publishUpserted(em, id, effectiveOn);
        await recordAudit(em, 'tenancy', { by: caller, as: [...ADMIN], within: id, action, objectId: id, before, after });
        return this.latest(em, id);
      },
      { write: true },
    );
  }

  /** The unit as it stands today, or, for one not open yet, as it will open. */
  private async latest(em: EntityManager, id: string): Promise<OrgUnitRow> {
    const unit = (await this.orgUnits.findById(em, id)) ?? (await this.orgUnits.findById(em, id, '9999-12-31'));
    if (!unit) throw notFound('Không tìm thấy đơn vị này trong tỉnh của bạn.', 'This unit does not exist in your province.', { unitId: id });
    return unit;
  }

  /** Under `parentId` from `on`, no other open unit already carries `name`. */
  private async assertNameFree(em: EntityManager, unit: OrgUnitRow, name: string, parentId: string | null, on: string): Promise<void> {
    if (parentId === null) return;
    // Changes under one parent go one after the other, so two of them cannot both take a free name.
    await this.orgUnits.lock(em, [parentId]);
    const parent = await this.orgUnits.findById(em, parentId, on);
    const siblings = (await this.orgUnits.childrenOn(em, parentId, on)).filter(
      (s) => s.id !== unit.id && (s.closedOn === null || s.closedOn > on),
    );
    assertNameFreeAmongSiblings(name, parent?.name ?? '', siblings);
  }

  private assertAfterOpening(unit: OrgUnitRow, on: string): void {
    if (unit.openedOn !== null && on <= unit.openedOn) {
      throw badInput(
        `"${unit.name}" mới thành lập từ ngày ${unit.openedOn}; hãy chọn ngày sau ngày đó.`,
        `"${unit.name}" opened on ${unit.openedOn}; choose a later date.`,
        { field: 'effectiveOn', reason: 'OVERLAPPING_DATES', unitId: unit.id, from: unit.openedOn },
      );
    }
  }

  /** A bloc closes after its units have moved or closed; else they would hang under a closed bloc. */
  private async assertNoOpenChildren(em: EntityManager, unit: OrgUnitRow, on: string): Promise<void> {
    const open = (await this.orgUnits.childrenOn(em, unit.id, on)).filter((c) => c.closedOn === null || c.closedOn > on);
    if (open.length > 0) {
      throw badInput(
        `"${unit.name}" còn ${open.length} đơn vị trực thuộc (ví dụ "${open[0].name}"). Hãy chuyển, sáp nhập hoặc giải thể các đơn vị đó trước.`,
        `"${unit.name}" still has ${open.length} open units beneath it (e.g. "${open[0].name}"). Move, merge or close them first.`,
        { field: 'id', reason: 'HAS_OPEN_UNITS', unitId: unit.id },
      );
    }
  }

  /**
   * The roll-ups keep each unit's name and bloc: as of the day the change takes effect (a move dated in the
   * future carries the bloc the unit will have), or as of today for a change in place (effectiveOn null).
   */
  private async publishUpserted(em: EntityManager, id: string, effectiveOn: string | null = null): Promise<void> {
    const unit = await this.latest(em, id);
    const bloc = (await this.orgUnits.nearestBloc(em, unit.id, effectiveOn)) ?? (await this.orgUnits.nearestBloc(em, unit.id));
    await publishEvent(em, 'tenancy', 'org-unit.upserted', {
      unitId: unit.id,
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      unitType: unit.unitType,
      blocId: bloc?.id ?? null,
      blocName: bloc?.name ?? null,
      expectedFrom: unit.expectedFrom,
      closedOn: unit.closedOn,
      effectiveOn,
    });
  }
}
