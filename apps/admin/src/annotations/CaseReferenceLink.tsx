import { Link, useCreatePath, useGetList, useTranslate } from 'react-admin';
import type { CaseResponse } from '@caseatlas/contracts';

/**
 * A case reference in a comment, as a link to that case. Cases are addressed by id, so the
 * reference is looked up; until it is found the link opens the case list filtered by the
 * reference. A reference no case the reader may see carries stays text: a link would lead to an
 * empty list.
 */
export const CaseReferenceLink = ({ reference }: { reference: string }) => {
  const createPath = useCreatePath();
  const translate = useTranslate();
  const { data, isSuccess } = useGetList<CaseResponse>('cases', {
    filter: { reference },
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'reference', order: 'ASC' },
  });
  const match = data?.[0];
  if (isSuccess && !match)
    return (
      <span title={translate('caseatlas.annotation.no_such_case')} data-testid="case-reference-unknown">
        {reference}
      </span>
    );
  const to = match
    ? createPath({ resource: 'cases', id: match.id, type: 'show' })
    : { pathname: '/cases', search: `?filter=${encodeURIComponent(JSON.stringify({ reference }))}` };
  return (
    <Link to={to} data-testid="case-reference-link">
      {reference}
    </Link>
  );
};
