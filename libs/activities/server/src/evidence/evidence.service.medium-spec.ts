import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClsServiceManager } from 'nestjs-cls';
import { Client } from 'pg';
import { EntityManager } from 'typeorm';
import { AppConfig, loadConfig } from '@qcdc/shared/config';
import { Caller } from '@qcdc/shared/contracts';
import { TenantContext, TenantDb } from '@qcdc/shared/db';
import { ProvinceFixture, createPeriod, createProvince, insertActivity, ownerClient, tenantDbFor, tinyPdf } from '@qcdc/shared/testing';
import { DiskEvidenceStorage } from './disk-evidence-storage';
import { bytesOf } from './evidence-storage';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceService } from './evidence.service';

// The content's type is sniffed with file-type, an ES module jest cannot load; the e2e tests sniff for real.
jest.mock('./sniff-type', () => ({ sniffedContentType: async () => 'application/pdf' }));

/**
 * The upload against the real database as the activities role, with the bytes on a real disk: the row and the
 * stored file exist both or neither, whichever step fails.
 */
describe('evidence uploads (activities role, real PostgreSQL, disk storage)', () => {
  let owner: Client;
  let activities: { db: TenantDb; close: () => Promise<void> };
  let dir: string;
  let storage: DiskEvidenceStorage;
  let config: AppConfig;
  let p: ProvinceFixture;
  let reporter: Caller;
  let activityId: string;

  const as = <T>(caller: Caller, work: () => Promise<T>): Promise<T> =>
    ClsServiceManager.getClsService().run(() => {
      TenantContext.current().setCaller(caller);
      return work();
    });
  const rowsOf = async () => (await owner.query(`SELECT id FROM activities.evidence_files WHERE tenant_id = $1`, [p.tenantId])).rows;
  const storedOf = async () => fs.readdir(join(dir, p.tenantId)).catch(() => [] as string[]);
  const serviceWith = (repository: EvidenceRepository, store = storage) => new EvidenceService(activities.db, repository, store, config);

  beforeAll(async () => {
    owner = await ownerClient();
    activities = await tenantDbFor('activities');
    dir = await fs.mkdtemp(join(tmpdir(), 'qcdc-evidence-service-'));
    storage = new DiskEvidenceStorage(dir);
    config = { ...loadConfig('activities'), evidence: { maxBytes: 64 * 1024, storage: { kind: 'disk', dir } } };
  });

  beforeEach(async () => {
    p = await createProvince(owner, { units: 1 });
    await createPeriod(owner, p.tenantId);
    const userId = randomUUID();
    reporter = { userId, tenantId: p.tenantId, memberships: [{ role: 'UNIT_REPORTER', orgUnitId: p.unitIds[0] }] };
    activityId = await insertActivity(owner, { tenantId: p.tenantId, unitId: p.unitIds[0], occurredOn: '2026-03-01', recordedBy: userId });
  });

  afterAll(async () => {
    await activities.close();
    await owner.end();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('stores the bytes and writes the row, which names them', async () => {
    const pdf = tinyPdf();
    const row = await as(reporter, () => serviceWith(new EvidenceRepository()).upload(reporter, activityId, 'Biên bản.pdf', pdf));
    expect(row).toMatchObject({ activityId, fileName: 'Biên bản.pdf', contentType: 'application/pdf', sizeBytes: pdf.length });
    expect(await rowsOf()).toEqual([{ id: row.id }]);
    expect((await bytesOf(await storage.get(row.storageKey))).equals(pdf)).toBe(true);
  });

  it('deletes the stored bytes again when the row cannot be written', async () => {
    class FailingInsert extends EvidenceRepository {
      override async insert(): Promise<never> {
        throw new Error('the database went away');
      }
    }
    await expect(as(reporter, () => serviceWith(new FailingInsert()).upload(reporter, activityId, 'a.pdf', tinyPdf()))).rejects.toThrow(
      'the database went away',
    );
    expect(await rowsOf()).toEqual([]);
    expect(await storedOf()).toEqual([]);
  });

  it('deletes the stored bytes when the transaction fails after the insert, and keeps no row', async () => {
    class FailingAfterInsert extends EvidenceRepository {
      override async insert(em: EntityManager, f: Parameters<EvidenceRepository['insert']>[1]) {
        const row = await super.insert(em, f);
        await em.query(`SELECT 1 / 0`);
        return row;
      }
    }
    await expect(as(reporter, () => serviceWith(new FailingAfterInsert()).upload(reporter, activityId, 'a.pdf', tinyPdf()))).rejects.toThrow();
    expect(await rowsOf()).toEqual([]);
    expect(await storedOf()).toEqual([]);
  });

  it('writes no row when the bytes cannot be stored', async () => {
    const broken = new DiskEvidenceStorage(dir);
    broken.put = async () => {
      throw new Error('the disk is full');
    };
    await expect(as(reporter, () => serviceWith(new EvidenceRepository(), broken).upload(reporter, activityId, 'a.pdf', tinyPdf()))).rejects.toThrow(
      'the disk is full',
    );
    expect(await rowsOf()).toEqual([]);
  });

  it('refuses a file over the limit before storing anything', async () => {
    const big = Buffer.concat([tinyPdf(), Buffer.alloc(64 * 1024)]);
    await expect(as(reporter, () => serviceWith(new EvidenceRepository()).upload(reporter, activityId, 'a.pdf', big))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { reason: 'FILE_TOO_LARGE' },
    });
    expect(await storedOf()).toEqual([]);
  });
});
