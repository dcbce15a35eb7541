import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@qcdc/shared/config';
import { Caller, Role, badInput, notFound } from '@qcdc/shared/contracts';
import { TenantDb, assertRole, assertUnitInScope, recordAudit } from '@qcdc/shared/db';
import {
  RemoveEvidenceFile,
  evidenceActivityDeleted,
  evidenceFileName,
  evidenceKindOf,
  evidenceReportFrozen,
  evidenceTooLarge,
} from '@qcdc/activities/domain';
import { EvidenceStorage, evidenceKey } from './evidence-storage';
import { sniffedContentType } from './sniff-type';
import { EvidenceActivityRow, EvidenceFileRow, EvidenceRepository } from './evidence.repository';

const RECORDERS: Role[] = ['UNIT_REPORTER', 'UNIT_HEAD'];
const READERS: Role[] = ['UNIT_REPORTER', 'UNIT_HEAD', 'BLOC_REVIEWER', 'PROVINCE_COMMITTEE', 'PROVINCE_ADMIN'];

const noActivity = (id: string) =>
  notFound('Không tìm thấy hoạt động này. Hãy tải lại danh sách hoạt động.', 'There is no such activity. Reload the list of activities.', {
    field: 'activityId',
    id,
  });
const noFile = (id: string) =>
  notFound('Không tìm thấy tệp minh chứng này (có thể đã bị gỡ). Hãy tải lại danh sách tệp.', 'There is no such evidence file (it may have been removed). Reload the list of files.', {
    id,
  });

/**
 * Evidence files of activities: uploaded and removed by the unit's recorders while no submitted report holds
 * the activity, listed and downloaded by whoever may read the activity. The bytes go to the storage first,
 * then the row; when the row cannot be written the bytes are deleted again, so there is never one without the other.
 */
@Injectable()
export class EvidenceService {
  private readonly logger = new Logger('Evidence');

  constructor(
    private readonly db: TenantDb,
    private readonly evidence: EvidenceRepository,
    private readonly storage: EvidenceStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(caller: Caller, activityId: string, givenName: string, bytes: Buffer): Promise<EvidenceFileRow> {
    assertRole(caller, RECORDERS);
    if (bytes.length > this.config.evidence.maxBytes) throw evidenceTooLarge(this.config.evidence.maxBytes);
    if (bytes.length === 0) {
      throw badInput('Tệp rỗng; hãy chọn lại tệp.', 'The file is empty; choose the file again.', { field: 'file', reason: 'FILE_EMPTY' });
    }
    const id = randomUUID();
    const storageKey = evidenceKey(caller.tenantId, id);
    let stored = false;
    try {
      return await this.db.transaction(
        async (em) => {
          const activity = await this.changeableActivity(em, caller, activityId);
          const kind = evidenceKindOf(await sniffedContentType(bytes));
          const row = {
            id,
            activityId: activity.id,
            fileName: evidenceFileName(givenName, kind),
            contentType: kind.contentType,
            sizeBytes: bytes.length,
            sha256: createHash('sha256').update(bytes).digest('hex'),
            storageKey,
          };
          await this.storage.put(storageKey, bytes);
          stored = true;
          const saved = await this.evidence.insert(em, { ...row, uploadedBy: caller.userId });
          const { storageKey: _key, uploadedAt: _at, id: _id, ...after } = saved;
          await recordAudit(em, 'activities', { by: caller, as: RECORDERS, within: activity.unitId, action: 'evidence.upload', objectId: id, after });
          return saved;
        },
        { write: true },
      );
    } catch (error) {
      if (stored) {
        await this.storage.delete(storageKey).catch((e: Error) => this.logger.error(`could not delete the unsaved evidence ${storageKey}: ${e.message}`));
      }
      throw error;
    }
  }

  remove(caller: Caller, input: RemoveEvidenceFile): Promise<EvidenceFileRow> {
    assertRole(caller, RECORDERS);
    return this.db.transaction(
      async (em) => {
        const file = await this.evidence.fileOf(em, input.id, true);
        if (!file) throw noFile(input.id);
        const activity = await this.changeableActivity(em, caller, file.activityId);
        await this.evidence.markRemoved(em, file.id, caller.userId, input.reason);
        await recordAudit(em, 'activities', {
          by: caller,
          as: RECORDERS,
          within: activity.unitId,
          action: 'evidence.remove',
          objectId: file.id,
          before: { fileName: file.fileName, activityId: file.activityId, removalReason: null },
          after: { fileName: file.fileName, activityId: file.activityId, removalReason: input.reason },
        });
        return file;
      },
      { write: true },
    );
  }

  /** The files of the activities (at most 200, checked at the edge); NOT_FOUND if one of them names nothing. */
  list(caller: Caller, activityIds: readonly string[]): Promise<EvidenceFileRow[]> {
    assertRole(caller, READERS);
    const ids = [...new Set(activityIds)];
    return this.db.transaction(async (em) => {
      const activities = await this.evidence.activitiesOf(em, ids);
      const missing = ids.find((id) => !activities.some((a) => a.id === id));
      if (missing) throw noActivity(missing);
      for (const unitId of new Set(activities.map((a) => a.unitId))) await assertUnitInScope(em, caller, unitId, READERS);
      return this.evidence.filesOf(em, ids);
    });
  }

  /** A file's row and its bytes, for a reader of its activity. */
  async download(caller: Caller, id: string): Promise<{ file: EvidenceFileRow; content: Readable }> {
    assertRole(caller, READERS);
    const file = await this.db.transaction(async (em) => {
      const found = await this.evidence.fileOf(em, id);
      if (!found) throw noFile(id);
      const activity = await this.evidence.activityOf(em, found.activityId);
      if (!activity) throw noFile(id);
      await assertUnitInScope(em, caller, activity.unitId, READERS);
      return found;
    });
    return { file, content: await this.storage.get(file.storageKey) };
  }

  /** The activity, if the caller records for its unit, it is not deleted and no submitted report holds its date. */
  private async changeableActivity(em: EntityManager, caller: Caller, activityId: string): Promise<EvidenceActivityRow> {
    const activity = await this.evidence.activityOf(em, activityId, true);
    if (!activity) throw noActivity(activityId);
    await assertUnitInScope(em, caller, activity.unitId, RECORDERS);
    if (activity.deletedAt) throw evidenceActivityDeleted();
    const frozen = await this.evidence.frozenReportHolding(em, activity.unitId, activity.occurredOn);
    if (frozen) throw evidenceReportFrozen(frozen);
    return activity;
  }
}
