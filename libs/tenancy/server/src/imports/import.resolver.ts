import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { ImportJob } from '../graphql-types';
import { ImportIdArgs } from '../inputs';
import { ImportService, ImportState } from './import.service';

const toImportJob = (state: ImportState): ImportJob => ({
  id: state.id,
  fileName: state.fileName,
  status: state.status,
  rowCount: state.rowCount,
  problemCount: state.problemCount,
  problems: state.problems,
  progress: state.progress,
  unitsCreated: state.unitsCreated,
  usersCreated: state.usersCreated,
  createdAt: state.createdAt,
});

/** The import's state for the screen that polls it, and its apply. The file itself comes by POST /imports. */
@Resolver()
export class ImportResolver {
  constructor(private readonly imports: ImportService) {}

  @Query(() => ImportJob, { description: 'Province admin: an import of the province, with its job’s progress and the problems found' })
  async importJob(@CurrentCaller() caller: Caller, @Args() { id }: ImportIdArgs): Promise<ImportJob> {
    return toImportJob(await this.imports.find(caller, id));
  }

  @Mutation(() => ImportJob, { description: 'Province admin: applies an import whose dry run found no problem; all or nothing, as a job' })
  async applyImport(@CurrentCaller() caller: Caller, @Args() { id }: ImportIdArgs): Promise<ImportJob> {
    return toImportJob(await this.imports.apply(caller, id));
  }
}
