import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnonymizedTexts } from './anonymize';
import type { EntityType } from './types';

// Beside this file, in the sources and in dist/ alike.
const WORKER = join(__dirname, 'anonymize.worker');

type Extra<Field extends string> = { field: Field; start: number; end: number; type: EntityType }[];

/** One thread of the pool and the requests waiting on it. */
interface Thread {
  worker: Worker;
  pending: Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>;
}

/**
 * Worker threads for the anonymizer: a 200,000-character text takes a noticeable part of a
 * second, which on the event loop would hold up every other request (health checks included).
 * Each request goes to the thread with the fewest waiting (`threads`, one unless asked: an import
 * keeps every core busy with them); a thread is started on first use and again if it dies. No
 * framework: a NestJS module provides it, and calls `onModuleDestroy` on shutdown.
 */
export class AnonymizerWorker {
  private readonly threads: (Thread | null)[];
  private nextId = 0;

  constructor(options: { threads?: number } = {}) {
    this.threads = Array.from({ length: Math.max(1, options.threads ?? 1) }, () => null);
  }

  anonymizeTexts<Field extends string>(
    fields: Record<Field, string>,
    options: { extra?: Extra<Field> } = {},
  ): Promise<AnonymizedTexts<Field>> {
    const thread = this.leastBusy();
    const id = this.nextId++;
    return new Promise<AnonymizedTexts<Field>>((resolve, reject) => {
      thread.pending.set(id, { resolve: resolve as (value: never) => void, reject });
      // Held while it has work, so a waiting request keeps the process alive; idle, it does not.
      thread.worker.ref();
      thread.worker.postMessage({ id, fields, extra: options.extra });
    });
  }

  /** How many threads are running now. */
  get running(): number {
    return this.threads.filter((thread) => thread !== null).length;
  }

  async onModuleDestroy(): Promise<void> {
    const running = this.threads.filter((thread): thread is Thread => thread !== null);
    this.threads.fill(null);
    await Promise.all(running.map((thread) => thread.worker.terminate()));
  }

  /** An idle thread, else one not started yet, else the one with the fewest requests waiting. */
  private leastBusy(): Thread {
    const running = this.threads.filter((thread): thread is Thread => thread !== null);
    const best = running.reduce<Thread | undefined>(
      (fewest, thread) => (fewest === undefined || thread.pending.size < fewest.pending.size ? thread : fewest),
      undefined,
    );
    if (best !== undefined && best.pending.size === 0) return best;
    const unstarted = this.threads.indexOf(null);
    return unstarted === -1 ? best! : this.start(unstarted);
  }

  private start(position: number): Thread {
    // Compiled: the .js beside it. From the TypeScript sources (tests): through tsx.
    const compiled = `${WORKER}.js`;
    const worker = existsSync(compiled)
      ? new Worker(compiled)
      : new Worker(`${WORKER}.ts`, { execArgv: ['--require', 'tsx/cjs'] });
    const thread: Thread = { worker, pending: new Map() };
    worker.on('message', (message: { id: number; result?: never; error?: string }) => {
      const waiting = thread.pending.get(message.id);
      thread.pending.delete(message.id);
      if (thread.pending.size === 0) worker.unref();
      if (message.error !== undefined) waiting?.reject(new Error(`anonymizer worker: ${message.error}`));
      else waiting?.resolve(message.result!);
    });
    const fail = (error: Error) => {
      if (this.threads[position] === thread) this.threads[position] = null;
      for (const waiting of thread.pending.values()) waiting.reject(error);
      thread.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`anonymizer worker exited with code ${code}`)));
    worker.unref();
    this.threads[position] = thread;
    return thread;
  }
}
