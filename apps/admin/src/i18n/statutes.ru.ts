import type { statuteTextsEn, statutesResourceEn } from './statutes.en';

export const statutesResourceRu: typeof statutesResourceEn = {
  name: 'Статья закона |||| Статьи закона |||| Статей закона',
  fields: {
    id: 'Ключ',
    key: 'Ключ',
    jurisdiction: 'Юрисдикция',
    title: 'Название',
    penaltyMinMonths: 'Минимальное наказание (месяцев)',
    penaltyMaxMonths: 'Максимальное наказание (месяцев)',
    penaltyRange: 'Санкция',
    lifePossible: 'Возможно пожизненное лишение свободы',
    purposes: 'Охватываемые цели эксплуатации',
    purpose: 'Цель эксплуатации',
    validFrom: 'Действует с',
    validTo: 'Действует по',
    version: 'Версия',
  },
};

export const statuteTextsRu: typeof statuteTextsEn = {
  penalty_range: 'от %{min} до %{max} месяцев',
  life: 'или пожизненное',
  in_force_open: 'действует',
  help: {
    key: '{юрисдикция}-{кодекс}-{статья}[-{часть}], например KZ-CC-128-3; изменить потом нельзя',
    date: 'ГГГГ-ММ-ДД; пусто, если срок не ограничен',
  },
};
