import { useCallback } from 'react';
import { useNotify } from 'react-admin';
import type { ConflictResponse, ValidationErrorResponse } from '@caseatlas/contracts';

/** Any error body of the API (docs/api.md, "Errors"): a 400 adds `errors`, a 409 `currentVersion`. */
export type ApiErrorBody = Partial<ValidationErrorResponse & ConflictResponse>;

export interface ApiError {
  status?: number;
  message?: string;
  body?: ApiErrorBody | null;
}

// ra-data-simple-rest rejects with react-admin's HttpError ({ status, message, body }); read it
// structurally so nothing depends on which copy of ra-core created the instance.
export const asApiError = (error: unknown): ApiError =>
  typeof error === 'object' && error !== null ? (error as ApiError) : { message: String(error) };

export const apiErrorMessage = (error: unknown): string | undefined => {
  const { body, message } = asApiError(error);
  if (Array.isArray(body?.message)) return body.message.join('; ');
  return body?.message ?? message;
};

/**
 * onError for create, update and delete mutations. A 409 gets `conflictMessage` when given (a
 * translation key: stale version, statute in use…); anything else shows the API's own
 * `message`. The per-field `errors` of a 400 are not handled here: react-admin puts them next
 * to the inputs.
 */
export const useApiErrorNotifier = (conflictMessage?: string) => {
  const notify = useNotify();
  return useCallback(
    (error: unknown) => {
      const { status, body } = asApiError(error);
      if (status === 409 && conflictMessage) {
        // Stays until dismissed: the user has to act (reload) before saving again.
        notify(conflictMessage, {
          type: 'error',
          autoHideDuration: null,
          messageArgs: { currentVersion: body?.currentVersion ?? '?' },
        });
        return;
      }
      const message = apiErrorMessage(error);
      notify(message ?? 'ra.notification.http_error', { type: 'error', messageArgs: { _: message } });
    },
    [notify, conflictMessage],
  );
};
