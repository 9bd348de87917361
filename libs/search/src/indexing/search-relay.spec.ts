import { nextRelayBatchSize, RELAY_BATCH_SIZE, RELAY_MAX_BATCH_SIZE } from './search-relay';

describe('nextRelayBatchSize (a relay sizes its batches by the backlog)', () => {
  it('doubles the batch while the outbox fills it, up to the largest', () => {
    const sizes = [RELAY_BATCH_SIZE];
    while (sizes.length < 6) sizes.push(nextRelayBatchSize(sizes.at(-1)!, sizes.at(-1)!));
    expect(sizes).toEqual([200, 400, 800, 1000, 1000, 1000]);
    expect(RELAY_MAX_BATCH_SIZE).toBe(1000);
  });

  it('goes back to the first size once a batch is not filled', () => {
    expect(nextRelayBatchSize(800, 799)).toBe(RELAY_BATCH_SIZE);
    expect(nextRelayBatchSize(RELAY_BATCH_SIZE, 3)).toBe(RELAY_BATCH_SIZE);
    expect(nextRelayBatchSize(RELAY_BATCH_SIZE, 0)).toBe(RELAY_BATCH_SIZE);
  });
});
