import { Logger } from '@aws-lambda-powertools/logger';

/**
 * Structured JSON logs, one line per event. Handlers append request and
 * article ids with `logger.appendKeys` so every line carries them.
 */
export const logger = new Logger({ serviceName: 'copydesk', logLevel: (process.env.LOG_LEVEL as 'INFO') ?? 'INFO' });
