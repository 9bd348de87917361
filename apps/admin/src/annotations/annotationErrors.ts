import { useCallback } from 'react';
import { useNotify } from 'react-admin';
import { apiErrorMessage, asApiError } from '../common/apiErrors';

/**
 * onError of annotation writes: a passage that changed under the reader (400 `exact`/`stale`)
 * and a stale version (409) say what to do; anything else shows the API's message.
 */
export function useAnnotationErrorNotifier() {
  const notify = useNotify();
  return useCallback(
    (error: unknown) => {
      const { status, body } = asApiError(error);
      const stale = body?.problems?.some((problem) => problem.path === 'exact' && problem.rule === 'stale');
      if (stale || status === 409) {
        notify(stale ? 'caseatlas.annotation.stale' : 'caseatlas.annotation.conflict', {
          type: 'error',
          autoHideDuration: null,
        });
        return;
      }
      const message = apiErrorMessage(error);
      notify(message ?? 'ra.notification.http_error', { type: 'error', messageArgs: { _: message } });
    },
    [notify],
  );
}
