import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import type { Services } from '../../shared/adapters/wiring.js';
import { handleQueueBody } from '../../shared/handlers/process-record.js';
import { logger } from '../../shared/logger.js';

/** SQS batches (S3 notifications and re-processing messages) with partial batch failures. */
export function createProcessHandler(services: Pick<Services, 'process' | 'reprocess'>) {
  const processor = new BatchProcessor(EventType.SQS);
  const recordHandler = async (record: SQSRecord): Promise<void> => {
    logger.appendKeys({ messageId: record.messageId });
    try {
      await handleQueueBody(record.body, services);
    } finally {
      logger.removeKeys(['messageId']);
    }
  };
  return (event: SQSEvent, context?: Context) => processPartialResponse(event, recordHandler, processor, { context: context as Context });
}
