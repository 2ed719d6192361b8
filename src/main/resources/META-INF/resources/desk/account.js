// The sign-in area in the header.
import * as auth from './auth.js';
import { h, replace } from './dom.js';

export function renderAccount(area) {
  const user = auth.current();
  if (user) {
    replace(area, h('span', { class: 'who' }, `Signed in as ${user.name}`),
      h('button', { type: 'button', class: 'secondary', id: 'sign-out', onclick: () => auth.signOut() }, 'Sign out'));
    return;
  }
  const settings = auth.options();
  if (settings.devSignIn) {
    const message = h('p', { class: 'violation', role: 'alert', hidden: true });
    const form = h('form', { class: 'dev-sign-in', 'aria-label': 'Development sign-in' },
      h('label', { for: 'dev-user' }, 'User'),
      h('input', { id: 'dev-user', name: 'user', value: 'm.lee', autocomplete: 'username', required: true, size: 10 }),
      h('label', { for: 'dev-role' }, 'Role'),
      h('select', { id: 'dev-role', name: 'role' },
        ['reviewer', 'editor', 'admin'].map(role => h('option', { value: role }, role))),
      h('button', { type: 'submit', id: 'dev-sign-in' }, 'Sign in (development)'),
      message);
    form.addEventListener('submit', async event => {
      event.preventDefault();
      try {
        await auth.devSignIn(form.elements.user.value.trim(), [form.elements.role.value]);
      } catch (e) {
        message.textContent = e.message;
        message.hidden = false;
      }
    });
    replace(area, form);
  } else if (settings.issuer && settings.clientId) {
    replace(area, h('button', { type: 'button', id: 'sign-in', onclick: () => auth.providerSignIn() }, 'Sign in'));
  } else {
    replace(area, h('span', { class: 'who' }, 'Reading only: no sign-in is configured'));
  }
}
