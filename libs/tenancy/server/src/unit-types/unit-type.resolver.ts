import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { UnitType } from '../graphql-types';
import { CreateUnitTypeInput, UpdateUnitTypeInput } from '../inputs';
import { UnitTypeService } from './unit-type.service';

@Resolver(() => UnitType)
export class UnitTypeResolver {
  constructor(private readonly service: UnitTypeService) {}

  @Query(() => [UnitType], { description: "The province's unit types in order, inactive ones included (active: false)" })
  unitTypes(): Promise<UnitType[]> {
    return this.service.list();
  }

  @Mutation(() => UnitType, { description: "Province admin: a new type for the province's reporting units" })
  createUnitType(@CurrentCaller() caller: Caller, @Args('input') input: CreateUnitTypeInput): Promise<UnitType> {
    return this.service.create(caller, input);
  }

  @Mutation(() => UnitType, { description: "Province admin: a type's names, or whether new units may take it (it is never deleted)" })
  updateUnitType(@CurrentCaller() caller: Caller, @Args('input') input: UpdateUnitTypeInput): Promise<UnitType> {
    return this.service.update(caller, input);
  }
}
