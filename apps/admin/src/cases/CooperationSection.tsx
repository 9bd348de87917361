import { Chip, Stack, Typography } from '@mui/material';
import { RecordField, useTranslate } from 'react-admin';
import type { Cooperation, CountryRequest } from '@caseatlas/contracts';
import { Empty, Section } from '../common/Section';
import { VocabularyChips, useVocabularyLabel } from '../common/fields';
import { useCountryName } from '../common/countries';

const CountryRequests = ({ requests }: { requests: CountryRequest[] }) => {
  const label = useVocabularyLabel();
  const countryName = useCountryName();
  if (requests.length === 0) return <Empty />;
  return (
    <Stack direction="row" useFlexGap flexWrap="wrap" gap={0.5}>
      {requests.map((request, index) => (
        <Chip
          key={`${request.country}-${index}`}
          size="small"
          variant="outlined"
          label={`${countryName(request.country)}: ${label('requestOutcome', request.outcome)}`}
        />
      ))}
    </Stack>
  );
};

/** MLA requests, extraditions, joint investigation team, Interpol notices, agencies. */
export const CooperationSection = ({ cooperation }: { cooperation: Cooperation | undefined }) => {
  const translate = useTranslate();
  if (!cooperation) {
    return (
      <Section id="cooperation" title="caseatlas.case.sections.cooperation">
        <Empty />
      </Section>
    );
  }
  return (
    <Section id="cooperation" title="caseatlas.case.sections.cooperation">
      <Stack gap={1.5}>
        <RecordField source="cooperation.mlaRequests">
          <CountryRequests requests={cooperation.mlaRequests ?? []} />
        </RecordField>
        <RecordField source="cooperation.extraditions">
          <CountryRequests requests={cooperation.extraditions ?? []} />
        </RecordField>
        <RecordField source="cooperation.jointInvestigationTeam">
          <Typography variant="body2">
            {translate(cooperation.jointInvestigationTeam ? 'caseatlas.case.jit_yes' : 'caseatlas.case.jit_no')}
          </Typography>
        </RecordField>
        <RecordField source="cooperation.interpolNotices">
          <Typography variant="body2">{cooperation.interpolNotices ?? 0}</Typography>
        </RecordField>
        <RecordField source="cooperation.agencies">
          {(cooperation.agencies ?? []).length > 0 ? (
            <VocabularyChips name="agencies" values={cooperation.agencies} />
          ) : (
            <Empty />
          )}
        </RecordField>
      </Stack>
    </Section>
  );
};
