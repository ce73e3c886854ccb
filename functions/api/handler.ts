import { createApp } from '../../shared/http/app.js';
import type { Services } from '../../shared/adapters/wiring.js';

/** The Hono app over a set of services (Lambda and the local stack build the services differently). */
export function createApiApp(services: Services) {
  return createApp({
    ingest: services.ingest,
    queries: services.queries,
    apiKeys: services.apiKeys,
    raw: services.raw,
    reprocess: services.reprocess,
    maxUploadBytes: services.config.MAX_UPLOAD_BYTES,
    presignExpiresSeconds: services.config.PRESIGN_EXPIRES_SECONDS,
    corsOrigins: services.config.CORS_ORIGINS,
  });
}
