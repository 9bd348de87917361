import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { VictimGroup } from '@caseatlas/contracts';
import { Empty, Section } from '../common/Section';
import { VocabularyChips, useVocabularyLabel } from '../common/fields';
import { useCountryName } from '../common/countries';
import { useNumberFormat } from '../common/format';
import { ScrollableTable } from '../common/ScrollableTable';

const COLUMNS = [
  'count',
  'minors',
  'sex',
  'ageBand',
  'nationality',
  'servicesProvided',
  'testified',
  'compensationAwarded',
] as const;

/** Victim groups as a table: one row per group of victims sharing the same profile. */
export const VictimsSection = ({ victims }: { victims: VictimGroup[] }) => {
  const translate = useTranslate();
  const label = useVocabularyLabel();
  const countryName = useCountryName();
  const format = useNumberFormat();
  const total = victims.reduce((sum, group) => sum + group.count, 0);
  const minors = victims.reduce((sum, group) => sum + group.minors, 0);

  return (
    <Section id="victims" title="caseatlas.case.sections.victims">
      {victims.length === 0 ? (
        <Empty />
      ) : (
        <>
          <Typography variant="body2" gutterBottom data-testid="victims-total">
            {translate('caseatlas.case.victims.total', { count: format.number(total), minors: format.number(minors) })}
          </Typography>
          <ScrollableTable label={translate('caseatlas.case.sections.victims')}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  {COLUMNS.map((column) => (
                    <TableCell key={column} align={column === 'count' || column === 'minors' ? 'right' : 'left'}>
                      {translate(`resources.cases.fields.victims.${column}`)}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {victims.map((group, index) => (
                  <TableRow key={index} data-testid="victim-group">
                    <TableCell align="right">{format.number(group.count)}</TableCell>
                    <TableCell align="right">{format.number(group.minors)}</TableCell>
                    <TableCell>{label('sex', group.sex)}</TableCell>
                    <TableCell>{label('ageBand', group.ageBand)}</TableCell>
                    <TableCell>{group.nationality ? countryName(group.nationality) : ''}</TableCell>
                    <TableCell>
                      <VocabularyChips name="services" values={group.servicesProvided ?? []} />
                    </TableCell>
                    <TableCell>{translate(group.testified ? 'caseatlas.common.yes' : 'caseatlas.common.no')}</TableCell>
                    <TableCell>{group.compensationAwarded ? format.money(group.compensationAwarded) : '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollableTable>
        </>
      )}
    </Section>
  );
};
