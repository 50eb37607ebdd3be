// Forms of the staff screens: labelled fields, sent to the API, with the server's validation
// errors shown at the fields they name.
import { h, field } from './dom.js';
import { t } from './i18n.js';
import { failure } from './main.js';

/**
 * A form. `fields` are {name, label, input, hint?}; `action(values)` calls the API and answers a
 * message for the user. Values are the inputs' values (numbers for type=number, booleans for
 * checkboxes); empty optional inputs are left out.
 */
export function apiForm(title, fields, submitLabel, action) {
  const message = h('p', { role: 'status', class: 'hint' });
  const errors = new Map(fields.map((f) => [f.name, h('small', { class: 'problem', role: 'alert' })]));
  const form = h('form', {
    class: 'card',
    onsubmit: async (e) => {
      e.preventDefault();
      errors.forEach((el) => { el.textContent = ''; });
      message.className = 'hint';
      message.textContent = t('form.working');
      const values = {};
      for (const f of fields) {
        const input = f.input;
        if (input.type === 'checkbox') values[f.name] = input.checked;
        else if (input.value !== '') values[f.name] = input.type === 'number' ? Number(input.value) : input.value;
      }
      try {
        message.textContent = (await action(values)) || t('form.done');
        form.reset();
      } catch (err) {
        message.className = 'error';
        message.textContent = failure(err);
        for (const x of err.problem?.errors || []) {
          const name = (x.pointer || x.parameter || '').replace(/^\//, '').split('/')[0];
          if (errors.has(name)) errors.get(name).textContent = x.detail;
        }
      }
    },
  },
  h('h2', {}, title),
  fields.map((f) => {
    const wrapped = field(f.label, f.input, f.hint);
    wrapped.append(errors.get(f.name));
    return wrapped;
  }),
  h('button', { type: 'submit', class: 'primary' }, submitLabel),
  message);
  return form;
}

export function select(options, attrs = {}) {
  return h('select', attrs, options.map(([value, label]) => h('option', { value }, label)));
}
