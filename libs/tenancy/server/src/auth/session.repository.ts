import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { appNow, currentTenant, execute, firstOf, qb, rowsOf } from '@qcdc/shared/db';
import { SessionEndReason } from '@qcdc/tenancy/domain';

export interface SessionRow {
  id: string;
  userId: string;
  startedAt: Date;
  renewedAt: Date;
  expiresAt: Date;
  clientAddress: string;
  userAgent: string;
}

const COLUMNS = [
  'id',
  'user_id as userId',
  'started_at as startedAt',
  'renewed_at as renewedAt',
  'expires_at as expiresAt',
  'client_address as clientAddress',
  'user_agent as userAgent',
] as const;

/**
 * Sessions (sign-ins) of the current tenant. Ending one sets its end and revokes its refresh tokens in the
 * same statement's transaction; from then on `tenancy.session_is_live` refuses its access tokens too.
 */
@Injectable()
export class SessionRepository {
  async insert(
    em: EntityManager,
    session: { id: string; userId: string; expiresAt: Date; clientAddress: string; userAgent: string },
  ): Promise<void> {
    await execute(
      em,
      qb.insertInto('tenancy.sessions').values({
        tenant_id: currentTenant(),
        id: session.id,
        user_id: session.userId,
        expires_at: session.expiresAt,
        client_address: session.clientAddress,
        user_agent: session.userAgent,
      }),
    );
  }

  /** A session that has not ended, locked: renewals of one session take turns. */
  findLiveForUpdate(em: EntityManager, id: string): Promise<SessionRow | null> {
    return firstOf(em, qb.selectFrom('tenancy.sessions').select(COLUMNS).where('id', '=', id).where('ended_at', 'is', null).forUpdate());
  }

  /** The person's sessions that can still be renewed, the most recently used first. */
  listLiveOf(em: EntityManager, userId: string): Promise<SessionRow[]> {
    return rowsOf(
      em,
      qb
        .selectFrom('tenancy.sessions')
        .select(COLUMNS)
        .where('user_id', '=', userId)
        .where('ended_at', 'is', null)
        .where('expires_at', '>', appNow())
        .orderBy('renewed_at', 'desc')
        .orderBy('id'),
    );
  }

  async renewed(em: EntityManager, id: string, expiresAt: Date): Promise<void> {
    await execute(em, qb.updateTable('tenancy.sessions').set({ renewed_at: appNow(), expires_at: expiresAt }).where('id', '=', id));
  }

  /** Ends one session (if it has not ended; if `userId` is given, only one of that person's); returns whether it was live. */
  async end(em: EntityManager, id: string, reason: SessionEndReason, userId?: string): Promise<boolean> {
    const ended = await this.endWhere(em, reason, { id, userId });
    return ended.length > 0;
  }

  /** Ends every live session of the person; returns the ids ended. */
  endAllOf(em: EntityManager, userId: string, reason: SessionEndReason): Promise<string[]> {
    return this.endWhere(em, reason, { userId });
  }

  private async endWhere(em: EntityManager, reason: SessionEndReason, which: { id?: string; userId?: string }): Promise<string[]> {
    let update = qb.updateTable('tenancy.sessions').set({ ended_at: appNow(), end_reason: reason }).where('ended_at', 'is', null);
    if (which.id) update = update.where('id', '=', which.id);
    if (which.userId) update = update.where('user_id', '=', which.userId);
    const ended = (await rowsOf(em, update.returning('id'))).map((r) => r.id);
    if (ended.length > 0) {
      await execute(
        em,
        qb.updateTable('tenancy.refresh_tokens').set({ revoked_at: appNow() }).where('family_id', 'in', ended).where('revoked_at', 'is', null),
      );
    }
    return ended;
  }
}
