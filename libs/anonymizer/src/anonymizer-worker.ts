import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnonymizedTexts } from './anonymize';
import type { EntityType } from './types';

// Beside this file, in the sources and in dist/ alike.
const WORKER = join(__dirname, 'anonymize.worker');

type Extra<Field extends string> = { field: Field; start: number; end: number; type: EntityType }[];

/**
 * One worker thread for the anonymizer: a 200,000-character text takes a noticeable part of a
 * second, which on the event loop would hold up every other request (health checks included).
 * Requests queue in the worker; it is started on first use and again if it dies. No framework:
 * a NestJS module provides it, and calls `onModuleDestroy` on shutdown.
 */
export class AnonymizerWorker {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();

  anonymizeTexts<Field extends string>(
    fields: Record<Field, string>,
    options: { extra?: Extra<Field> } = {},
  ): Promise<AnonymizedTexts<Field>> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<AnonymizedTexts<Field>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: never) => void, reject });
      // Held while it has work, so a waiting request keeps the process alive; idle, it does not.
      worker.ref();
      worker.postMessage({ id, fields, extra: options.extra });
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }

  private start(): Worker {
    // Compiled: the .js beside it. From the TypeScript sources (tests): through tsx.
    const compiled = `${WORKER}.js`;
    const worker = existsSync(compiled)
      ? new Worker(compiled)
      : new Worker(`${WORKER}.ts`, { execArgv: ['--require', 'tsx/cjs'] });
    worker.on('message', (message: { id: number; result?: never; error?: string }) => {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (this.pending.size === 0) worker.unref();
      if (message.error !== undefined) waiting?.reject(new Error(`anonymizer worker: ${message.error}`));
      else waiting?.resolve(message.result!);
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`anonymizer worker exited with code ${code}`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
