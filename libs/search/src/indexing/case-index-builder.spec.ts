import { errors } from '@elastic/elasticsearch';
import type { OperationResult } from './case-index';
import { writeThroughBusyCluster } from './case-index-builder';

const NO_PAUSE = { pauseMs: 0 };
const done: OperationResult = { done: true };
const timedOut = () => new errors.TimeoutError('Request timed out');
const answered = (statusCode: number) =>
  new errors.ResponseError({ statusCode, body: {}, headers: {}, warnings: null, meta: {} as never });

/** A bulk request that answers, in turn, each of `answers` (an error is thrown). */
function sequence(...answers: (OperationResult[] | Error)[]) {
  const sent = { count: 0 };
  const send = async () => {
    const answer = answers[sent.count++];
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { send, sent };
}

describe('writeThroughBusyCluster (a bulk request of the rebuild)', () => {
  it('sends a request again when the cluster timed out, was overloaded or failed, until it is done', async () => {
    const { send, sent } = sequence(timedOut(), answered(429), answered(503), [done, done]);
    const retries: number[] = [];
    await writeThroughBusyCluster(send, (attempt) => retries.push(attempt), NO_PAUSE);
    expect(sent.count).toBe(4);
    expect(retries).toEqual([1, 2, 3]);
  });

  it('sends it again when the node turned documents away for being busy', async () => {
    const busy: OperationResult = { done: false, reason: 'es_rejected_execution_exception: rejected execution' };
    const { send, sent } = sequence([done, busy], [done, done]);
    await writeThroughBusyCluster(send, () => undefined, NO_PAUSE);
    expect(sent.count).toBe(2);
  });

  it('fails at once when a document itself is refused, or the request is (4xx)', async () => {
    const wrong: OperationResult = { done: false, reason: 'document_parsing_exception: failed to parse' };
    const refusedDocument = sequence([done, wrong], [done, done]);
    await expect(writeThroughBusyCluster(refusedDocument.send, () => undefined, NO_PAUSE)).rejects.toThrow(
      'the new index refused a case: document_parsing_exception',
    );
    expect(refusedDocument.sent.count).toBe(1);
    const badRequest = sequence(answered(400), [done]);
    await expect(writeThroughBusyCluster(badRequest.send, () => undefined, NO_PAUSE)).rejects.toBeInstanceOf(
      errors.ResponseError,
    );
    expect(badRequest.sent.count).toBe(1);
  });

  it('gives up after its attempts, with the last failure', async () => {
    const { send, sent } = sequence(timedOut(), timedOut(), timedOut(), timedOut(), [done]);
    await expect(writeThroughBusyCluster(send, () => undefined, NO_PAUSE)).rejects.toBeInstanceOf(errors.TimeoutError);
    expect(sent.count).toBe(4);
  });
});
