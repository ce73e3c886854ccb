import { handle } from 'hono/aws-lambda';
import { buildApiServices } from '../../shared/adapters/wiring/api.js';
import { config } from '../../shared/config.js';
import { createApiApp } from './handler.js';

/** Lambda entry point: API Gateway v2 (HTTP API) events to the Hono app. */
export const handler = handle(createApiApp(buildApiServices(config(), { maxAttempts: 3 })));
