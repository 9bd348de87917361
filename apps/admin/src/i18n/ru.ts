import russianMessages from 'ra-language-russian';
import { accountTextsRu, authTextsRu } from './account.ru';
import { analyticsTextsRu } from './analytics.ru';
import { annotationTextsRu, groupTextsRu, groupsResourceRu } from './annotations.ru';
import { alertTextsRu, savedSearchTextsRu } from './alerts.ru';
import { auditResourceRu, auditTextsRu } from './audit.ru';
import { caseTextsRu, casesResourceRu, redactionTextsRu } from './cases.ru';
import type { en } from './en';
import { searchTextsRu, similarTextsRu } from './search.ru';
import { statuteTextsRu, statutesResourceRu } from './statutes.ru';
import { userTextsRu, usersResourceRu } from './users.ru';
import { vocabularyRu } from './vocabulary.ru';

/** Russian catalogue; i18n.spec.ts fails when it lacks a key the English one has. */
export const ru: typeof en = {
  ...russianMessages,
  ra: {
    ...russianMessages.ra,
    // ra-language-russian lags react-admin by a few messages.
    guesser: {
      empty: {
        title: 'Нет данных для отображения',
        message: 'Проверьте поставщика данных',
      },
    },
  },
  resources: {
    cases: casesResourceRu,
    statutes: statutesResourceRu,
    users: usersResourceRu,
    audit: auditResourceRu,
    groups: groupsResourceRu,
  },
  caseatlas: {
    title: 'CaseAtlas',
    common: {
      synthetic: 'Синтетическое',
      none: 'Сведений нет',
      yes: 'Да',
      no: 'Нет',
    },
    validation: {
      partial_date: 'Формат ГГГГ-ММ или ГГГГ-ММ-ДД, 1900–2099 годы',
      date: 'Формат ГГГГ-ММ-ДД',
      case_reference: 'Только заглавные латинские буквы, цифры и дефисы (от 3 до 63 символов)',
      statute_key: 'Формат {юрисдикция}-{кодекс}-{статья}[-{часть}], например KZ-CC-128-3',
      penalty_range: 'Максимум не может быть меньше минимума',
      currency: 'Трёхбуквенный код ISO 4217',
      username: 'Строчные латинские буквы, цифры, «.», «_» и «-», от 3 до 64 символов, в начале буква или цифра',
      password_mismatch: 'Пароли не совпадают',
    },
    errors: {
      case_conflict:
        'Пока вы редактировали дело, его сохранил другой пользователь (теперь версия %{currentVersion}). Перезагрузите страницу, чтобы увидеть его изменения, и внесите свои заново.',
      statute_conflict:
        'Пока вы редактировали статью, её сохранил другой пользователь (теперь версия %{currentVersion}). Перезагрузите страницу, чтобы увидеть его изменения, и внесите свои заново.',
      statute_in_use: 'Эту статью нельзя удалить: на неё ссылаются обвинения в делах.',
    },
    case: caseTextsRu,
    redaction: redactionTextsRu,
    statute: statuteTextsRu,
    user: userTextsRu,
    audit: auditTextsRu,
    auth: authTextsRu,
    account: accountTextsRu,
    vocabulary: vocabularyRu,
    search: searchTextsRu,
    similar: similarTextsRu,
    saved_search: savedSearchTextsRu,
    alerts: alertTextsRu,
    analytics: analyticsTextsRu,
    annotation: annotationTextsRu,
    group: groupTextsRu,
    menu: {
      search: 'Поиск',
      alerts: 'Оповещения',
      analytics: 'Аналитика',
      status: 'Состояние системы',
    },
    dashboard: {
      title: 'CaseAtlas',
      intro:
        'Общая база обезличенных материалов по делам о трансграничной торговле людьми с возможностью поиска: юрисдикция, обвинения, ход дела и результаты.',
      anonymized_notice: 'Каждый текст дела обезличивается на сервере до сохранения и индексирования.',
      status_link: 'Проверить службы',
    },
    status: {
      title: 'Состояние системы',
      refresh: 'Проверить снова',
      overall_ok: 'Все службы работают',
      overall_error: 'Некоторые службы недоступны: сохранение и поиск могут не работать',
      unreachable: 'API не отвечает',
      up: 'работает',
      down: 'недоступна',
      dependency: {
        postgresql: 'PostgreSQL (основное хранилище)',
        elasticsearch: 'Elasticsearch (поиск и аналитика)',
      },
    },
  },
};
