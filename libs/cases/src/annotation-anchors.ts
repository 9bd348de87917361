import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AnnotatedField } from '@caseatlas/contracts';
import { reanchor } from './anchoring';
import type { TextAnchor } from './anchoring';

/** A case's two annotated texts. */
export interface CaseTexts {
  summary: string;
  facts: string;
}

interface AnchorRow {
  id: string;
  field: AnnotatedField;
  quote_exact: string;
  quote_prefix: string;
  quote_suffix: string;
  position_start: number;
  position_end: number;
  orphaned: boolean;
}

/**
 * Re-anchoring, a step of every change of a case's texts: CaseRepository calls it in the
 * transaction that writes the new text, so no annotation ever points at a passage that moved, and
 * no path that changes a case (API, import, any later one) can leave it out. A passage no longer
 * found keeps its old quote and is flagged orphaned, never deleted.
 */
@Injectable()
export class AnnotationAnchors {
  async reanchor(manager: EntityManager, caseId: string, texts: CaseTexts, previous: CaseTexts): Promise<void> {
    if (texts.summary === previous.summary && texts.facts === previous.facts) return;
    const roots: AnchorRow[] = await manager.query(
      `SELECT id, field, quote_exact, quote_prefix, quote_suffix, position_start, position_end, orphaned
         FROM annotations WHERE case_id = $1 AND parent_id IS NULL ORDER BY id FOR UPDATE`,
      [caseId],
    );
    for (const root of roots) {
      const anchor: TextAnchor = {
        exact: root.quote_exact,
        prefix: root.quote_prefix,
        suffix: root.quote_suffix,
        start: root.position_start,
        end: root.position_end,
      };
      // An orphan's offsets say nothing about the old text: it is searched for without them.
      const placed = reanchor(texts[root.field], anchor, root.orphaned ? {} : { previousText: previous[root.field] });
      if (placed.orphaned) {
        if (!root.orphaned) await manager.query('UPDATE annotations SET orphaned = true WHERE id = $1', [root.id]);
        continue;
      }
      // Context is recomputed from the new text even where the passage stayed.
      await manager.query(
        `UPDATE annotations SET orphaned = false, quote_exact = $2, quote_prefix = $3, quote_suffix = $4,
                position_start = $5, position_end = $6 WHERE id = $1`,
        [
          root.id,
          placed.anchor.exact,
          placed.anchor.prefix,
          placed.anchor.suffix,
          placed.anchor.start,
          placed.anchor.end,
        ],
      );
    }
  }
}
