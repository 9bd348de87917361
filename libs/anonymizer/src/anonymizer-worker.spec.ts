import { anonymizeTexts } from './anonymize';
import { AnonymizerWorker } from './anonymizer-worker';

const texts = (index: number) => ({
  facts: `Потерпевшая Айгерим Жумагалиева (case ${index}) позвонила по номеру +7 701 987 65 43.`,
  summary: `Victim ${index}: Dilnoza Karimova, passport AB1234567.`,
});

describe('AnonymizerWorker', () => {
  it('answers each request with what anonymizeTexts gives, in threads of its own', async () => {
    const worker = new AnonymizerWorker({ threads: 2 });
    try {
      const answers = await Promise.all(Array.from({ length: 12 }, (_, index) => worker.anonymizeTexts(texts(index))));
      answers.forEach((answer, index) => expect(answer).toEqual(anonymizeTexts(texts(index))));
    } finally {
      await worker.onModuleDestroy();
    }
  }, 60_000);

  it('starts a second thread only when the first is busy', async () => {
    const worker = new AnonymizerWorker({ threads: 2 });
    try {
      await worker.anonymizeTexts(texts(1));
      await worker.anonymizeTexts(texts(2));
      expect(worker.running).toBe(1);
      await Promise.all([worker.anonymizeTexts(texts(3)), worker.anonymizeTexts(texts(4))]);
      expect(worker.running).toBe(2);
      await Promise.all([1, 2, 3, 4].map((index) => worker.anonymizeTexts(texts(index))));
      expect(worker.running).toBe(2);
    } finally {
      await worker.onModuleDestroy();
    }
    expect(worker.running).toBe(0);
  }, 60_000);

  it('runs one thread unless asked for more', async () => {
    const worker = new AnonymizerWorker();
    try {
      await Promise.all([1, 2, 3].map((index) => worker.anonymizeTexts(texts(index))));
      expect(worker.running).toBe(1);
    } finally {
      await worker.onModuleDestroy();
    }
  }, 60_000);
});
