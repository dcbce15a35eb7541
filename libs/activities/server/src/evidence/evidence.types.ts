import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { InputSchema } from '@qcdc/shared/subgraph';
import { evidenceFilesArgs, removeEvidenceFileInput } from '@qcdc/activities/domain';

/** A file kept as evidence of an activity (biên bản, ảnh chụp, bản quét); its bytes come from `downloadPath`. */
@ObjectType()
export class EvidenceFile {
  @Field(() => ID) id: string;
  @Field(() => ID) activityId: string;
  @Field({ description: 'The name as uploaded, cleaned for display and download' }) fileName: string;
  @Field({ description: 'The type found in the content: PDF, JPEG, PNG, DOCX, XLSX or ODT' }) contentType: string;
  @Field(() => Int) sizeBytes: number;
  @Field() uploadedAt: Date;
  @Field({ description: 'GET it from the gateway with the bearer token: "/evidence/<id>"' }) downloadPath: string;
}

// Each input class is checked by its schema from @qcdc/activities/domain before the resolver runs (InputPipe).

@ArgsType()
@InputSchema(evidenceFilesArgs)
export class EvidenceFilesArgs {
  @Field(() => [ID], { description: 'At most 200 activities' }) activityIds: string[];
}

@InputType()
@InputSchema(removeEvidenceFileInput)
export class RemoveEvidenceFileInput {
  @Field(() => ID) id: string;
  @Field() reason: string;
}
