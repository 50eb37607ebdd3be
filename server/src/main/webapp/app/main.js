// The app's shell: header, navigation by role, and a hash router that renders one view at a time.
import { h, fill, leave } from './dom.js';
import { t, lang, setLang, LANGUAGES } from './i18n.js';
import { session } from './session.js';
import * as outbox from './outbox.js';
import { call, Unreachable } from './api.js';
import { signIn } from './views/signin.js';
import { myAudits, outboxView } from './views/audits.js';
import { fillAudit } from './views/fill.js';
import { clients, client, templates, template, users } from './views/setup.js';
import { assignments, probes } from './views/assign.js';
import { reviewQueue, review } from './views/review.js';
import { reports, published } from './views/manager.js';

const routes = [
  [/^signin$/, signIn],
  [/^audits$/, myAudits],
  [/^audits\/(\d+)$/, fillAudit],
  [/^outbox$/, outboxView],
  [/^clients$/, clients],
  [/^clients\/(\d+)$/, client],
  [/^templates$/, templates],
  [/^templates\/([a-z0-9_-]+)$/, template],
  [/^users$/, users],
  [/^assignments$/, assignments],
  [/^probes$/, probes],
  [/^review$/, reviewQueue],
  [/^review\/(\d+)$/, review],
  [/^reports$/, reports],
  [/^published$/, published],
];

const NAV = {
  auditor: [['audits', 'nav.audits'], ['outbox', 'nav.outbox']],
  admin: [['review', 'nav.review'], ['assignments', 'nav.assignments'], ['clients', 'nav.clients'], ['templates', 'nav.templates'],
    ['users', 'nav.users'], ['probes', 'nav.probes'], ['reports', 'nav.reports']],
  manager: [['reports', 'nav.reports'], ['published', 'nav.published']],
};

const HOME = { auditor: 'audits', admin: 'review', manager: 'reports' };

const main = document.getElementById('view');
const header = document.getElementById('header');
let rendering = 0;
let shown = null;

export function go(path) {
  if (location.hash === `#/${path}`) render();
  else location.hash = `#/${path}`;
}

async function render() {
  const path = location.hash.replace(/^#\/?/, '');
  const user = session.user();
  renderHeader(user, path);
  if (!user && path !== 'signin') return go('signin');
  if (user && (path === '' || path === 'signin')) return go(HOME[user.role]);
  const route = routes.find(([pattern]) => pattern.test(path));
  const ticket = ++rendering;
  const view = h('div', {});
  if (!route) {
    leave(shown);
    shown = null;
    fill(main, h('h1', {}, t('notFound')));
    return;
  }
  try {
    await route[1](view, ...route[0].exec(path).slice(1));
  } catch (e) {
    view.replaceChildren(h('h1', {}, t('error.title')), h('p', { role: 'alert', class: 'error' }, failure(e)));
  }
  if (ticket === rendering) {
    leave(shown);
    shown = view;
    fill(main, view);
    const heading = main.querySelector('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  } else {
    leave(view); // overtaken by a later navigation
  }
}

/** A message for an error of a call: the server's problem, or that it could not be reached. */
export function failure(e) {
  if (e instanceof Unreachable) return t('error.offline');
  if (e?.problem) {
    const errors = (e.problem.errors || []).map((x) => `${x.item || x.pointer || x.parameter || ''}: ${x.detail}`);
    return [e.problem.detail || e.message, ...errors].join(' — ');
  }
  return String(e?.message || e);
}

async function renderHeader(user, path) {
  const waiting = user ? (await outbox.entries()).filter((e) => e.state === 'waiting').length : 0;
  const language = h('select', {
    id: 'language', 'aria-label': t('language'),
    onchange: (ev) => { setLang(ev.target.value); render(); },
  }, Object.entries(LANGUAGES).map(([code, name]) => h('option', { value: code, selected: code === lang() }, name)));
  fill(header,
    h('a', { class: 'brand', href: '#/' }, 'ServiceAudit'),
    user ? h('nav', { 'aria-label': t('nav.label') }, (NAV[user.role] || []).map(([to, key]) =>
      h('a', { href: `#/${to}`, 'aria-current': path.split('/')[0] === to ? 'page' : null }, t(key)))) : null,
    h('span', { class: 'spacer' }),
    user ? h('a', { id: 'queue-status', href: '#/outbox', class: waiting ? 'badge waiting' : 'badge' },
      waiting ? t('queue.waiting', { n: waiting }) : (navigator.onLine ? t('queue.online') : t('queue.offline'))) : null,
    language,
    user ? h('button', { type: 'button', class: 'link', onclick: signOut }, t('signOut', { name: user.displayName })) : null);
}

async function signOut() {
  const waiting = (await outbox.entries()).filter((e) => e.state === 'waiting').length;
  if (waiting && !confirm(t('signOut.waiting', { n: waiting }))) return;
  try {
    await call('DELETE', 'sessions/current');
  } catch {
    // offline: the token is forgotten here; it expires on the server in its own time
  }
  session.end();
  go('signin');
}

setLang(lang());
addEventListener('hashchange', render);
addEventListener('online', () => renderHeader(session.user(), location.hash.replace(/^#\/?/, '')));
addEventListener('offline', () => renderHeader(session.user(), location.hash.replace(/^#\/?/, '')));
outbox.onChange(() => renderHeader(session.user(), location.hash.replace(/^#\/?/, '')));
session.onChange(() => { if (!session.signedIn()) go('signin'); });
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').catch(() => { /* no offline shell over plain HTTP on another host */ });
}
render();
outbox.sync({ now: true });
setInterval(() => outbox.sync(), 30_000);
