import { buildServices } from '../../shared/adapters/wiring.js';
import { config } from '../../shared/config.js';
import { createReprocessHandler } from './handler.js';

/** Lambda entry point: the EventBridge schedule. */
export const handler = createReprocessHandler(buildServices(config()));
