/**
 * Who sees an annotation, in one place: its author, always (whatever becomes of the case, so they
 * can still read, export and delete their work); when it is shared, every reader of the case
 * (`readers`) or the members of its working group (`group`), while they may read the case. The
 * annotation service's SQL and the search's query over the indexed annotations are both written
 * from here; the permission table's row rule (`can`, scope `group`, in the contracts, which import
 * nothing) says the same for one row, and `annotation-visibility.spec.ts` holds the three together.
 * Pure.
 */

/** SQL for the rule, over the columns and the placeholders given (reader's id, their groups, the statuses they read). */
export function annotationVisibilitySql(
  columns: { author: string; visibility: string; group: string; caseStatus: string },
  placeholders: { reader: string; groups: string; readableStatuses: string },
): string {
  return `(${columns.author} = ${placeholders.reader}
           OR ((${columns.visibility} = 'readers'
                OR (${columns.visibility} = 'group' AND ${columns.group} = ANY(${placeholders.groups}::uuid[])))
               AND ${columns.caseStatus} = ANY(${placeholders.readableStatuses}::text[])))`;
}

/**
 * The rule as an Elasticsearch query inside the nested `annotations` of a case's document. The
 * case's own status is the case's row rule, applied to the whole document.
 */
export function annotationVisibilityQuery(readerId: string, groups: readonly string[]) {
  return {
    bool: {
      should: [
        { term: { 'annotations.authorId': readerId } },
        { term: { 'annotations.visibility': 'readers' } },
        {
          bool: {
            filter: [
              { term: { 'annotations.visibility': 'group' } },
              { terms: { 'annotations.groupId': [...groups] } },
            ],
          },
        },
      ],
      minimum_should_match: 1,
    },
  };
}
