import englishMessages from 'ra-language-english';

/** English catalogue: react-admin's own messages plus ours under `caseatlas`. */
export const en = {
  ...englishMessages,
  caseatlas: {
    title: 'CaseAtlas',
    menu: {
      status: 'System status',
    },
    dashboard: {
      title: 'CaseAtlas',
      intro:
        'A shared, searchable store of anonymized case studies of cross-border human trafficking: jurisdiction, charges, procedure and outcomes.',
      anonymized_notice: 'Every case text is anonymized on the server before it is stored or indexed.',
      status_link: 'Check the services',
    },
    status: {
      title: 'System status',
      refresh: 'Check again',
      overall_ok: 'All services are up',
      overall_error: 'Some services are down: the workbench may not save or search',
      unreachable: 'The API does not answer',
      up: 'up',
      down: 'down',
      dependency: {
        postgresql: 'PostgreSQL (system of record)',
        elasticsearch: 'Elasticsearch (search and analytics)',
      },
    },
  },
};
