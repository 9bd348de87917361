import type { ReactNode } from 'react';
import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A titled card of a reading page; `title` is a translation key. */
export const Section = ({ title, id, children }: { title: string; id: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card component="section" aria-labelledby={`${id}-title`} data-testid={`section-${id}`}>
      <CardContent>
        <Typography id={`${id}-title`} variant="h6" component="h2" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};

/** The "nothing recorded" line of an empty section. */
export const Empty = ({ message = 'caseatlas.common.none' }: { message?: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate(message)}
    </Typography>
  );
};
