import { Typography } from '@mui/material';
import { Link, useCreatePath, useGetList, useTranslate } from 'react-admin';
import type { CaseResponse } from '@caseatlas/contracts';

/** A related case is stored by reference, not id: look it up with the exact `reference` filter. */
export const RelatedCaseLink = ({ reference }: { reference: string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data, isPending } = useGetList<CaseResponse>('cases', {
    filter: { reference },
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'reference', order: 'ASC' },
  });
  const match = data?.[0];

  if (match) {
    return (
      <Link to={createPath({ resource: 'cases', id: match.id, type: 'show' })} data-testid="related-case-link">
        {match.reference} — {match.title}
      </Link>
    );
  }
  return (
    <Typography component="span" variant="body2">
      {reference}
      {isPending ? null : (
        <Typography component="span" variant="body2" color="text.secondary">
          {' '}
          ({translate('caseatlas.case.related_not_found')})
        </Typography>
      )}
    </Typography>
  );
};
