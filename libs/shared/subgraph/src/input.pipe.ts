import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { parseInput } from '@qcdc/shared/contracts';

type InputClass = abstract new (...args: never[]) => unknown;

const schemas = new WeakMap<object, z.ZodType>();

/**
 * Names the one schema (from the domain lib) that checks a GraphQL @InputType or @ArgsType class. The
 * schema's output must fit the class, which is what the resolver receives. Every argument of every
 * operation is such a class: `@Args('input') input: XInput` or `@Args() args: XArgs`.
 */
export function InputSchema<S extends z.ZodType>(schema: S) {
  return <C extends InputClass>(target: z.output<S> extends InstanceType<C> ? C : never): void => {
    schemas.set(target, schema);
  };
}

/** The schema named for a class with @InputSchema, if any. */
export function inputSchemaOf(metatype: unknown): z.ZodType | undefined {
  return typeof metatype === 'function' ? schemas.get(metatype) : undefined;
}

/**
 * Checks every GraphQL argument with its class's schema after the guards and before the resolver runs, and
 * hands the resolver the parsed value (trimmed, normalised). A refused value is an AppError: BAD_USER_INPUT
 * (NOT_FOUND for a malformed id) naming the field. An argument whose class has no schema is refused as a
 * programming error, so no operation can take unchecked input.
 */
@Injectable()
export class InputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // @nestjs/graphql hands @Args() parameters to pipes as 'body' (like an HTTP body); the caller is 'custom'.
    if (metadata.type !== 'body') return value;
    const schema = inputSchemaOf(metadata.metatype);
    if (!schema) {
      throw new Error(
        `GraphQL argument "${metadata.data ?? '(all)'}" of type ${metadata.metatype?.name ?? 'unknown'} has no input schema: ` +
          'declare it as an @InputType or @ArgsType class with @InputSchema(schema).',
      );
    }
    return parseInput(schema, value);
  }
}
