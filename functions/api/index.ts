import { handle } from 'hono/aws-lambda';
import { buildApiServices } from '../../shared/adapters/wiring/api.js';
import { config } from '../../shared/config.js';
import { createApiApp } from './handler.js';

const services = buildApiServices(config(), { maxAttempts: 3 });
const app = handle(createApiApp(services));

/** Lambda entry point: API Gateway v2 (HTTP API) events to the Hono app; the request's metrics are written as it ends. */
export const handler: typeof app = async (event, context) => {
  try {
    return await app(event, context);
  } finally {
    services.metrics.flush();
  }
};
