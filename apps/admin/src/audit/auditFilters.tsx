import { DateTimeInput, SelectInput, TextInput } from 'react-admin';
import { vocabularyChoices } from '../common/vocabulary';

// The input holds local time (yyyy-MM-ddThh:mm); the API gets an ISO instant.
const toIso = (value: string) => (value ? new Date(value).toISOString() : null);

export const auditFilters = [
  <TextInput key="actorName" source="actorName" alwaysOn />,
  <TextInput key="action" source="action" helperText="caseatlas.audit.help.action" />,
  <SelectInput key="outcome" source="outcome" choices={vocabularyChoices('auditOutcome')} />,
  <TextInput key="targetType" source="targetType" />,
  <TextInput key="targetId" source="targetId" />,
  <TextInput key="requestId" source="requestId" />,
  <DateTimeInput key="from" source="from" parse={toIso} />,
  <DateTimeInput key="to" source="to" parse={toIso} />,
];
