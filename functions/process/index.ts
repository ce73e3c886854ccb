import { buildProcessServices } from '../../shared/adapters/wiring/process.js';
import { config } from '../../shared/config.js';
import { createProcessHandler } from './handler.js';

/** Lambda entry point: the processing queue's event source mapping. */
export const handler = createProcessHandler(buildProcessServices(config()));
