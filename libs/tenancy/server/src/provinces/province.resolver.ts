import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, Public } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { Province, ProvinceListing } from '../graphql-types';
import { CreateProvinceInput, ProvinceIdArgs } from '../inputs';
import { ProvinceService } from './province.service';

@Resolver(() => Province)
export class ProvinceResolver {
  constructor(private readonly service: ProvinceService) {}

  @Public()
  @Query(() => [ProvinceListing], { description: 'Provinces one can sign in to (suspended ones read only)' })
  provinceDirectory(): Promise<ProvinceListing[]> {
    return this.service.directory();
  }

  @Query(() => [Province], { description: 'Platform admin: every province' })
  provinces(@CurrentCaller() caller: Caller): Promise<Province[]> {
    return this.service.list(caller);
  }

  @Mutation(() => Province, { description: 'Platform admin: a province with its committee and first admin' })
  createProvince(@CurrentCaller() caller: Caller, @Args('input') input: CreateProvinceInput): Promise<Province> {
    return this.service.create(caller, input);
  }

  @Mutation(() => Province, { description: 'Platform admin: the province becomes read-only' })
  suspendProvince(@CurrentCaller() caller: Caller, @Args() { id }: ProvinceIdArgs): Promise<Province> {
    return this.service.setStatus(caller, id, 'SUSPENDED');
  }

  @Mutation(() => Province, { description: 'Platform admin: the province may write again' })
  reactivateProvince(@CurrentCaller() caller: Caller, @Args() { id }: ProvinceIdArgs): Promise<Province> {
    return this.service.setStatus(caller, id, 'ACTIVE');
  }
}
