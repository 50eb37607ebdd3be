import { h, field, add } from '../dom.js';
import { t } from '../i18n.js';
import { call } from '../api.js';
import { session } from '../session.js';
import { failure, go } from '../main.js';

export async function signIn(view) {
  const username = h('input', { name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const message = h('p', { role: 'alert', class: 'error', hidden: true });
  const form = h('form', {
    class: 'card narrow',
    onsubmit: async (e) => {
      e.preventDefault();
      message.hidden = true;
      try {
        const answer = await call('POST', 'sessions', { json: { username: username.value.trim(), password: password.value } });
        session.start(answer.token, answer.user);
        go('');
      } catch (err) {
        message.textContent = err.status === 401 ? t('signIn.failed') : failure(err);
        message.hidden = false;
      }
    },
  },
  h('h1', {}, t('signIn.title')),
  field(t('signIn.username'), username),
  field(t('signIn.password'), password),
  message,
  h('button', { type: 'submit', class: 'primary' }, t('signIn.submit')),
  h('p', { class: 'hint' }, t('signIn.offline')));
  add(view, form);
}
