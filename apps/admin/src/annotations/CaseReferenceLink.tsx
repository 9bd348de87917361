import { Link, useCreatePath, useGetList } from 'react-admin';
import type { CaseResponse } from '@caseatlas/contracts';

/**
 * A case reference in a comment, as a link to that case. Cases are addressed by id, so the
 * reference is looked up; until it is found (or if the reader may not see the case) the link
 * opens the case list filtered by the reference.
 */
export const CaseReferenceLink = ({ reference }: { reference: string }) => {
  const createPath = useCreatePath();
  const { data } = useGetList<CaseResponse>('cases', {
    filter: { reference },
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'reference', order: 'ASC' },
  });
  const match = data?.[0];
  const to = match
    ? createPath({ resource: 'cases', id: match.id, type: 'show' })
    : { pathname: '/cases', search: `?filter=${encodeURIComponent(JSON.stringify({ reference }))}` };
  return (
    <Link to={to} data-testid="case-reference-link">
      {reference}
    </Link>
  );
};
