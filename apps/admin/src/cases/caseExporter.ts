import { useLocaleState, useTranslate } from 'react-admin';
import type { Exporter } from 'react-admin';
import type { CaseResponse } from '@caseatlas/contracts';
import { countryName } from '../common/countries';
import { languageName } from '../common/languages';
import { datedName, saveFile, SPREADSHEET_MARK } from '../common/saveFile';
import { casesCsv } from './caseCsv';
import type { CaseExportLabels } from './caseCsv';

/**
 * The list's export in the user's language, saved as `cases-2026-12-06.csv`; marked as UTF-8 so
 * a spreadsheet shows Cyrillic names as they are.
 */
export const useCaseExporter = (): Exporter<CaseResponse> => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const labels: CaseExportLabels = {
    header: (column) => translate(`resources.cases.fields.${column}`, { _: column }),
    term: (vocabulary, value) => translate(`caseatlas.vocabulary.${vocabulary}.${value}`, { _: value }),
    country: (code) => countryName(code, locale),
    language: (code) => languageName(code, locale),
    yesNo: (value) => translate(value ? 'ra.boolean.true' : 'ra.boolean.false'),
  };
  return (records, _fetchRelatedRecords, _dataProvider, resource) =>
    saveFile(
      new Blob([SPREADSHEET_MARK, casesCsv(records, labels)], { type: 'text/csv;charset=utf-8' }),
      `${datedName(resource ?? 'cases')}.csv`,
    );
};
