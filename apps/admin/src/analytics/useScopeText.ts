import { usePermissions, useTranslate } from 'react-admin';
import type { Role } from '@caseatlas/contracts';
import { useVocabularyLabel } from '../common/fields';
import { figureScopeOf } from './figureScope';

/**
 * Which cases the figures count, in words: the API counts every case the reader may read, so a
 * reader of drafts (editor, reviewer) sees figures that include drafts and archived cases.
 */
export const useScopeText = (): string | undefined => {
  const translate = useTranslate();
  const vocabularyLabel = useVocabularyLabel();
  const { permissions } = usePermissions<Role | undefined>();
  if (!permissions) return undefined;
  const scope = figureScopeOf(permissions);
  return scope.kind === 'statuses'
    ? translate('caseatlas.analytics.scope.statuses', {
        statuses: scope.statuses.map((status) => vocabularyLabel('status', status)).join(', '),
      })
    : translate(`caseatlas.analytics.scope.${scope.kind}`);
};
