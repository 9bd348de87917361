import { Transform } from 'class-transformer';
import { withoutInvisibleControls } from './well-formed';

/**
 * A text people type and others read (a comment, a name, a case's texts): invisible controls are
 * removed on input, before it is validated, anonymized or stored (see withoutInvisibleControls).
 */
export function PlainText(options: { each?: boolean } = {}): PropertyDecorator {
  return Transform(({ value }) =>
    options.each && Array.isArray(value) ? value.map(withoutInvisibleControls) : withoutInvisibleControls(value),
  );
}
