import type { userTextsEn, usersResourceEn } from './users.en';

export const usersResourceRu: typeof usersResourceEn = {
  name: 'Пользователь |||| Пользователи |||| Пользователей',
  fields: {
    id: 'Идентификатор',
    username: 'Имя пользователя',
    displayName: 'Отображаемое имя',
    role: 'Роль',
    profession: 'Профессия',
    active: 'Активна',
    password: 'Пароль',
    createdAt: 'Создана',
    updatedAt: 'Изменена',
    lastLoginAt: 'Последний вход',
  },
};

export const userTextsRu: typeof userTextsEn = {
  never_signed_in: 'Не входил',
  no_profession: 'Не указана',
  help: {
    username: 'Строчные латинские буквы, цифры, «.», «_» и «-»; изменить потом нельзя',
    password: 'Не короче %{min} символов; передайте его лично и попросите сменить',
    password_reset: 'Оставьте пустым, чтобы не менять пароль',
    active: 'Неактивная учётная запись не может войти; учётные записи отключают, а не удаляют',
  },
};
