import { buildReprocessServices } from '../../shared/adapters/wiring/reprocess.js';
import { config } from '../../shared/config.js';
import { createReprocessHandler } from './handler.js';

/** Lambda entry point: the EventBridge schedule. */
export const handler = createReprocessHandler(buildReprocessServices(config()));
