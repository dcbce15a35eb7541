import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { appNow, currentTenant, execute, firstOf, qb, rowsOf } from '@qcdc/shared/db';

/** An evidence file as the activities service keeps it. */
export interface EvidenceFileRow {
  id: string;
  activityId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  uploadedAt: Date;
}

/** What the rules of evidence need of its activity. */
export interface EvidenceActivityRow {
  id: string;
  unitId: string;
  occurredOn: string;
  deletedAt: Date | null;
}

/** A frozen report of a unit whose period's window holds a date. */
export interface FrozenReportRow {
  year: number;
  kind: string;
  windowStart: string;
  windowEnd: string;
}

const files = () =>
  qb
    .selectFrom('activities.evidence_files')
    .select([
      'id',
      'activity_id as activityId',
      'file_name as fileName',
      'content_type as contentType',
      'size_bytes as sizeBytes',
      'sha256',
      'storage_key as storageKey',
      'uploaded_at as uploadedAt',
    ]);

/** The evidence files of the current tenant, and what they need of activities and reports. */
@Injectable()
export class EvidenceRepository {
  /** The activity; `lock` holds it against a concurrent deletion until the transaction ends. */
  activityOf(em: EntityManager, id: string, lock = false): Promise<EvidenceActivityRow | null> {
    const query = qb
      .selectFrom('activities.activities')
      .select(['id', 'unit_id as unitId', 'occurred_on as occurredOn', 'deleted_at as deletedAt'])
      .where('id', '=', id);
    return firstOf(em, lock ? query.forShare() : query);
  }

  activitiesOf(em: EntityManager, ids: readonly string[]): Promise<EvidenceActivityRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return rowsOf(
      em,
      qb
        .selectFrom('activities.activities')
        .select(['id', 'unit_id as unitId', 'occurred_on as occurredOn', 'deleted_at as deletedAt'])
        .where('id', 'in', [...ids]),
    );
  }

  /** The unit's frozen report (submitted or further on) of a period whose data window holds the date, if any. */
  frozenReportHolding(em: EntityManager, unitId: string, date: string): Promise<FrozenReportRow | null> {
    return firstOf(
      em,
      qb
        .selectFrom('reports.report_directory as r')
        .innerJoin('reports.period_directory as p', 'p.id', 'r.period_id')
        .select(['p.year', 'p.kind', 'p.window_start as windowStart', 'p.window_end as windowEnd'])
        .where('r.unit_id', '=', unitId)
        .where('r.frozen', '=', true)
        .where('p.window_start', '<=', date)
        .where('p.window_end', '>=', date)
        .orderBy('p.window_start')
        .limit(1),
    ) as Promise<FrozenReportRow | null>;
  }

  async insert(
    em: EntityManager,
    f: Omit<EvidenceFileRow, 'uploadedAt'> & { uploadedBy: string },
  ): Promise<EvidenceFileRow> {
    const inserted = await firstOf(
      em,
      qb
        .insertInto('activities.evidence_files')
        .values({
          tenant_id: currentTenant(),
          id: f.id,
          activity_id: f.activityId,
          file_name: f.fileName,
          content_type: f.contentType,
          size_bytes: f.sizeBytes,
          sha256: f.sha256,
          storage_key: f.storageKey,
          uploaded_by: f.uploadedBy,
        })
        .returning(['uploaded_at as uploadedAt']),
    );
    return { ...f, uploadedAt: (inserted as { uploadedAt: Date }).uploadedAt };
  }

  /** A file not removed; `lock` holds it for a removal. */
  fileOf(em: EntityManager, id: string, lock = false): Promise<EvidenceFileRow | null> {
    const query = files().where('id', '=', id).where('removed_at', 'is', null);
    return firstOf(em, lock ? query.forUpdate() : query);
  }

  /** The files not removed of the activities, oldest first. */
  filesOf(em: EntityManager, activityIds: readonly string[]): Promise<EvidenceFileRow[]> {
    if (activityIds.length === 0) return Promise.resolve([]);
    return rowsOf(em, files().where('activity_id', 'in', [...activityIds]).where('removed_at', 'is', null).orderBy('uploaded_at').orderBy('id'));
  }

  async markRemoved(em: EntityManager, id: string, by: string, reason: string): Promise<void> {
    await execute(
      em,
      qb
        .updateTable('activities.evidence_files')
        .set({ removed_at: appNow(), removed_by: by, removal_reason: reason })
        .where('id', '=', id)
        .where('removed_at', 'is', null),
    );
  }
}
