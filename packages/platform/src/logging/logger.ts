import { pino, type Logger } from 'pino';

export type { Logger };

/** One JSON logger per process component; request loggers are children carrying `requestId`. */
export function createLogger(name: string, level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name,
    level,
    base: { service: name },
    redact: {
      paths: ['req.headers.authorization', '*.password', '*.refreshToken', '*.accessToken'],
      censor: '[redacted]',
    },
  });
}
