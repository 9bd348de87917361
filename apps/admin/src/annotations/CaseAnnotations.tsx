import { createContext, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useGetIdentity, useGetList } from 'react-admin';
import { ANNOTATED_FIELDS } from '@caseatlas/contracts';
import type { AnnotationResponse } from '@caseatlas/contracts';

/** Whose annotations the panel and the highlights show: all, the reader's own, or one group's. */
export type AnnotationFilter = { who: 'all' | 'mine' | string; tag: string };

interface CaseAnnotationsValue {
  caseId: string;
  /** The roots the filter keeps, in the order of the text. */
  roots: AnnotationResponse[];
  repliesOf: (id: string) => AnnotationResponse[];
  /** Every tag used on the case's roots, for the tag filter. */
  tags: string[];
  filter: AnnotationFilter;
  setFilter: (filter: AnnotationFilter) => void;
  selectedId: string | null;
  select: (id: string | null) => void;
  refetch: () => void;
  isPending: boolean;
}

const CaseAnnotationsContext = createContext<CaseAnnotationsValue | null>(null);

// The summary is read before the facts.
const byPosition = (a: AnnotationResponse, b: AnnotationResponse) =>
  ANNOTATED_FIELDS.indexOf(a.field) - ANNOTATED_FIELDS.indexOf(b.field) ||
  (a.target?.start ?? 0) - (b.target?.start ?? 0);

/**
 * One read of the case's annotations shared by both texts and the side panel, so a click on a
 * highlight selects the thread beside it. The filter runs here rather than in the API: a tag
 * or group filter there would drop the replies of the threads it keeps.
 */
export const CaseAnnotationsProvider = ({ caseId, children }: { caseId: string; children: ReactNode }) => {
  const { identity } = useGetIdentity();
  const [filter, setFilter] = useState<AnnotationFilter>({ who: 'all', tag: '' });
  const [selectedId, select] = useState<string | null>(null);
  const { data, isPending, refetch } = useGetList<AnnotationResponse>('annotations', {
    filter: { caseId },
    sort: { field: 'createdAt', order: 'ASC' },
    pagination: { page: 1, perPage: 1000 },
  });

  const value = useMemo<CaseAnnotationsValue>(() => {
    const all = data ?? [];
    const keep = (root: AnnotationResponse) =>
      (filter.who === 'all' ||
        (filter.who === 'mine' ? root.author.id === identity?.id : root.groupId === filter.who)) &&
      (!filter.tag || root.tags.includes(filter.tag));
    const allRoots = all.filter((annotation) => annotation.parentId === null);
    return {
      caseId,
      roots: allRoots.filter(keep).sort(byPosition),
      repliesOf: (id) => all.filter((annotation) => annotation.parentId === id),
      tags: [...new Set(allRoots.flatMap((root) => root.tags))].sort(),
      filter,
      setFilter,
      selectedId,
      select,
      refetch: () => void refetch(),
      isPending,
    };
  }, [caseId, data, filter, identity, isPending, refetch, selectedId]);

  return <CaseAnnotationsContext.Provider value={value}>{children}</CaseAnnotationsContext.Provider>;
};

export function useCaseAnnotations(): CaseAnnotationsValue {
  const value = useContext(CaseAnnotationsContext);
  if (!value) throw new Error('useCaseAnnotations outside CaseAnnotationsProvider');
  return value;
}
