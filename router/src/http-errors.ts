import type { ErrorRequestHandler } from 'express';

/**
 * Body-parser failures (too large, not JSON) as GraphQL-shaped JSON instead of express's HTML
 * page, so clients can read them like any other error.
 */
export function bodyErrorHandler(maxBodySize: string): ErrorRequestHandler {
  return (error: { status?: number; type?: string }, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = typeof error.status === 'number' ? error.status : 500;
    if (status === 413) {
      res.status(413).json({
        errors: [
          { message: `The request body is larger than ${maxBodySize}.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } },
        ],
      });
      return;
    }
    if (status === 400) {
      res.status(400).json({
        errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
      });
      return;
    }
    next(error);
  };
}
