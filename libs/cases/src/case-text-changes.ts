import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface CaseTexts {
  summary: string;
  facts: string;
}
type Listener = (manager: EntityManager, caseId: string, texts: CaseTexts, previous: CaseTexts) => Promise<void>;

/**
 * Work that has to happen in the transaction that changes a case's texts, by modules the cases
 * library must not depend on: annotations re-anchor here, so no annotation ever points at a
 * passage that moved (or is committed without its case's new text).
 */
@Injectable()
export class CaseTextChanges {
  private readonly listeners: Listener[] = [];

  listen(listener: Listener): void {
    this.listeners.push(listener);
  }

  async changed(manager: EntityManager, caseId: string, texts: CaseTexts, previous: CaseTexts): Promise<void> {
    if (texts.summary === previous.summary && texts.facts === previous.facts) return;
    for (const listener of this.listeners) await listener(manager, caseId, texts, previous);
  }
}
