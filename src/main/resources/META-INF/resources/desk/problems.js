// Shows problem details: title and detail in an alert, each field violation next to its field.
import { h } from './dom.js';

export function showProblem(container, problem, form) {
  clearProblems(container, form);
  const title = problem.title ?? 'Something went wrong';
  const detail = problem.detail ?? problem.message ?? '';
  const unplaced = [];
  for (const violation of problem.violations ?? []) {
    const name = String(violation.field ?? '').split('.').pop();
    const message = form?.querySelector(`[data-field="${CSS.escape(name)}"] .violation`);
    if (message) {
      message.textContent = violation.message;
      message.hidden = false;
      message.parentElement.querySelector('input, select, textarea')?.setAttribute('aria-invalid', 'true');
    } else {
      unplaced.push(`${violation.field}: ${violation.message}`);
    }
  }
  const alert = h('div', { class: 'problem', role: 'alert', 'data-status': problem.status ?? '' },
    h('p', { class: 'problem-title' }, title),
    detail ? h('p', { class: 'problem-detail' }, detail) : null,
    unplaced.length ? h('ul', {}, unplaced.map(text => h('li', {}, text))) : null);
  container.prepend(alert);
  return alert;
}

export function clearProblems(container, form) {
  container.querySelectorAll(':scope > .problem').forEach(alert => alert.remove());
  form?.querySelectorAll('.violation').forEach(message => { message.hidden = true; message.textContent = ''; });
  form?.querySelectorAll('[aria-invalid]').forEach(control => control.removeAttribute('aria-invalid'));
}

export function notice(container, text) {
  container.querySelectorAll(':scope > .notice').forEach(old => old.remove());
  container.prepend(h('p', { class: 'notice', role: 'status' }, text));
}
