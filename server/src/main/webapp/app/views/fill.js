// Filling one audit, section by section. Every change is written to the device at once, so a
// reload, a closed tab or a restarted browser loses nothing; "submit" puts the answers in the
// outbox, which sends them whenever the server can be reached.
import { h, uid, add, onLeave } from '../dom.js';
import { t, local, when, number, score } from '../i18n.js';
import { store } from '../store.js';
import * as outbox from '../outbox.js';
import * as photos from '../photos.js';
import { session } from '../session.js';
import { problems, problem, progress, answers, items, required } from '../checklist.js';
import { refresh, status } from './audits.js';
import { phoneHelper } from './phone.js';
import { failure, go } from '../main.js';

export async function fillAudit(view, idText) {
  const id = Number(idText);
  let audit = await store.get('audits', id);
  if (!audit) {
    await refresh();
    audit = await store.get('audits', id);
  }
  if (!audit) {
    add(view, h('h1', {}, t('notFound')));
    return;
  }
  const template = (await store.get('templates', `${audit.templateId}@${audit.templateVersion}`)).content;
  const entries = await outbox.entries();
  let draft = await store.get('drafts', id);
  const state = status(audit, draft, entries);
  const editable = ['todo', 'draft', 'returned', 'refused'].includes(state);
  if (!draft) draft = newDraft(audit);
  const refused = entries.find((e) => e.auditId === id && e.state === 'refused');

  const saved = h('p', { class: 'saved hint', role: 'status', id: 'draft-status' });
  const summary = h('div', { id: 'problems' });
  const nav = h('ol', { class: 'sections' });
  const body = h('div', { class: 'section-body' });
  let showAll = false;
  let saving = Promise.resolve();
  let pending = null;

  const save = () => {
    clearTimeout(pending);
    pending = null;
    draft.updatedAt = new Date().toISOString();
    saving = saving.then(() => store.put('drafts', draft)).then(
      () => { saved.textContent = t('fill.saved', { at: new Date().toLocaleTimeString() }); saved.dataset.saved = draft.updatedAt; },
      (e) => { saved.textContent = t('fill.notSaved', { error: e.message }); });
    return saving;
  };
  const saveSoon = () => {
    clearTimeout(pending);
    pending = setTimeout(save, 250);
  };
  // A tab closed while typing: write the last keystrokes now.
  const flush = () => { if (pending) save(); };
  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', flush);
  onLeave(view, () => {
    flush();
    removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', flush);
  });

  const entry = (itemId) => (draft.values[itemId] ??= {});
  const changed = (item, { soon = false } = {}) => {
    if (soon) saveSoon();
    else save();
    const box = view.querySelector(`[data-item="${item.id}"] .problem`);
    if (box) box.textContent = problem(item, draft.values[item.id]) || '';
    drawNav();
  };

  function drawNav() {
    nav.replaceChildren(...template.sections.map((section, i) => {
      const p = progress(section, draft.values);
      const wrong = showAll && problems({ sections: [section] }, draft.values).length > 0;
      return h('li', {}, h('button', {
        type: 'button', 'aria-current': i === draft.section ? 'step' : null, class: wrong ? 'has-problems' : null,
        onclick: () => { draft.section = i; save(); drawSection(); },
      }, local(section.title), ' ', h('span', { class: 'progress', 'data-section': section.id }, `${p.done}/${p.total}`)));
    }));
  }

  function drawSection() {
    drawNav();
    const section = template.sections[draft.section];
    const last = draft.section === template.sections.length - 1;
    body.replaceChildren(
      h('fieldset', { disabled: !editable, class: 'section' },
        h('legend', {}, h('h2', {}, local(section.title))),
        section.items.map(itemView)),
      h('div', { class: 'row' },
        h('button', {
          type: 'button', disabled: draft.section === 0,
          onclick: () => { draft.section -= 1; save(); drawSection(); window.scrollTo(0, 0); },
        }, t('fill.previous')),
        h('button', {
          type: 'button', disabled: last, class: last ? null : 'primary',
          onclick: () => { draft.section += 1; save(); drawSection(); window.scrollTo(0, 0); },
        }, t('fill.next'))));
  }

  function itemView(item) {
    const e = draft.values[item.id] || {};
    const problemText = showAll ? problem(item, e) : null;
    return h('fieldset', { class: 'item', id: `item-${item.id}`, 'data-item': item.id, 'data-kind': item.kind },
      h('legend', {}, local(item.text), required(item) ? h('span', { class: 'required', title: t('fill.required') }, ' *') : null),
      item.standard ? h('details', { class: 'standard' }, h('summary', {}, t('fill.standard')), h('p', {}, local(item.standard))) : null,
      control(item),
      h('p', { class: 'problem', role: 'alert' }, problemText || ''),
      item.kind === 'text' ? null : h('details', { class: 'comment', open: Boolean(e.comment) },
        h('summary', {}, t('fill.comment')),
        h('textarea', {
          rows: 2, maxlength: 4000, 'aria-label': t('fill.commentOn', { item: local(item.text) }), value: e.comment || '',
          oninput: (ev) => { entry(item.id).comment = ev.target.value; changed(item, { soon: true }); },
        })));
  }

  function radios(item, options) {
    const name = uid('v');
    const e = draft.values[item.id] || {};
    const current = e.na ? 'na' : (e.value === undefined ? null : String(e.value));
    const all = item.naAllowed ? [...options, ['na', t('fill.na'), null]] : options;
    return h('div', { class: `choices ${item.kind}` }, all.map(([v, label, value]) => h('label', { class: 'choice' },
      h('input', {
        type: 'radio', name, value: v, checked: current === v,
        onchange: () => {
          const x = entry(item.id);
          if (v === 'na') { x.na = true; delete x.value; } else { delete x.na; x.value = value; }
          changed(item);
        },
      }),
      h('span', {}, label))));
  }

  function numberInput(item, { step, max }) {
    const e = draft.values[item.id] || {};
    const input = h('input', {
      type: 'number', inputmode: step === 1 ? 'numeric' : 'decimal', min: 0, max, step: step === 1 ? 1 : 'any',
      value: e.value ?? '', disabled: Boolean(e.na), 'aria-label': local(item.text), class: 'number',
      oninput: (ev) => { entry(item.id).value = ev.target.value; changed(item, { soon: true }); },
    });
    const bump = (d) => h('button', {
      type: 'button', class: 'bump', 'aria-label': d > 0 ? t('fill.more') : t('fill.less'),
      onclick: () => {
        const next = Math.max(0, (Number(input.value) || 0) + d);
        input.value = next;
        entry(item.id).value = String(next);
        changed(item);
      },
    }, d > 0 ? '+' : '−');
    const na = item.naAllowed ? h('label', { class: 'check' }, h('input', {
      type: 'checkbox', checked: Boolean(e.na),
      onchange: (ev) => {
        const x = entry(item.id);
        if (ev.target.checked) { x.na = true; delete x.value; input.value = ''; } else delete x.na;
        input.disabled = ev.target.checked;
        changed(item);
      },
    }), ' ', t('fill.na')) : null;
    return h('div', { class: 'row' }, step === 1 ? bump(-1) : null, input, step === 1 ? bump(1) : h('span', {}, t('fill.seconds')), na);
  }

  function control(item) {
    switch (item.kind) {
      case 'yes_no':
        return radios(item, [['true', t('fill.yes'), true], ['false', t('fill.no'), false]]);
      case 'scale':
        return radios(item, [1, 2, 3, 4, 5].map((p) => [String(p), `${p} — ${local(item.points[String(p)])}`, p]));
      case 'choice':
        return radios(item, item.options.map((o) => [o.id, local(o.label), o.id]));
      case 'count':
        return numberInput(item, { step: 1, max: item.max ?? 1000 });
      case 'duration':
        return numberInput(item, { step: 'any', max: item.maxSeconds ?? 86400 });
      case 'text':
        return h('textarea', {
          rows: 3, maxlength: item.maxLength ?? 10000, 'aria-label': local(item.text), value: draft.values[item.id]?.value || '',
          oninput: (ev) => { entry(item.id).value = ev.target.value; changed(item, { soon: true }); },
        });
      case 'photo':
        return photoControl(item);
      default:
        return h('p', { class: 'error' }, item.kind);
    }
  }

  function photoControl(item) {
    const preview = h('div', { class: 'photo-preview' });
    const note = h('p', { class: 'hint', role: 'status' });
    const show = async () => {
      const photoId = draft.values[item.id]?.value;
      preview.replaceChildren();
      if (!photoId) return;
      const url = await photos.localUrl(photoId);
      add(preview, url ? h('img', { src: url, alt: t('fill.photoOf', { item: local(item.text) }) }) : h('span', {}, t('fill.photoSent')),
        editable ? h('button', {
          type: 'button', onclick: () => { delete entry(item.id).value; changed(item); show(); },
        }, t('fill.removePhoto')) : null);
    };
    const input = h('input', {
      type: 'file', accept: 'image/*', capture: 'environment', 'aria-label': t('fill.takePhoto'),
      onchange: async (ev) => {
        const file = ev.target.files[0];
        if (!file) return;
        note.textContent = t('fill.photoWorking');
        try {
          const photo = await photos.keep(file, audit.id);
          entry(item.id).value = photo.id;
          note.textContent = t('fill.photoKept', { w: photo.width, h: photo.height, kb: number(photo.size / 1024) });
          changed(item);
          show();
        } catch (e) {
          note.textContent = t('fill.photoFailed', { error: e.message });
        }
        ev.target.value = '';
      },
    });
    show();
    return h('div', { class: 'photo' }, h('label', { class: 'button' }, input, t('fill.takePhoto')), note, preview);
  }

  async function submit() {
    if (pending) await save();
    showAll = true;
    const found = problems(template, draft.values);
    drawSection();
    if (found.length) {
      summary.replaceChildren(h('div', { class: 'card error', role: 'alert', tabindex: -1 },
        h('h2', {}, t('fill.problems', { n: found.length })),
        h('ul', {}, found.map((p) => h('li', {}, h('a', {
          href: `#item-${p.item.id}`,
          onclick: (ev) => {
            ev.preventDefault();
            draft.section = p.section;
            drawSection();
            const target = view.querySelector(`#item-${p.item.id}`);
            target.scrollIntoView();
            target.querySelector('input, textarea, button')?.focus();
          },
        }, `${local(template.sections[p.section].title)} › ${local(p.item.text)}: ${p.message}`))))));
      summary.firstChild.focus();
      return;
    }
    summary.replaceChildren();
    const given = answers(template, draft.values);
    const photoItems = new Set(items(template).filter((i) => i.kind === 'photo').map((i) => i.id));
    const photoIds = given.filter((a) => photoItems.has(a.item) && !a.na).map((a) => a.value);
    await save();
    if (refused) await outbox.dismiss(refused.submissionId);
    await outbox.enqueue(audit.id, given, photoIds, `${audit.locationName} · ${local(template.title)}`);
    go('outbox');
  }

  add(view, 
    h('h1', {}, audit.locationName),
    h('p', { class: 'subtitle' }, `${local(template.title)} · ${when(audit.dueFrom)} – ${when(audit.dueTo)} · `,
      h('span', { class: `status ${state}` }, t(`status.${state}`))),
    audit.status === 'returned' && audit.reviewComment
      ? h('div', { class: 'card notice', role: 'note', id: 'review-comment' }, h('strong', {}, t('fill.returned')), ' ', audit.reviewComment) : null,
    refused ? h('div', { class: 'card error', role: 'alert' }, h('strong', {}, t('fill.refused')), ' ',
      failure({ problem: refused.problem, message: refused.lastError })) : null,
    !editable ? h('p', { class: 'notice' }, state === 'waiting' ? t('fill.waiting') : t('fill.sent', { score: score(audit.score) })) : null,
    editable ? phoneHelper(template, draft.phone, (itemId, value) => {
      const x = entry(itemId);
      delete x.na;
      x.value = value;
      save();
      drawSection();
    }, () => save()) : null,
    h('div', { class: 'fill' }, h('nav', { 'aria-label': t('fill.sections') }, nav), h('div', {}, body)),
    summary,
    editable ? h('div', { class: 'row submit' }, saved,
      h('button', { type: 'button', class: 'primary', id: 'submit', onclick: submit }, t('fill.submit'))) : null);
  drawSection();
  if (draft.updatedAt) saved.textContent = t('fill.savedBefore', { at: when(draft.updatedAt) });
}

function newDraft(audit) {
  const values = {};
  for (const a of audit.lastAnswers || []) {
    values[a.item] = a.na ? { na: true } : { value: a.value };
    if (a.comment) values[a.item].comment = a.comment;
  }
  return { auditId: audit.id, userId: session.user().id, values, phone: {}, section: 0 };
}
