import { useEffect, useRef } from 'react';
import { useFormState } from 'react-hook-form';
import { useNotify } from 'react-admin';

/** True when some error in the tree came from a client-side validator, not from the API. */
function hasClientError(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  const { type } = node as { type?: unknown };
  // A react-hook-form FieldError; stop here (its `ref` is a DOM node).
  if (typeof type === 'string') return type !== 'server';
  return Object.values(node).some(hasClientError);
}

/**
 * Replaces react-admin's "form is invalid" notification (forms using this set
 * `disableInvalidFormNotification`). After a rejected save the API's own message is already
 * notified (useApiErrorNotifier) and its per-field errors are inline, so a second, vaguer
 * notification would only hide the useful one; after a failed client-side check it still shows.
 */
export const ClientValidationNotifier = () => {
  const { submitCount, errors } = useFormState();
  const lastSubmitCount = useRef(submitCount);
  const notify = useNotify();

  useEffect(() => {
    if (submitCount <= lastSubmitCount.current) return;
    lastSubmitCount.current = submitCount;
    if (hasClientError(errors)) notify('ra.message.invalid_form', { type: 'error' });
  }, [submitCount, errors, notify]);

  return null;
};
