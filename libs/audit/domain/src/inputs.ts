import { z } from 'zod';
import { AppError, field } from '@qcdc/shared/contracts';
import { auditQueryOf } from './audit-query';

const optionalString = z.string().nullish();

/**
 * auditLog(filter, page), checked before the resolver runs: the shapes here, the values by `auditQueryOf`
 * (the same rules the service applies), whose refusal names the field (`from`, `size`, ...).
 */
export const auditLogArgs = z
  .object({
    filter: z
      .object({
        // Ids that are not ids name nothing: NOT_FOUND, as everywhere.
        userId: field.id({ vi: 'người dùng', en: 'user' }).nullish(),
        objectType: optionalString,
        objectId: field.id({ vi: 'đối tượng', en: 'object' }).nullish(),
        from: optionalString,
        to: optionalString,
      })
      .nullish(),
    page: z.object({ size: z.number().nullish(), offset: z.number().nullish() }).nullish(),
  })
  .transform((args, ctx) => {
    try {
      auditQueryOf(args.filter, args.page);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      ctx.addIssue({
        code: 'custom',
        message: error.messages.vi,
        params: { ...error.details, en: error.messages.en, code: error.code },
      });
      return z.NEVER;
    }
    return args;
  });
