import { BooleanField, Datagrid, List, SimpleList, TextField } from 'react-admin';
import type { StatuteResponse } from '@caseatlas/contracts';
import { CountryField, VocabularyChipsField } from '../common/fields';
import { useIsPhone } from '../common/useIsPhone';
import { PenaltyRangeField } from './PenaltyRangeField';
import { statuteFilters } from './statuteFilters';

export const StatuteList = () => {
  const isPhone = useIsPhone();
  return (
    <List<StatuteResponse> filters={statuteFilters} sort={{ field: 'key', order: 'ASC' }}>
      {isPhone ? (
        <SimpleList<StatuteResponse>
          primaryText={(statute) => statute.key}
          secondaryText={(statute) => statute.title}
          tertiaryText={<CountryField source="jurisdiction" />}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="key" />
          <CountryField source="jurisdiction" />
          <TextField source="title" />
          {/* Sorting by the lower bound is what the API offers for a range. */}
          <PenaltyRangeField source="penaltyRange" sortBy="penaltyMinMonths" />
          <BooleanField source="lifePossible" />
          <VocabularyChipsField source="purposes" vocabulary="exploitationPurposes" sortable={false} />
        </Datagrid>
      )}
    </List>
  );
};
