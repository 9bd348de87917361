import type { PersonalDataReplacement } from './vocabularies';

/** Annotations after the W3C Web Annotation data model, and the working groups that share them. */
export const ANNOTATED_FIELDS = ['summary', 'facts'] as const;
export type AnnotatedField = (typeof ANNOTATED_FIELDS)[number];
export const MOTIVATIONS = ['commenting', 'highlighting', 'tagging', 'questioning'] as const;
export type Motivation = (typeof MOTIVATIONS)[number];
/** Private to the author, shared with one working group, or with every signed-in reader of the case. */
export const ANNOTATION_VISIBILITIES = ['private', 'group', 'readers'] as const;
export type AnnotationVisibility = (typeof ANNOTATION_VISIBILITIES)[number];

/** An annotation's comment, as long as a lawyer's note gets. */
export const MAX_COMMENT_LENGTH = 10_000;
/** A tag names a theme (`debt_bondage`), as on cases. */
export const ANNOTATION_TAG_PATTERN = /^[a-z0-9_]{1,50}$/;

/** Where in the case the passage is: the quote with its context, and its offsets (UTF-16, end exclusive). */
export interface AnnotationTarget {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface AnnotationResponse {
  id: string;
  caseId: string;
  /** The root of the thread this annotation replies to; null for a root. */
  parentId: string | null;
  field: AnnotatedField;
  /** Null for a reply: it targets its root. */
  target: AnnotationTarget | null;
  /** The passage could not be found again after the case text changed; kept, never moved. */
  orphaned: boolean;
  /** Markdown, anonymized before it was stored. */
  comment: string;
  tags: string[];
  motivation: Motivation;
  visibility: AnnotationVisibility;
  groupId: string | null;
  author: { id: string; displayName: string };
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The answer of a create or update: what the anonymizer replaced in the comment, for the editor to show. */
export interface AnnotationWriteResponse extends AnnotationResponse {
  replacements: PersonalDataReplacement[];
}

export interface WorkingGroupResponse {
  id: string;
  name: string;
  description: string;
  members: { id: string; displayName: string }[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The columns of the annotations CSV export, in their order. */
export const ANNOTATION_CSV_COLUMNS = [
  'id',
  'caseReference',
  'caseId',
  'parentId',
  'field',
  'exact',
  'start',
  'end',
  'orphaned',
  'motivation',
  'visibility',
  'groupName',
  'groupId',
  'tags',
  'comment',
  'authorName',
  'authorId',
  'createdAt',
  'updatedAt',
] as const;
export type AnnotationCsvColumn = (typeof ANNOTATION_CSV_COLUMNS)[number];

/** The languages an export names its columns in (`language=` of `GET /api/annotations/export`). */
export const EXPORT_LANGUAGES = ['en', 'ru'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

/** The annotations CSV's column headers in the reader's language: people file it as it comes. */
export const ANNOTATION_CSV_HEADERS: Record<ExportLanguage, Record<AnnotationCsvColumn, string>> = {
  en: {
    id: 'Annotation id',
    caseReference: 'Case reference',
    caseId: 'Case id',
    parentId: 'Reply to (annotation id)',
    field: 'Field',
    exact: 'Quoted passage',
    start: 'Start',
    end: 'End',
    orphaned: 'Passage no longer found',
    motivation: 'Motivation',
    visibility: 'Visibility',
    groupName: 'Working group',
    groupId: 'Working group id',
    tags: 'Tags',
    comment: 'Comment',
    authorName: 'Author',
    authorId: 'Author id',
    createdAt: 'Created',
    updatedAt: 'Updated',
  },
  ru: {
    id: 'Номер аннотации',
    caseReference: 'Номер дела',
    caseId: 'Идентификатор дела',
    parentId: 'Ответ на (номер аннотации)',
    field: 'Поле',
    exact: 'Цитата',
    start: 'Начало',
    end: 'Конец',
    orphaned: 'Фрагмент больше не найден',
    motivation: 'Назначение',
    visibility: 'Видимость',
    groupName: 'Рабочая группа',
    groupId: 'Идентификатор рабочей группы',
    tags: 'Метки',
    comment: 'Комментарий',
    authorName: 'Автор',
    authorId: 'Идентификатор автора',
    createdAt: 'Создано',
    updatedAt: 'Изменено',
  },
};

/**
 * The annotations CSV's coded values in the reader's language, when it asks for one: a Russian
 * file reads «Фактические обстоятельства», «Комментарий», «Только я», «нет», not facts, commenting,
 * private, false. The words are the interface's own.
 */
export const ANNOTATION_CSV_VALUES: Record<
  ExportLanguage,
  {
    field: Record<AnnotatedField, string>;
    motivation: Record<Motivation, string>;
    visibility: Record<AnnotationVisibility, string>;
    yes: string;
    no: string;
  }
> = {
  en: {
    field: { summary: 'Summary', facts: 'Facts' },
    motivation: { commenting: 'Comment', highlighting: 'Highlight', tagging: 'Tagging', questioning: 'Question' },
    visibility: { private: 'Only me', group: 'A working group', readers: 'Every reader of the case' },
    yes: 'yes',
    no: 'no',
  },
  ru: {
    field: { summary: 'Краткое содержание', facts: 'Фактические обстоятельства' },
    motivation: { commenting: 'Комментарий', highlighting: 'Выделение', tagging: 'Тегирование', questioning: 'Вопрос' },
    visibility: { private: 'Только я', group: 'Рабочая группа', readers: 'Все читатели дела' },
    yes: 'да',
    no: 'нет',
  },
};
