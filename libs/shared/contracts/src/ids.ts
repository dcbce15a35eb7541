/** The id of every object: a UUID, as PostgreSQL's gen_random_uuid() makes them (any case). */
export const UUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const UUID = new RegExp(`^${UUID_PATTERN}$`, 'i');

/** Whether a value is an id at all; anything else names nothing. */
export const isUuid = (value: string): boolean => UUID.test(value);

/**
 * A request id as the gateway forwards it (`x-request-id`): the client's, if it is a plain token of at most 128
 * characters, else one the gateway made.
 */
export const isRequestId = (value: string): boolean => /^[A-Za-z0-9._:/-]{1,128}$/.test(value);
