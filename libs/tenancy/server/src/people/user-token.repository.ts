import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { appNow, currentTenant, execute, firstOf, qb } from '@qcdc/shared/db';
import { LinkPurpose } from '@qcdc/tenancy/domain';

export interface UserTokenRow {
  id: string;
  userId: string;
  purpose: LinkPurpose;
  secretHash: Buffer;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

/** The single-use links of the current tenant (invitations, password resets); only hashes of their secrets. */
@Injectable()
export class UserTokenRepository {
  /** A new link for the user; the open links of the same purpose stop working (the newest mail counts). */
  async issue(em: EntityManager, token: { userId: string; purpose: LinkPurpose; secretHash: Buffer; expiresAt: Date }): Promise<string> {
    await this.revokeOpen(em, token.userId, token.purpose);
    const row = await firstOf(
      em,
      qb
        .insertInto('tenancy.user_tokens')
        .values({
          tenant_id: currentTenant(),
          user_id: token.userId,
          purpose: token.purpose,
          secret_hash: token.secretHash,
          expires_at: token.expiresAt,
        })
        .returning('id'),
    );
    return (row as { id: string }).id;
  }

  /** Locks the row: two uses of one link race to a single winner. */
  async findForUpdate(em: EntityManager, id: string): Promise<UserTokenRow | null> {
    const row = await firstOf(
      em,
      qb
        .selectFrom('tenancy.user_tokens')
        .select([
          'id',
          'user_id as userId',
          'purpose',
          'secret_hash as secretHash',
          'expires_at as expiresAt',
          'used_at as usedAt',
          'revoked_at as revokedAt',
        ])
        .where('id', '=', id)
        .forUpdate(),
    );
    return row ? { ...row, purpose: row.purpose as LinkPurpose } : null;
  }

  async markUsed(em: EntityManager, id: string): Promise<void> {
    await execute(em, qb.updateTable('tenancy.user_tokens').set({ used_at: appNow() }).where('id', '=', id));
  }

  async revokeOpen(em: EntityManager, userId: string, purpose?: LinkPurpose): Promise<void> {
    let query = qb
      .updateTable('tenancy.user_tokens')
      .set({ revoked_at: appNow() })
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null);
    if (purpose) query = query.where('purpose', '=', purpose);
    await execute(em, query);
  }
}
