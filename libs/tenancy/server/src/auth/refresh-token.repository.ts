import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface RefreshTokenRow {
  id: string;
  userId: string;
  familyId: string;
  secretHash: Buffer;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

/** Refresh tokens of the current tenant; only hashes of their secrets are stored. */
@Injectable()
export class RefreshTokenRepository {
  async insert(
    em: EntityManager,
    token: { userId: string; familyId: string; secretHash: Buffer; expiresAt: Date },
  ): Promise<string> {
    const rows = await em.query(
      `INSERT INTO tenancy.refresh_tokens (tenant_id, user_id, family_id, secret_hash, expires_at)
       VALUES (qcdc.current_tenant(), $1, $2, $3, $4) RETURNING id`,
      [token.userId, token.familyId, token.secretHash, token.expiresAt],
    );
    return rows[0].id;
  }

  /** Locks the row: two refreshes with one token race to a single winner. */
  async findForUpdate(em: EntityManager, id: string): Promise<RefreshTokenRow | null> {
    const rows = await em.query(
      `SELECT id, user_id AS "userId", family_id AS "familyId", secret_hash AS "secretHash",
              expires_at AS "expiresAt", used_at AS "usedAt", revoked_at AS "revokedAt"
         FROM tenancy.refresh_tokens WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async markUsed(em: EntityManager, id: string): Promise<void> {
    await em.query(`UPDATE tenancy.refresh_tokens SET used_at = now() WHERE id = $1`, [id]);
  }

  async revokeFamily(em: EntityManager, familyId: string): Promise<void> {
    await em.query(
      `UPDATE tenancy.refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`,
      [familyId],
    );
  }
}
