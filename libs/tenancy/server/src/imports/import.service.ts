import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG, CLOCK } from '@qcdc/shared/config';
import { AppError, Caller, Clock, badInput, conflict, notFound } from '@qcdc/shared/contracts';
import { PG_UNIQUE_VIOLATION, TenantDb, assertRole, execute, pgCode, publishEvents, qb, recordAudits } from '@qcdc/shared/db';
import {
  IMPORT_LIMITS,
  ImportCheck,
  ImportExisting,
  ImportProblem,
  ImportRawTable,
  LINK_LIFETIME_MS,
  LINK_PATH,
  checkImport,
  formatLinkToken,
  readTable,
} from '@qcdc/tenancy/domain';
import { TenantRepository } from '../provinces/tenant.repository';
import { UserRepository } from '../users/user.repository';
import { importTemplate, readImportFile } from './import-file';
import { UnitTypeRepository } from '../unit-types/unit-type.repository';
import { ImportJobData, ImportJobProgress, ImportQueue, ImportRunner, ReportProgress } from './import.queue';
import { ImportRepository, ImportRow, UnitToInsert, UserToInsert } from './import.repository';

const ADMIN = ['PROVINCE_ADMIN'] as const;
/** Rows written per statement: a progress step, and well within PostgreSQL's limits on one statement. */
const BATCH = 1000;

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/** An import with where its job stands. */
export interface ImportState extends ImportRow {
  progress: ImportJobProgress;
}

/** The apply found problems: it changes nothing, and the import keeps the problems. */
class ImportRefused extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super('the import has problems');
  }
}

/** Every problem of the file's tables against the province: the missing columns, then the rows. */
export function checkTables(raw: readonly ImportRawTable[], existing: ImportExisting): ImportCheck {
  const read = raw.map(readTable);
  const tableOf = (sheet: 'units' | 'users') => read.find((r) => r.table.sheet === sheet)?.table ?? null;
  const checked = checkImport({ units: tableOf('units'), users: tableOf('users') }, existing);
  return { ...checked, problems: [...read.flatMap((r) => r.problems), ...checked.problems] };
}

/**
 * Imports of org units and people from a spreadsheet, by the province admin. The upload reads the file and
 * queues the dry run; the apply is a second job that checks everything again inside its one transaction and
 * writes all of it or nothing. Created units and people are audited one entry each (`org-unit.create`,
 * `user.invite`), as when made in the forms, and each person is mailed an invitation.
 */
@Injectable()
export class ImportService implements ImportRunner {
  private readonly logger = new Logger('ImportService');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly db: TenantDb,
    private readonly imports: ImportRepository,
    private readonly users: UserRepository,
    private readonly tenants: TenantRepository,
    private readonly queue: ImportQueue,
    private readonly unitTypes: UnitTypeRepository,
  ) {}

  /** What the checks need of the province: its units, people and unit types. */
  private async existing(em: EntityManager): Promise<ImportExisting> {
    return { ...(await this.imports.existing(em)), unitTypes: await this.unitTypes.catalogue(em) };
  }

  /** The template for the province admin (only they import: their membership is on the root, the whole tree is theirs), with the province's unit types. */
  async template(caller: Caller): Promise<Buffer> {
    assertRole(caller, ADMIN);
    const types = await this.db.transaction((em) => this.unitTypes.catalogue(em));
    return importTemplate(types.filter((t) => t.active).map((t) => t.name));
  }

  /** Province admin: reads the file, keeps its tables and queues the dry run. */
  async upload(caller: Caller, fileName: string, bytes: Buffer): Promise<ImportState> {
    assertRole(caller, ADMIN);
    const raw = await readImportFile(bytes);
    const rowCount = raw.reduce((n, t) => n + t.rows.length, 0);
    const row = await this.db.transaction(
      (em) => this.imports.insert(em, { createdBy: caller.userId, fileName, tables: raw, rowCount }),
      { write: true },
    );
    await this.queue.add({ kind: 'check', tenantId: caller.tenantId, importId: row.id, caller });
    return { ...row, progress: { done: 0, total: rowCount } };
  }

  /** Province admin: an import of their province, with its job's progress. */
  async find(caller: Caller, id: string): Promise<ImportState> {
    assertRole(caller, ADMIN);
    const row = await this.db.transaction((em) => this.imports.find(em, id));
    if (!row) throw notFound('Không tìm thấy lần nhập dữ liệu này trong tỉnh của bạn.', 'This import does not exist in your province.', { field: 'id' });
    return this.withProgress(row);
  }

  /** Province admin: queues the apply of an import whose dry run found nothing. */
  async apply(caller: Caller, id: string): Promise<ImportState> {
    assertRole(caller, ADMIN);
    const row = await this.db.transaction(
      async (em) => {
        const found = await this.imports.find(em, id, { forUpdate: true });
        if (!found) throw notFound('Không tìm thấy lần nhập dữ liệu này trong tỉnh của bạn.', 'This import does not exist in your province.', { field: 'id' });
        if (found.status === 'CHECKING') {
          throw conflict('Tệp vẫn đang được kiểm tra. Hãy đợi kiểm tra xong rồi áp dụng.', 'The file is still being checked. Wait for the dry run to finish.', { reason: 'IMPORT_CHECKING' });
        }
        if (found.status !== 'CHECKED') {
          throw conflict('Lần nhập này đã được áp dụng hoặc đã bị từ chối. Hãy tải tệp lên lại nếu cần nhập tiếp.', 'This import was applied or refused already. Upload the file again to import more.', { reason: 'IMPORT_DONE' });
        }
        if (found.problemCount > 0) {
          throw badInput(
            `Tệp còn ${found.problemCount} lỗi nên chưa thể áp dụng. Hãy sửa các dòng trong bảng lỗi rồi tải tệp lên lại.`,
            `The file has ${found.problemCount} problems, so it cannot be applied. Fix the rows listed and upload the file again.`,
            { field: 'id', reason: 'IMPORT_HAS_PROBLEMS' },
          );
        }
        await this.imports.update(em, id, { status: 'APPLYING' });
        // Queued before the commit: if the commit fails, the job finds the import not APPLYING and does nothing.
        await this.queue.add({ kind: 'apply', tenantId: caller.tenantId, importId: id, caller });
        return { ...found, status: 'APPLYING' as const };
      },
      { write: true },
    );
    return { ...row, progress: { done: 0, total: row.rowCount } };
  }

  /** The job of the queue: the dry run or the apply. */
  run(data: ImportJobData, progress: ReportProgress): Promise<void> {
    return data.kind === 'check' ? this.runCheck(data.tenantId, data.importId, progress) : this.runApply(data.caller, data.importId, progress);
  }

  /** The dry run: every problem of the file, kept with the import. */
  async runCheck(tenantId: string, importId: string, progress: ReportProgress = async () => undefined): Promise<void> {
    try {
      await this.checkWithin(tenantId, importId, progress);
    } catch (error) {
      // The screen waits for the dry run: it is told what stopped it rather than left waiting.
      const problem = this.problemOf(error);
      await this.db.forTenant(tenantId, async (em) => {
        await this.imports.update(em, importId, { status: 'FAILED', problems: [problem], problemCount: 1 });
      });
    }
  }

  private async checkWithin(tenantId: string, importId: string, progress: ReportProgress): Promise<void> {
    await this.db.forTenant(
      tenantId,
      async (em) => {
        const row = await this.imports.find(em, importId, { forUpdate: true });
        if (!row || row.status !== 'CHECKING') return;
        await progress({ done: 0, total: row.rowCount });
        const { problems } = checkTables(await this.imports.tables(em, importId), await this.existing(em));
        await progress({ done: row.rowCount, total: row.rowCount });
        await this.imports.update(em, importId, { status: 'CHECKED', problems: problems.slice(0, IMPORT_LIMITS.problemsKept), problemCount: problems.length });
      },
      { write: true },
    );
  }

  /**
   * The apply, in one transaction: the tree locked, every check of the dry run again, then the units level by
   * level, the people with their memberships and invitation links, the events and the audit entries. A
   * problem found now (someone took a code meanwhile) refuses the whole import and keeps the problems.
   */
  async runApply(caller: Caller, importId: string, progress: ReportProgress = async () => undefined): Promise<void> {
    try {
      await this.db.forTenant(caller.tenantId, (em) => this.applyWithin(em, caller, importId, progress), { write: true });
    } catch (error) {
      const problems =
        error instanceof ImportRefused
          ? error.problems
          : [this.problemOf(error)];
      await this.db.forTenant(caller.tenantId, async (em) => {
        await this.imports.update(em, importId, { status: 'FAILED', problems: problems.slice(0, IMPORT_LIMITS.problemsKept), problemCount: problems.length });
      });
    }
  }

  private async applyWithin(em: EntityManager, caller: Caller, importId: string, progress: ReportProgress): Promise<void> {
    const row = await this.imports.find(em, importId, { forUpdate: true });
    if (!row || row.status !== 'APPLYING') return;
    const total = row.rowCount;
    await progress({ done: 0, total });
    // Changes of the tree wait for the import (and the import for them), so the checks below stay true until the commit.
    await execute(em, qb.selectFrom('tenancy.org_units').select('id').orderBy('id').forUpdate());
    const existing = await this.existing(em);
    const { problems, plan } = checkTables(await this.imports.tables(em, importId), existing);
    if (problems.length > 0) throw new ImportRefused(problems);

    const idOfCode = new Map(existing.units.map((u) => [u.code, u.id]));
    const kindOfCode = new Map<string, string>(existing.units.map((u) => [u.code, u.kind]));
    const parentCodeOf = new Map<string, string | null>();
    const codeOfId = new Map(existing.units.map((u) => [u.id, u.code]));
    for (const u of existing.units) parentCodeOf.set(u.code, u.parentId ? (codeOfId.get(u.parentId) ?? null) : null);
    const nameOfCode = new Map(existing.units.map((u) => [u.code, u.name]));
    for (const u of plan.units) {
      idOfCode.set(u.code, randomUUID());
      kindOfCode.set(u.code, u.kind);
      parentCodeOf.set(u.code, u.parentCode);
      nameOfCode.set(u.code, u.name);
    }
    const units: UnitToInsert[] = plan.units.map((u) => ({ ...u, id: idOfCode.get(u.code) as string, parentId: idOfCode.get(u.parentCode) as string }));
    const users: UserToInsert[] = plan.users.map((u) => ({ ...u, id: randomUUID(), orgUnitId: idOfCode.get(u.unitCode) as string }));

    let done = 0;
    // Parents before children: a batch never holds a unit and its parent, so each unit's ancestors exist when it is inserted.
    const levels = [...new Set(units.map((u) => u.level))];
    for (const level of levels) {
      const ofLevel = units.filter((u) => u.level === level);
      for (let i = 0; i < ofLevel.length; i += BATCH) {
        const batch = ofLevel.slice(i, i + BATCH);
        await this.imports.insertUnits(em, batch);
        done += batch.length;
        await progress({ done, total });
      }
    }
    for (let i = 0; i < users.length; i += BATCH) {
      const batch = users.slice(i, i + BATCH);
      await this.imports.insertUsers(em, batch);
      done += batch.length;
      await progress({ done, total });
    }

    // The roll-ups learn each unit with its bloc, as after the form.
    const blocOf = (code: string): string | null => {
      for (let at: string | null = code; at; at = parentCodeOf.get(at) ?? null) if (kindOfCode.get(at) === 'BLOC') return at;
      return null;
    };
    await publishEvents(
      em,
      'tenancy',
      'org-unit.upserted',
      units.map((u) => {
        const bloc = blocOf(u.code);
        return { unitId: u.id, code: u.code, name: u.name, kind: u.kind, unitType: u.unitType, blocId: bloc ? (idOfCode.get(bloc) as string) : null, blocName: bloc ? (nameOfCode.get(bloc) as string) : null, expectedFrom: u.openedOn, closedOn: null, effectiveOn: null };
      }),
    );
    await this.invite(em, caller, users);

    await recordAudits(em, 'tenancy', [
      ...units.map((u) => ({
        by: caller,
        as: [...ADMIN],
        within: u.parentId,
        action: 'org-unit.create' as const,
        objectId: u.id,
        after: { parentId: u.parentId, code: u.code, name: u.name, kind: u.kind, unitType: u.unitType, openedOn: u.openedOn, expectedFrom: u.openedOn, importId },
      })),
      ...users.map((u) => ({
        by: caller,
        as: [...ADMIN],
        within: u.orgUnitId,
        action: 'user.invite' as const,
        objectId: u.id,
        after: { email: u.email, displayName: u.displayName, username: u.username, role: u.role, orgUnitId: u.orgUnitId, importId },
      })),
    ]);
    await this.imports.update(em, importId, { status: 'APPLIED', unitsCreated: units.length, usersCreated: users.length });
    await progress({ done: total, total });
  }

  /** An invitation link and mail for each new person, as `inviteUser` sends one. */
  private async invite(em: EntityManager, caller: Caller, users: readonly UserToInsert[]): Promise<void> {
    if (users.length === 0) return;
    const expiresAt = new Date(this.clock.now().getTime() + LINK_LIFETIME_MS.INVITATION);
    const links = users.map((u) => ({ user: u, tokenId: randomUUID(), secret: randomBytes(32).toString('base64url') }));
    await this.imports.insertInvitations(em, links.map((l) => ({ userId: l.user.id, tokenId: l.tokenId, secretHash: sha256(l.secret), expiresAt })));
    const province = await this.tenants.findById(caller.tenantId);
    const inviter = await this.users.findById(em, caller.userId);
    await publishEvents(
      em,
      'tenancy',
      'user.invited',
      links.map((l) => ({
        userId: l.user.id,
        email: l.user.email,
        displayName: l.user.displayName,
        provinceName: province?.name ?? '',
        invitedBy: inviter?.displayName ?? 'Quản trị viên',
        link: `${this.config.webPublicUrl}${LINK_PATH.INVITATION}/${formatLinkToken({ tenantId: caller.tenantId, tokenId: l.tokenId, secret: l.secret })}`,
        expiresAt: expiresAt.toISOString(),
      })),
    );
  }

  /** What an apply that failed for another reason than its rows says, as one problem of the file. */
  private problemOf(error: unknown): ImportProblem {
    if (error instanceof AppError) return { sheet: 'units', row: 0, column: 'Tệp', message: error.messages.vi, messageEn: error.messages.en };
    if (pgCode(error) === PG_UNIQUE_VIOLATION) {
      return {
        sheet: 'units',
        row: 0,
        column: 'Tệp',
        message: 'Trong lúc áp dụng, một mã đơn vị, tên đăng nhập hoặc email của tệp vừa được dùng ở nơi khác. Không có gì được thay đổi; hãy tải tệp lên lại để kiểm tra.',
        messageEn: 'While applying, a unit code, username or email of the file was taken elsewhere. Nothing changed; upload the file again to check it.',
      };
    }
    this.logger.error(`an import failed: ${(error as Error).message}`, (error as Error).stack);
    return {
      sheet: 'units',
      row: 0,
      column: 'Tệp',
      message: 'Lỗi hệ thống khi áp dụng; không có gì được thay đổi. Hãy thử lại sau ít phút hoặc báo quản trị hệ thống.',
      messageEn: 'A system error stopped the apply; nothing changed. Try again in a few minutes or tell the system administrator.',
    };
  }

  private async withProgress(row: ImportRow): Promise<ImportState> {
    const total = row.rowCount;
    if (row.status === 'CHECKING' || row.status === 'APPLYING') {
      const progress = await this.queue.progress(row.status === 'CHECKING' ? 'check' : 'apply', row.id).catch(() => null);
      return { ...row, progress: progress ?? { done: 0, total } };
    }
    return { ...row, progress: { done: row.status === 'CHECKED' ? total : row.status === 'APPLIED' ? total : 0, total } };
  }
}
