import { ExecutionAlreadyExists, StartExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn';

/** Starts one pipeline execution per document; the deterministic name makes duplicates harmless. */
export class StepFunctionsWorkflow {
  constructor(private readonly sfn: SFNClient, private readonly stateMachineArn: string) {}

  async start(name: string, input: unknown): Promise<'started' | 'already-exists'> {
    try {
      await this.sfn.send(new StartExecutionCommand({ stateMachineArn: this.stateMachineArn, name, input: JSON.stringify(input) }));
      return 'started';
    } catch (error) {
      // Same name, different input (a re-delivery with a newer receivedAt) or a finished execution: not new work.
      if (error instanceof ExecutionAlreadyExists || (error as { name?: string }).name === 'ExecutionAlreadyExists') return 'already-exists';
      throw error;
    }
  }
}
