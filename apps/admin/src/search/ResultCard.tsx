import { Card, CardContent, Stack, Typography } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { useCountryName } from '../common/countries';
import { useLanguageName } from '../common/languages';
import { StatusChip } from '../common/fields';
import { Highlighted, HighlightedSegments } from './Highlighted';
import { snippetsOf } from './snippets';
import { caseAddressWithSearch } from './caseAddress';
import type { SearchHit } from './types';

/**
 * A hit: where and when, its title, and its passages that match (summary first, as it says what
 * the case is, then facts), each passage once. `q` goes with the link, so the case page marks
 * the searched words.
 */
export const ResultCard = ({ hit, q = '' }: { hit: SearchHit; q?: string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const countryName = useCountryName();
  const languageName = useLanguageName();
  const title = hit.highlights.title?.[0];
  const snippets = snippetsOf([...(hit.highlights.summary ?? []), ...(hit.highlights.facts ?? [])]);
  return (
    <Card component="article" variant="outlined" data-testid="search-hit" data-reference={hit.reference}>
      <CardContent>
        <Stack gap={0.75}>
          <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap">
            <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
              {hit.reference}
            </Typography>
            <Typography variant="body2" color="text.secondary" title={hit.jurisdiction}>
              {countryName(hit.jurisdiction)}
            </Typography>
            <Typography variant="body2" color="text.secondary" data-testid="search-hit-language">
              {languageName(hit.language)}
            </Typography>
            {hit.year !== null ? (
              <Typography variant="body2" color="text.secondary">
                {translate('caseatlas.search.year', { year: hit.year })}
              </Typography>
            ) : null}
            {/* Most readers see published cases only; a chip then would only repeat it. */}
            {hit.status !== 'published' ? <StatusChip status={hit.status} /> : null}
          </Stack>
          <Typography variant="h6" component="h3">
            <Link
              to={caseAddressWithSearch(createPath({ resource: 'cases', id: hit.id, type: 'show' }), q)}
              data-testid="search-hit-link"
            >
              {title ? <Highlighted fragment={title} /> : hit.title}
            </Link>
          </Typography>
          {snippets.map((snippet, index) => (
            <Typography
              key={index}
              variant="body2"
              color="text.secondary"
              sx={{ maxWidth: '80ch' }}
              data-testid="search-hit-snippet"
            >
              {snippet.cutBefore ? '…' : null}
              <HighlightedSegments segments={snippet.segments} />
              {snippet.cutAfter ? '…' : null}
            </Typography>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
};
