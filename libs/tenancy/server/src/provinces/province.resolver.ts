import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, Public } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { Province, ProvinceListing } from '../graphql-types';
import { CreateProvinceInput, ProvinceIdArgs, UpdateProvinceSettingsInput } from '../inputs';
import { toProvince, toProvinceListing } from '../to-graphql';
import { ProvinceService } from './province.service';

@Resolver(() => Province)
export class ProvinceResolver {
  constructor(private readonly service: ProvinceService) {}

  @Public()
  @Query(() => [ProvinceListing], { description: 'Provinces one can sign in to (suspended ones read only)' })
  async provinceDirectory(): Promise<ProvinceListing[]> {
    return (await this.service.directory()).map(toProvinceListing);
  }

  @Query(() => [Province], { description: 'Platform admin: every province' })
  async provinces(@CurrentCaller() caller: Caller): Promise<Province[]> {
    return (await this.service.list(caller)).map(toProvince);
  }

  @Mutation(() => Province, { description: 'Platform admin: a province with its committee and first admin' })
  async createProvince(@CurrentCaller() caller: Caller, @Args('input') input: CreateProvinceInput): Promise<Province> {
    return toProvince(await this.service.create(caller, input));
  }

  @Mutation(() => Province, { description: 'Platform admin: the province becomes read-only' })
  async suspendProvince(@CurrentCaller() caller: Caller, @Args() { id }: ProvinceIdArgs): Promise<Province> {
    return toProvince(await this.service.changeStatus(caller, id, 'suspend'));
  }

  @Mutation(() => Province, { description: 'Platform admin: the province may sign in and write again' })
  async reactivateProvince(@CurrentCaller() caller: Caller, @Args() { id }: ProvinceIdArgs): Promise<Province> {
    return toProvince(await this.service.changeStatus(caller, id, 'reactivate'));
  }

  @Mutation(() => Province, { description: 'Platform admin: the province is kept for the record; nobody signs in or writes' })
  async archiveProvince(@CurrentCaller() caller: Caller, @Args() { id }: ProvinceIdArgs): Promise<Province> {
    return toProvince(await this.service.changeStatus(caller, id, 'archive'));
  }

  @Mutation(() => Province, { description: "Platform admin: a province's document header, place, time zone and language" })
  async updateProvinceSettings(
    @CurrentCaller() caller: Caller,
    @Args('input') input: UpdateProvinceSettingsInput,
  ): Promise<Province> {
    return toProvince(await this.service.updateSettings(caller, input));
  }
}
