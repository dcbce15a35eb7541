// The platform admin's queue board (Bull Board at <base>ops/queues/): the gateway opens it for a platform
// admin's access token, which it keeps in a cookie limited to <base>ops; the board is then a page of its own.
import { fromGraphQLError, networkError, type GraphQLErrorBody } from './errors';
import { withSession } from './request';

const OPS = `${import.meta.env.BASE_URL}ops`;

/** Opens the queue board's session, then the board itself in this tab. */
export async function openQueueBoard(): Promise<void> {
  await withSession(async (token) => {
    let res: Response;
    try {
      res = await fetch(`${OPS}/session`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    } catch {
      throw networkError();
    }
    if (res.ok) return;
    const body = (await res.json().catch(() => ({}))) as { errors?: GraphQLErrorBody[] };
    throw body.errors?.length ? fromGraphQLError(body.errors[0]) : networkError();
  });
  window.location.assign(`${OPS}/queues/`);
}
