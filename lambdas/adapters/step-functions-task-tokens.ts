import { SendTaskFailureCommand, SendTaskSuccessCommand, type SFNClient } from '@aws-sdk/client-sfn';
import type { DocumentRejectedError } from '../domain/errors';
import type { PipelineState } from '../use-cases/pipeline-state';
import type { TaskTokens } from '../use-cases/textract-jobs';

/**
 * Answers a state machine task that waits for a callback. A failure is sent in the shape a Lambda error has
 * (error name, and a Cause whose errorMessage is the rejection), so RecordFailure reads it like any other.
 */
export class StepFunctionsTaskTokens implements TaskTokens {
  constructor(private readonly sfn: Pick<SFNClient, 'send'>) {}

  async succeed(taskToken: string, output: PipelineState): Promise<void> {
    await this.sfn.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }));
  }

  async fail(taskToken: string, error: DocumentRejectedError): Promise<void> {
    await this.sfn.send(new SendTaskFailureCommand({
      taskToken,
      error: error.name,
      // Step Functions caps cause at 32,768 characters; the reason is far shorter.
      cause: JSON.stringify({ errorType: error.name, errorMessage: error.message }).slice(0, 32_768),
    }));
  }
}
