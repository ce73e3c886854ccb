import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import type { Services } from '../../shared/adapters/wiring/index.js';
import { handleQueueBody } from '../../shared/handlers/process-record.js';
import { logger } from '../../shared/logger.js';

/** SQS batches (S3 notifications and re-processing messages) with partial batch failures. */
export function createProcessHandler(services: Pick<Services, 'process' | 'reprocess' | 'metrics'>) {
  const recordHandler = async (record: SQSRecord): Promise<void> => {
    logger.appendKeys({ messageId: record.messageId });
    try {
      await handleQueueBody(record.body, services);
    } finally {
      logger.removeKeys(['messageId']);
    }
  };
  // A processor per invocation: it holds the batch's state, and the local
  // stack runs invocations concurrently in one process. A batch whose
  // records all failed is answered like any other (every record listed).
  // The batch's metrics are written once, as it ends.
  return async (event: SQSEvent, context?: Context) => {
    try {
      return await processPartialResponse(event, recordHandler, new BatchProcessor(EventType.SQS), { context: context as Context, throwOnFullBatchFailure: false });
    } finally {
      services.metrics.flush();
    }
  };
}
