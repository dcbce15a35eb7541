import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, Public } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { InvitationPreview, SignInHint, User } from '../graphql-types';
import {
  AcceptInvitationInput,
  InviteUserInput,
  LinkTokenArgs,
  MembershipInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  UserIdArgs,
} from '../inputs';
import { toProvinceListing, toUser } from '../to-graphql';
import { PeopleService } from './people.service';

@Resolver()
export class PeopleResolver {
  constructor(private readonly people: PeopleService) {}

  @Mutation(() => User, { description: 'Province admin: invites a person by email with a first membership; the mail holds a single-use link' })
  async inviteUser(@CurrentCaller() caller: Caller, @Args('input') input: InviteUserInput): Promise<User> {
    return toUser(await this.people.invite(caller, input));
  }

  @Mutation(() => User, { description: 'Province admin: a new invitation mail for someone who has not accepted; the old link stops working' })
  async resendInvitation(@CurrentCaller() caller: Caller, @Args() { userId }: UserIdArgs): Promise<User> {
    return toUser(await this.people.resendInvitation(caller, userId));
  }

  @Public()
  @Query(() => InvitationPreview, { description: 'What an invitation link is for (LINK_INVALID, LINK_USED or LINK_EXPIRED when it cannot be used)' })
  async invitation(@Args() { token }: LinkTokenArgs): Promise<InvitationPreview> {
    const preview = await this.people.previewInvitation(token);
    return { ...preview, province: toProvinceListing(preview.province) };
  }

  @Public()
  @Mutation(() => SignInHint, { description: 'Nhận lời mời: chooses a username and a password; the link works once' })
  acceptInvitation(@Args('input') input: AcceptInvitationInput): Promise<SignInHint> {
    return this.people.acceptInvitation(input);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Quên mật khẩu: mails a reset link if the account exists; the same answer either way' })
  requestPasswordReset(@Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    return this.people.requestPasswordReset(input);
  }

  @Mutation(() => Boolean, { description: 'Province admin: mails the person a password reset link' })
  sendPasswordReset(@CurrentCaller() caller: Caller, @Args() { userId }: UserIdArgs): Promise<boolean> {
    return this.people.sendPasswordResetFor(caller, userId);
  }

  @Public()
  @Mutation(() => SignInHint, { description: 'Đặt lại mật khẩu with the link from the mail; every login of the account ends' })
  resetPassword(@Args('input') input: ResetPasswordInput): Promise<SignInHint> {
    return this.people.resetPassword(input);
  }

  @Mutation(() => User, { description: 'Province admin: the person can no longer sign in; their sessions stop refreshing' })
  async deactivateUser(@CurrentCaller() caller: Caller, @Args() { userId }: UserIdArgs): Promise<User> {
    return toUser(await this.people.setActive(caller, userId, false));
  }

  @Mutation(() => User, { description: 'Province admin: the person may sign in again' })
  async reactivateUser(@CurrentCaller() caller: Caller, @Args() { userId }: UserIdArgs): Promise<User> {
    return toUser(await this.people.setActive(caller, userId, true));
  }

  @Mutation(() => User, { description: 'Province admin: one more role on one more unit for a person' })
  async addMembership(@CurrentCaller() caller: Caller, @Args('input') input: MembershipInput): Promise<User> {
    return toUser(await this.people.addMembership(caller, input));
  }

  @Mutation(() => User, { description: 'Province admin: takes one role on one unit away (never the last)' })
  async removeMembership(@CurrentCaller() caller: Caller, @Args('input') input: MembershipInput): Promise<User> {
    return toUser(await this.people.removeMembership(caller, input));
  }
}
