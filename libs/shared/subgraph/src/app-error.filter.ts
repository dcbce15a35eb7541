import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from '@qcdc/shared/contracts';

/**
 * A person's mistake (AppError) is an answer, not an incident: hand it to GraphQL as it is, without the
 * ERROR log line and stack NestJS writes for unexpected exceptions. formatGraphQLError shapes it.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError): AppError {
    return error;
  }
}
