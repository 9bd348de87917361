import type { searchTextsEn, similarTextsEn } from './search.en';

export const searchTextsRu: typeof searchTextsEn = {
  title: 'Поиск прецедентов',
  query: 'Поиск по делам',
  query_placeholder: 'например, "долговая кабала" +Дубай',
  submit: 'Найти',
  syntax_help:
    'Фразы в кавычках ("долговая кабала"), +слово — обязательно, -слово — исключить, а | б — любое из двух, вербов* — слова с этим началом.',
  syntax_error: 'Не удалось разобрать текст запроса: %{message}',
  sort: 'Сортировка',
  sorts: {
    relevance: 'По релевантности',
    verdictDate: 'По дате приговора (сначала новые)',
    sentence: 'По самому длительному сроку',
  },
  total: 'Найдено дел: %{count}',
  no_results: 'Ни одно дело не подходит под этот запрос. Уберите фильтр или измените текст.',
  facets: 'Уточнить результаты',
  show_more: 'Показать все (%{smart_count})',
  show_less: 'Свернуть',
  active_filters: 'Выбранные фильтры',
  remove_filter: 'Убрать фильтр %{filter}',
  clear_filters: 'Сбросить все фильтры',
  load_more: 'Показать ещё',
  unavailable: 'Поиск сейчас недоступен; страницы дел по-прежнему открываются.',
  invalid_filters: 'Некоторые фильтры в этой ссылке недопустимы:',
  expired: 'Эта страница результатов устарела.',
  search_again: 'Повторить поиск',
  failed: 'Поиск не удался: %{message}',
  year: 'Приговор %{year} г.',
};

export const similarTextsRu: typeof similarTextsEn = {
  title: 'Похожие дела',
  help: 'Дела с теми же статьями, целями эксплуатации, способами воздействия, маршрутом или сферами либо со схожими формулировками.',
  none: 'Похожих дел не найдено',
  unavailable: 'Похожие дела сейчас не найти: поиск недоступен.',
  failed: 'Не удалось загрузить похожие дела: %{message}',
  reasons: 'Почему в списке',
  reason: {
    wording: 'схожие формулировки',
    statute: 'та же статья %{value}',
    purpose: 'та же цель: %{value}',
    means: 'тот же способ: %{value}',
    route_country: 'та же страна маршрута: %{value}',
    sector: 'та же сфера: %{value}',
  },
};
