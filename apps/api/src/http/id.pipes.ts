import { Injectable, NotFoundException, PipeTransform } from '@nestjs/common';
import { STATUTE_KEY_PATTERN } from '@caseatlas/contracts';
import { UUID_PATTERN } from '@caseatlas/validation';

/** An id that cannot exist is simply not found (404), not a malformed request. */
function uuidPipe(what: string) {
  @Injectable()
  class UuidPipe implements PipeTransform<string, string> {
    transform(id: string): string {
      if (!UUID_PATTERN.test(id)) throw new NotFoundException(`No ${what} with id ${id}`);
      return id.toLowerCase();
    }
  }
  return UuidPipe;
}

export const CaseIdPipe = uuidPipe('case');
export const UserIdPipe = uuidPipe('account');
export const SavedSearchIdPipe = uuidPipe('saved search');
export const AnnotationIdPipe = uuidPipe('annotation');
export const WorkingGroupIdPipe = uuidPipe('working group');

@Injectable()
export class StatuteKeyPipe implements PipeTransform<string, string> {
  transform(key: string): string {
    if (!STATUTE_KEY_PATTERN.test(key)) throw new NotFoundException(`No statute with key ${key}`);
    return key;
  }
}
