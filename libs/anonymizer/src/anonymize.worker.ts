/**
 * Runs anonymizeTexts off the API's event loop (worker_threads), so a long text being
 * anonymized does not hold up other requests. Messages: { id, fields, extra } → { id, result }
 * or { id, error }.
 */
import { parentPort } from 'node:worker_threads';
import { anonymizeTexts } from './anonymize';

parentPort!.on('message', (message: { id: number; fields: Record<string, string>; extra?: never[] }) => {
  try {
    parentPort!.postMessage({ id: message.id, result: anonymizeTexts(message.fields, { extra: message.extra }) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: (error as Error).message });
  }
});
