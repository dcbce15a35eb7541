import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { User } from '../graphql-types';
import { CreateUserInput } from '../inputs';
import { toUser } from '../to-graphql';
import { UserService } from './user.service';

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly service: UserService) {}

  @Query(() => [User], { description: 'Province admin: the users of the province, with their memberships' })
  async users(@CurrentCaller() caller: Caller): Promise<User[]> {
    return (await this.service.list(caller)).map(toUser);
  }

  @Mutation(() => User, { description: 'Province admin: a user with one membership (role on an org unit)' })
  async createUser(@CurrentCaller() caller: Caller, @Args('input') input: CreateUserInput): Promise<User> {
    return toUser(await this.service.create(caller, input));
  }
}
