import { Alert, List, ListItem } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PersonalDataReplacement } from '@caseatlas/contracts';

/** What the anonymizer took out of a comment just saved: the kinds and the placeholders, never the originals. */
export const ReplacementsNotice = ({ replacements }: { replacements: PersonalDataReplacement[] }) => {
  const translate = useTranslate();
  return (
    <Alert severity="info" data-testid="annotation-replacements">
      {translate('caseatlas.annotation.replaced_title')}
      <List dense disablePadding>
        {replacements.map((replacement, index) => (
          <ListItem key={index} disableGutters sx={{ py: 0 }}>
            {translate('caseatlas.annotation.replaced', {
              type: translate(`caseatlas.redaction.type.${replacement.type}`),
              placeholder: replacement.placeholder,
            })}
          </ListItem>
        ))}
      </List>
    </Alert>
  );
};
