import { createApp } from '../../shared/http/app.js';
import type { ApiServices } from '../../shared/adapters/wiring/api.js';

/** The Hono app over a set of services (Lambda and the local stack build the services differently). */
export function createApiApp(services: Pick<ApiServices, 'ingest' | 'queries' | 'removal' | 'apiKeys' | 'limiter' | 'presigner' | 'reprocess' | 'config'>) {
  return createApp({
    ingest: services.ingest,
    queries: services.queries,
    removal: services.removal,
    apiKeys: services.apiKeys,
    limiter: services.limiter,
    defaultLimit: { perSecond: services.config.RATE_LIMIT_PER_SECOND, burst: services.config.RATE_LIMIT_BURST },
    readAccess: services.config.READ_ACCESS,
    presigner: services.presigner,
    reprocess: services.reprocess,
    maxUploadBytes: services.config.MAX_UPLOAD_BYTES,
    presignExpiresSeconds: services.config.PRESIGN_EXPIRES_SECONDS,
    corsOrigins: services.config.CORS_ORIGINS,
  });
}
