import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { EvidenceFile, EvidenceFilesArgs, RemoveEvidenceFileInput } from './evidence.types';
import { EvidenceService } from './evidence.service';
import { toEvidenceFile } from './to-graphql';

/** Listing and removing evidence; uploads and downloads are HTTP routes of the gateway (POST /evidence, GET /evidence/<id>). */
@Resolver(() => EvidenceFile)
export class EvidenceResolver {
  constructor(private readonly service: EvidenceService) {}

  @Query(() => [EvidenceFile], { description: 'The evidence files of the activities (at most 200), removed ones not listed' })
  async evidenceFiles(@CurrentCaller() caller: Caller, @Args() { activityIds }: EvidenceFilesArgs): Promise<EvidenceFile[]> {
    return (await this.service.list(caller, activityIds)).map(toEvidenceFile);
  }

  @Mutation(() => EvidenceFile, { description: "Unit reporter or head: removes an evidence file, with the reason (kept for the audit log)" })
  async removeEvidenceFile(@CurrentCaller() caller: Caller, @Args('input') input: RemoveEvidenceFileInput): Promise<EvidenceFile> {
    return toEvidenceFile(await this.service.remove(caller, input));
  }
}
