import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Caller } from '@qcdc/shared/contracts';

/** The verified caller of the current GraphQL operation. */
export const CurrentCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Caller => GqlExecutionContext.create(context).getContext().req.user,
);
