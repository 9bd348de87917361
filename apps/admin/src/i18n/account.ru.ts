import type { accountTextsEn, authTextsEn } from './account.en';

export const authTextsRu: typeof authTextsEn = {
  session_expired: 'Сеанс истёк: войдите снова.',
  too_many_attempts:
    'Слишком много попыток входа. Подождите %{smart_count} секунду и попробуйте снова. |||| Слишком много попыток входа. Подождите %{smart_count} секунды и попробуйте снова. |||| Слишком много попыток входа. Подождите %{smart_count} секунд и попробуйте снова.',
  unreachable: 'Сервер не отвечает; попробуйте ещё раз чуть позже.',
  wrong_credentials: 'Неверное имя пользователя или пароль.',
  sign_in_failed: 'Войти не удалось; попробуйте ещё раз.',
};

export const accountTextsRu: typeof accountTextsEn = {
  menu: 'Моя учётная запись',
  title: 'Моя учётная запись',
  profile: 'Профиль',
  password: 'Пароль',
  save_profile: 'Сохранить профиль',
  change_password: 'Сменить пароль',
  profile_saved: 'Профиль сохранён',
  password_changed: 'Пароль изменён',
  fields: {
    username: 'Имя пользователя',
    role: 'Роль',
    profession: 'Профессия',
    displayName: 'Отображаемое имя',
    currentPassword: 'Текущий пароль',
    newPassword: 'Новый пароль',
    confirmPassword: 'Новый пароль ещё раз',
  },
  help: {
    new_password: 'Не короче %{min} символов; длинная фраза лучше сложного слова',
  },
};
