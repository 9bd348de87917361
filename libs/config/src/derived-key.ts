import { createHash } from 'node:crypto';

/**
 * A key of its own for one use of the server's secret (`JWT_SECRET`), so a value made with one
 * (a search cursor, a keyed hash of a typed username) tells nothing about another. Pure.
 */
export function derivedKey(secret: string, purpose: string): Buffer {
  return createHash('sha256').update(`caseatlas ${purpose}\0${secret}`).digest();
}
