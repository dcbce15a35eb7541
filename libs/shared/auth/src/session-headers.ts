/**
 * The refresh token between the gateway and the tenancy subgraph. A browser keeps it in an httpOnly cookie
 * that only the gateway reads: the gateway passes the cookie's value on in this header (to the tenancy
 * subgraph only), and turns the header of tenancy's answer (a new token, or empty to forget it) into the
 * cookie. Scripts in the page never see the token.
 */
export const REFRESH_TOKEN_HEADER = 'x-qcdc-refresh-token';

/** The browser's User-Agent as the gateway received it, for the list of sessions (the gateway sets it). */
export const CLIENT_USER_AGENT_HEADER = 'x-qcdc-user-agent';
