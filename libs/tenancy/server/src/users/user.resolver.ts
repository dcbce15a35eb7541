import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { User } from '../graphql-types';
import { CreateUserInput } from '../inputs';
import { UserService } from './user.service';

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly service: UserService) {}

  @Query(() => [User], { description: 'Province admin: the users of the province, with their memberships' })
  users(@CurrentCaller() caller: Caller): Promise<User[]> {
    return this.service.list(caller);
  }

  @Mutation(() => User, { description: 'Province admin: a user with one membership (role on an org unit)' })
  createUser(@CurrentCaller() caller: Caller, @Args('input') input: CreateUserInput): Promise<User> {
    return this.service.create(caller, input);
  }
}
