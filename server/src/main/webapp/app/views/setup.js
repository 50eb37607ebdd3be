// Agency staff's set-up screens: clients and their locations, checklist templates, and users.
import { h, table, field, add } from '../dom.js';
import { t, local, when } from '../i18n.js';
import { all, get, post, call } from '../api.js';
import { apiForm, select } from '../forms.js';
import { failure, go } from '../main.js';

const ZONES = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];

export async function clients(view) {
  const list = await all('clients');
  add(view, 
    h('h1', {}, t('clients.title')),
    table(list, [
      [t('clients.name'), (c) => h('a', { href: `#/clients/${c.id}` }, c.name)],
      [t('clients.created'), (c) => when(c.createdAt)],
    ]),
    apiForm(t('clients.new'), [{ name: 'name', label: t('clients.name'), input: h('input', { required: true, maxlength: 200 }) }],
      t('clients.create'), async (values) => {
        const created = await post('clients', values);
        go(`clients/${created.id}`);
      }));
}

export async function client(view, id) {
  const [c, locations] = await Promise.all([get(`clients/${id}`), all(`clients/${id}/locations`)]);
  const zone = h('input', { list: 'zones', required: true, value: Intl.DateTimeFormat().resolvedOptions().timeZone });
  add(view, 
    h('h1', {}, c.name),
    h('h2', {}, t('locations.title')),
    table(locations, [
      [t('locations.name'), (l) => l.name],
      [t('locations.address'), (l) => l.address || ''],
      [t('locations.zone'), (l) => l.timeZone],
      [t('locations.contact'), (l) => [l.phone, l.email, l.website].filter(Boolean).join(' · ')],
    ]),
    h('datalist', { id: 'zones' }, ZONES.map((z) => h('option', { value: z }))),
    apiForm(t('locations.new'), [
      { name: 'name', label: t('locations.name'), input: h('input', { required: true }) },
      { name: 'address', label: t('locations.address'), input: h('input', {}) },
      { name: 'timeZone', label: t('locations.zone'), input: zone },
      { name: 'phone', label: t('locations.phone'), input: h('input', { type: 'tel' }) },
      { name: 'email', label: t('locations.email'), input: h('input', { type: 'email' }) },
      { name: 'website', label: t('locations.website'), input: h('input', { type: 'url' }) },
    ], t('locations.create'), async (values) => {
      await post(`clients/${id}/locations`, values);
      go(`clients/${id}`);
    }));
}

export async function templates(view) {
  const list = await all('templates');
  const file = h('input', { type: 'file', accept: 'application/json,.json' });
  const text = h('textarea', { rows: 8, class: 'code' });
  const message = h('p', { role: 'status' });
  add(view, 
    h('h1', {}, t('templates.title')),
    table(list, [
      [t('templates.id'), (x) => h('a', { href: `#/templates/${x.id}` }, x.id)],
      [t('templates.version'), (x) => x.version],
      [t('templates.name'), (x) => x.title],
      [t('templates.channel'), (x) => x.channel],
      [t('templates.used'), (x) => x.used],
      [t('templates.updated'), (x) => when(x.updatedAt)],
    ]),
    h('form', {
      class: 'card',
      onsubmit: async (e) => {
        e.preventDefault();
        message.className = 'hint';
        try {
          const json = file.files[0] ? await file.files[0].text() : text.value;
          const answer = await call('POST', 'templates', { body: json, contentType: 'application/json' });
          message.textContent = t('templates.imported', { id: answer.id, version: answer.version });
        } catch (err) {
          message.className = 'error';
          message.textContent = failure(err);
        }
      },
    },
    h('h2', {}, t('templates.import')),
    h('p', { class: 'hint' }, t('templates.importHint')),
    field(t('templates.file'), file),
    field(t('templates.paste'), text),
    h('button', { type: 'submit', class: 'primary' }, t('templates.importButton')),
    message));
}

export async function template(view, id) {
  const x = await get(`templates/${id}`);
  add(view, 
    h('h1', {}, local(x.title), ' ', h('small', {}, `${x.id} v${x.version}`)),
    x.description ? h('p', {}, local(x.description)) : null,
    x.sections.map((s) => h('section', { class: 'card' },
      h('h2', {}, local(s.title), s.weight && s.weight !== 1 ? ` (×${s.weight})` : ''),
      h('ol', {}, s.items.map((i) => h('li', {},
        h('strong', {}, local(i.text)), ' ', h('span', { class: 'hint' }, `${i.id} · ${i.kind}${i.critical ? ` · ${t('templates.critical')}` : ''}`),
        i.standard ? h('p', { class: 'standard' }, t('fill.standard'), ': ', local(i.standard)) : null))))));
}

export async function users(view) {
  const [list, clientList] = await Promise.all([all('users'), all('clients')]);
  const clientNames = new Map(clientList.map((c) => [c.id, c.name]));
  const clientSelect = select([['', '—'], ...clientList.map((c) => [c.id, c.name])]);
  add(view, 
    h('h1', {}, t('users.title')),
    table(list, [
      [t('users.username'), (u) => u.username],
      [t('users.name'), (u) => u.displayName],
      [t('users.role'), (u) => t(`role.${u.role}`)],
      [t('users.client'), (u) => clientNames.get(u.clientId) || ''],
      [t('users.enabled'), (u) => (u.enabled ? t('fill.yes') : t('fill.no'))],
    ]),
    apiForm(t('users.new'), [
      { name: 'username', label: t('users.username'), input: h('input', { required: true, autocomplete: 'off' }) },
      { name: 'displayName', label: t('users.name'), input: h('input', { required: true }) },
      { name: 'role', label: t('users.role'), input: select(['auditor', 'manager', 'admin'].map((r) => [r, t(`role.${r}`)])) },
      { name: 'clientId', label: t('users.clientForManager'), input: clientSelect },
      { name: 'password', label: t('users.password'), input: h('input', { type: 'password', required: true, minlength: 12, autocomplete: 'new-password' }),
        hint: t('users.passwordHint') },
    ], t('users.create'), async (values) => {
      if (values.clientId) values.clientId = Number(values.clientId);
      await post('users', values);
      go('users');
    }));
}
