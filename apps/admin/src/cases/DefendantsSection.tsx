import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { RecordContextProvider, ReferenceField, useTranslate } from 'react-admin';
import type { Charge, Defendant, Verdict } from '@caseatlas/contracts';
import type { ChipProps } from '@mui/material';
import { Empty, Section } from '../common/Section';
import { useVocabularyLabel } from '../common/fields';
import { useCountryName } from '../common/countries';
import { useNumberFormat } from '../common/format';
import { sentencePhrases } from './caseBody';

const VERDICT_COLORS: Record<Verdict, ChipProps['color']> = {
  convicted: 'error',
  acquitted: 'success',
  dismissed: 'default',
  pending: 'warning',
  other: 'default',
};

const useSentenceSummary = () => {
  const translate = useTranslate();
  const format = useNumberFormat();
  return (defendant: Defendant) =>
    sentencePhrases(defendant.sentence, format.number)
      .map(({ key, args }) => translate(key, args))
      .join(', ');
};

const ChargesTable = ({ charges }: { charges: Charge[] }) => {
  const translate = useTranslate();
  const label = useVocabularyLabel();
  return (
    <Table size="small" aria-label={translate('caseatlas.case.charges_of')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.cases.fields.charges.statute')}</TableCell>
          <TableCell>{translate('resources.cases.fields.charges.outcome')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {charges.map((charge, index) => (
          <TableRow key={`${charge.statute}-${index}`} data-testid="charge">
            <TableCell>
              {/* ReferenceField reads the charge as its record and links to the statute. */}
              <RecordContextProvider value={charge}>
                <ReferenceField source="statute" reference="statutes" link="show" />
              </RecordContextProvider>
            </TableCell>
            <TableCell>{label('chargeOutcome', charge.outcome)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const DefendantBlock = ({ defendant, charges }: { defendant: Defendant; charges: Charge[] }) => {
  const translate = useTranslate();
  const label = useVocabularyLabel();
  const countryName = useCountryName();
  const sentenceSummary = useSentenceSummary();
  const details = [
    label('sex', defendant.sex),
    label('ageBand', defendant.ageBand),
    defendant.nationality ? countryName(defendant.nationality) : null,
  ].filter(Boolean);

  return (
    <Box
      component="article"
      data-testid={`defendant-${defendant.label}`}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2 }}
    >
      <Stack direction="row" alignItems="center" gap={1} flexWrap="wrap">
        <Typography variant="subtitle1" component="h3" fontWeight="bold">
          {defendant.label}
        </Typography>
        <Typography variant="body2">{label('role', defendant.role)}</Typography>
        <Chip
          size="small"
          color={VERDICT_COLORS[defendant.verdict] ?? 'default'}
          label={label('verdict', defendant.verdict)}
          data-verdict={defendant.verdict}
        />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {details.join(' · ')}
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5 }} data-testid="sentence-summary">
        {translate('resources.cases.fields.defendants.sentence')}: {sentenceSummary(defendant)}
      </Typography>
      <Box sx={{ mt: 1 }}>
        {charges.length > 0 ? <ChargesTable charges={charges} /> : <Empty message="caseatlas.case.no_charges" />}
      </Box>
    </Box>
  );
};

/** Each defendant with their verdict and sentence, and under them the charges they faced. */
export const DefendantsSection = ({ defendants, charges }: { defendants: Defendant[]; charges: Charge[] }) => {
  const translate = useTranslate();
  const labels = new Set(defendants.map((defendant) => defendant.label));
  const unassigned = charges.filter((charge) => !labels.has(charge.defendant));
  return (
    <Section id="defendants" title="caseatlas.case.sections.defendants">
      {defendants.length === 0 && charges.length === 0 ? <Empty /> : null}
      <Stack gap={2}>
        {defendants.map((defendant) => (
          <DefendantBlock
            key={defendant.label}
            defendant={defendant}
            charges={charges.filter((charge) => charge.defendant === defendant.label)}
          />
        ))}
        {unassigned.length > 0 ? (
          <Box>
            <Typography variant="subtitle2" component="h3">
              {translate('caseatlas.case.unassigned_charges')}
            </Typography>
            <ChargesTable charges={unassigned} />
          </Box>
        ) : null}
      </Stack>
    </Section>
  );
};
