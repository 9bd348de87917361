import { can } from '@caseatlas/contracts';
import type { AccessActor } from '@caseatlas/contracts';
import { annotationVisibilityQuery } from './annotation-visibility';

type Visibility = 'private' | 'group' | 'readers';
interface Annotation {
  authorId: string;
  visibility: Visibility;
  groupId: string | null;
}

/** Just enough of Elasticsearch's bool, term and terms to run the query on one annotation. */
function matches(query: unknown, annotation: Annotation): boolean {
  const field = (name: string) => annotation[name.replace('annotations.', '') as keyof Annotation];
  const node = query as Record<string, Record<string, unknown>>;
  if (node.term) {
    const [[name, value]] = Object.entries(node.term);
    return field(name) === value;
  }
  if (node.terms) {
    const [[name, values]] = Object.entries(node.terms);
    return (values as unknown[]).includes(field(name));
  }
  const bool = node.bool as { should?: unknown[]; filter?: unknown[]; minimum_should_match?: number };
  const filters = (bool.filter ?? []).every((clause) => matches(clause, annotation));
  const should = (bool.should ?? []).filter((clause) => matches(clause, annotation)).length;
  return filters && should >= (bool.should ? (bool.minimum_should_match ?? 1) : 0);
}

// Every kind of annotation against every kind of reader.
const ANNOTATIONS: Annotation[] = [
  { authorId: 'author', visibility: 'private', groupId: null },
  { authorId: 'author', visibility: 'group', groupId: 'g1' },
  { authorId: 'author', visibility: 'group', groupId: 'g2' },
  { authorId: 'author', visibility: 'readers', groupId: null },
];
const READERS: AccessActor[] = [
  { id: 'author', role: 'member', groups: [] },
  { id: 'member-of-g1', role: 'member', groups: ['g1'] },
  { id: 'outsider', role: 'member', groups: [] },
  { id: 'admin', role: 'admin', groups: ['g2'] },
];

describe('the annotation visibility rule', () => {
  it('lets the search query see exactly what the permission table lets a reader read', () => {
    for (const reader of READERS) {
      for (const annotation of ANNOTATIONS) {
        const target = { ownerId: annotation.authorId, visibility: annotation.visibility, groupId: annotation.groupId };
        expect({
          reader: reader.id,
          annotation,
          sees: matches(annotationVisibilityQuery(reader.id, reader.groups ?? []), annotation),
        }).toEqual({
          reader: reader.id,
          annotation,
          sees: can(reader, 'annotations.read', target),
        });
      }
    }
  });

  it('shows a private annotation to its author only, a group’s to its members, a shared one to all', () => {
    const sees = (reader: AccessActor, annotation: Annotation) =>
      matches(annotationVisibilityQuery(reader.id, reader.groups ?? []), annotation);
    expect(ANNOTATIONS.map((annotation) => sees(READERS[0], annotation))).toEqual([true, true, true, true]);
    expect(ANNOTATIONS.map((annotation) => sees(READERS[1], annotation))).toEqual([false, true, false, true]);
    expect(ANNOTATIONS.map((annotation) => sees(READERS[2], annotation))).toEqual([false, false, false, true]);
  });
});
