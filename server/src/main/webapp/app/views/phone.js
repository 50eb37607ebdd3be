// Phone helpers: a stopwatch and ring counter the auditor taps through during a call. Each
// figure fills the template's item that declares its `measure` (rings, answer-seconds,
// sales-seconds, hold-seconds). Times are wall-clock milliseconds kept in the draft, so a reload
// in the middle of a call loses nothing.
import { h, field, fill } from '../dom.js';
import { t, number } from '../i18n.js';

const seconds = (ms) => Math.round(ms / 100) / 10;

export function phoneHelper(template, state, onMeasure, onState) {
  const measured = new Map(template.sections.flatMap((s) => s.items).filter((i) => i.measure).map((i) => [i.measure, i]));
  if (measured.size === 0) return null;
  state.ringSeconds ??= 5;
  const clock = h('output', { class: 'stopwatch', 'aria-label': t('phone.elapsed') });
  const rings = h('output', { class: 'rings', 'aria-live': 'polite' });
  const log = h('ul', { class: 'phone-log', 'aria-live': 'polite' });
  const buttons = {};

  const fillMeasure = (measure, value) => {
    if (measured.has(measure)) onMeasure(measured.get(measure).id, value);
  };
  const ringsNow = () => {
    if (!state.autoRings || !state.dialledAt) return state.rings || 0;
    const until = state.answeredAt || Date.now();
    return Math.max(1, Math.ceil((until - state.dialledAt) / 1000 / state.ringSeconds));
  };
  const act = (name, change) => h('button', {
    type: 'button', class: `phone-${name}`, 'data-phone': name,
    onclick: () => {
      change();
      onState(state);
      draw();
    },
  }, t(`phone.${name}`));

  buttons.dial = act('dial', () => {
    Object.assign(state, { dialledAt: Date.now(), rings: 0, answeredAt: null, salesAt: null, holdStartedAt: null, holdSeconds: 0 });
  });
  buttons.ring = act('ring', () => { state.rings = (state.rings || 0) + 1; });
  buttons.answered = act('answered', () => {
    state.rings = ringsNow();
    state.answeredAt = Date.now();
    fillMeasure('rings', state.rings);
    fillMeasure('answer-seconds', seconds(state.answeredAt - state.dialledAt));
  });
  buttons.sales = act('sales', () => {
    state.salesAt = Date.now();
    fillMeasure('sales-seconds', seconds(state.salesAt - state.dialledAt));
  });
  buttons.holdStart = act('holdStart', () => { state.holdStartedAt = Date.now(); });
  buttons.holdEnd = act('holdEnd', () => {
    state.holdSeconds = seconds((state.holdSeconds || 0) * 1000 + Date.now() - state.holdStartedAt);
    state.holdStartedAt = null;
    fillMeasure('hold-seconds', state.holdSeconds);
  });
  buttons.reset = act('reset', () => {
    for (const key of ['dialledAt', 'answeredAt', 'salesAt', 'holdStartedAt']) state[key] = null;
    state.rings = 0;
    state.holdSeconds = 0;
  });
  const auto = h('input', {
    type: 'checkbox', checked: state.autoRings,
    onchange: (e) => { state.autoRings = e.target.checked; onState(state); draw(); },
  });
  const cadence = h('input', {
    type: 'number', min: 1, max: 30, step: 0.5, value: state.ringSeconds, inputmode: 'decimal', class: 'short',
    onchange: (e) => { state.ringSeconds = Number(e.target.value) || 5; onState(state); draw(); },
  });

  function draw() {
    const dialled = Boolean(state.dialledAt);
    const end = state.salesAt || null;
    clock.value = dialled ? `${number(seconds((end || Date.now()) - state.dialledAt), 1)} s` : '0.0 s';
    rings.value = t('phone.ringCount', { n: ringsNow() });
    buttons.ring.disabled = !dialled || Boolean(state.answeredAt) || state.autoRings;
    buttons.answered.disabled = !dialled || Boolean(state.answeredAt);
    buttons.sales.disabled = !state.answeredAt || Boolean(state.salesAt);
    buttons.holdStart.disabled = !state.answeredAt || Boolean(state.holdStartedAt);
    buttons.holdEnd.disabled = !state.holdStartedAt;
    fill(log,
      state.answeredAt ? h('li', {}, t('phone.answeredAfter', { s: number(seconds(state.answeredAt - state.dialledAt), 1), n: state.rings })) : null,
      state.salesAt ? h('li', {}, t('phone.salesAfter', { s: number(seconds(state.salesAt - state.dialledAt), 1) })) : null,
      state.holdSeconds ? h('li', {}, t('phone.holdTotal', { s: number(state.holdSeconds, 1) })) : null);
  }

  draw();
  let shown = false; // the view is attached to the page after it is built
  const ticker = setInterval(() => {
    if (clock.isConnected) shown = true;
    else if (shown) clearInterval(ticker);
    if (state.dialledAt && !state.salesAt) draw();
  }, 100);

  return h('section', { class: 'card phone', 'aria-labelledby': 'phone-h' },
    h('h2', { id: 'phone-h' }, t('phone.title')),
    h('div', { class: 'phone-display' }, clock, rings),
    h('div', { class: 'phone-buttons' }, Object.values(buttons)),
    h('div', { class: 'row' },
      h('label', { class: 'check' }, auto, ' ', t('phone.autoRings')),
      field(t('phone.ringSeconds'), cadence)),
    log);
}
