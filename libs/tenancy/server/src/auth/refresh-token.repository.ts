import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { appNow, currentTenant, execute, firstOf, qb } from '@qcdc/shared/db';

export interface RefreshTokenRow {
  id: string;
  userId: string;
  familyId: string;
  secretHash: Buffer;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  /** The token its renewal issued. */
  replacedBy: string | null;
}

const COLUMNS = [
  'id',
  'user_id as userId',
  'family_id as familyId',
  'secret_hash as secretHash',
  'expires_at as expiresAt',
  'used_at as usedAt',
  'revoked_at as revokedAt',
  'replaced_by as replacedBy',
] as const;

/**
 * Refresh tokens of the current tenant, each of a session (`familyId`); only hashes of their secrets are stored.
 * They are revoked by ending their session (SessionRepository).
 */
@Injectable()
export class RefreshTokenRepository {
  async insert(
    em: EntityManager,
    token: { userId: string; familyId: string; secretHash: Buffer; expiresAt: Date },
  ): Promise<string> {
    const row = await firstOf(
      em,
      qb
        .insertInto('tenancy.refresh_tokens')
        .values({
          tenant_id: currentTenant(),
          user_id: token.userId,
          family_id: token.familyId,
          secret_hash: token.secretHash,
          expires_at: token.expiresAt,
        })
        .returning('id'),
    );
    return (row as { id: string }).id;
  }

  find(em: EntityManager, id: string): Promise<RefreshTokenRow | null> {
    return firstOf(em, qb.selectFrom('tenancy.refresh_tokens').select(COLUMNS).where('id', '=', id));
  }

  /** Locks the row: two refreshes with one token race to a single winner. */
  findForUpdate(em: EntityManager, id: string): Promise<RefreshTokenRow | null> {
    return firstOf(em, qb.selectFrom('tenancy.refresh_tokens').select(COLUMNS).where('id', '=', id).forUpdate());
  }

  async markUsed(em: EntityManager, id: string): Promise<void> {
    await execute(em, qb.updateTable('tenancy.refresh_tokens').set({ used_at: appNow() }).where('id', '=', id).where('used_at', 'is', null));
  }

  async replacedBy(em: EntityManager, id: string, successorId: string): Promise<void> {
    await execute(em, qb.updateTable('tenancy.refresh_tokens').set({ replaced_by: successorId }).where('id', '=', id));
  }
}
