import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';

/**
 * Run a conditional write; a failed condition is an answer (someone else got
 * there first), not an error. Returns null in that case.
 */
export async function unlessConditionFails<T>(write: Promise<T>): Promise<T | null> {
  try {
    return await write;
  } catch (e) {
    if (e instanceof ConditionalCheckFailedException) return null;
    throw e;
  }
}
