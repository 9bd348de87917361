import { useTranslate } from 'react-admin';
import type { CsvWords } from './csv';

/** The words an exported chart is written with, in the reader's language (a Russian file reads «да», «скрыто»). */
export const useCsvWords = (): CsvWords => {
  const translate = useTranslate();
  return {
    suppressed: translate('caseatlas.analytics.csv.suppressed'),
    yes: translate('caseatlas.analytics.csv.yes'),
    no: translate('caseatlas.analytics.csv.no'),
  };
};
