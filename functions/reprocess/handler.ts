import type { ScheduledEvent } from 'aws-lambda';
import type { Services } from '../../shared/adapters/wiring/index.js';
import { logger } from '../../shared/logger.js';

/** Scheduled re-processing: resume stalled jobs, start one for stale articles. */
export function createReprocessHandler(services: Pick<Services, 'reprocess'>) {
  return async (event: Pick<ScheduledEvent, 'id'>) => {
    const result = await services.reprocess.scheduled();
    logger.info('scheduled re-processing', { eventId: event.id, ...result });
    return result;
  };
}
