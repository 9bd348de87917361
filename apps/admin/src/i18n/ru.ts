import russianMessages from 'ra-language-russian';
import type { en } from './en';

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
  caseatlas: {
    title: 'CaseAtlas',
    menu: {
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
