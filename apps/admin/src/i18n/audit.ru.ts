import type { auditResourceEn, auditTextsEn } from './audit.en';

export const auditResourceRu: typeof auditResourceEn = {
  name: 'Событие журнала |||| Журнал аудита |||| Событий журнала',
  fields: {
    id: 'Идентификатор',
    at: 'Время',
    actorId: 'Идентификатор учётной записи',
    actorName: 'Пользователь',
    actorRole: 'Роль',
    action: 'Действие',
    targetType: 'Тип объекта',
    targetId: 'Идентификатор объекта',
    outcome: 'Результат',
    statusCode: 'Код HTTP',
    clientAddress: 'Адрес клиента',
    requestId: 'Идентификатор запроса',
    details: 'Подробности',
    from: 'С',
    to: 'По',
  },
};

export const auditTextsRu: typeof auditTextsEn = {
  export: 'Выгрузить CSV',
  export_failed: 'Выгрузка не удалась: %{message}',
  no_details: 'Подробностей нет',
  help: {
    action: 'например, cases.update или auth.login',
  },
};
