// Builds elements from text only: nothing the API answers is ever parsed as HTML.

/** h('a', {href: '#/x', class: 'c'}, 'text', child, ...): attributes are set as attributes, children as text or nodes. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

/** A date and time in the reader's locale. */
export function when(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function day(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

const LABELS = {
  NEW: 'New', IN_REVIEW: 'In review', REVIEWED: 'Reviewed', DISMISSED: 'Dismissed',
  TRUE: 'True', MOSTLY_TRUE: 'Mostly true', MIXED: 'Mixed', MOSTLY_FALSE: 'Mostly false', FALSE: 'False',
  MISLEADING: 'Misleading', UNVERIFIABLE: 'Unverifiable',
  CONFIRMED: 'Confirmed', MISATTRIBUTED: 'Misattributed', MISQUOTED: 'Misquoted', UNVERIFIED: 'Unverified',
  QUOTE: 'Quote', STATEMENT: 'Statement', DIRECT: 'Direct quotation', INDIRECT: 'Reported speech',
  SUPPORTS: 'Supports', REFUTES: 'Refutes', CONTEXT: 'Context',
  CREATE: 'Created', UPDATE: 'Changed', DELETE: 'Deleted', PUBLISH: 'Published', RETRACT: 'Retracted', APPROVE: 'Approved',
};

/** Plain English for an API enum value. */
export function label(value) {
  if (value === undefined || value === null) return '—';
  return LABELS[value] ?? String(value).toLowerCase().replaceAll('_', ' ');
}

export const VERDICTS = ['TRUE', 'MOSTLY_TRUE', 'MIXED', 'MOSTLY_FALSE', 'FALSE', 'MISLEADING', 'UNVERIFIABLE'];
export const ATTRIBUTIONS = ['CONFIRMED', 'MISATTRIBUTED', 'MISQUOTED', 'UNVERIFIED'];
export const STATUSES = ['NEW', 'IN_REVIEW', 'REVIEWED', 'DISMISSED'];
export const KINDS = ['QUOTE', 'STATEMENT'];
export const STANCES = ['SUPPORTS', 'REFUTES', 'CONTEXT'];

/** A <select> of enum values, with an optional empty choice. */
export function select(name, values, { selected, empty, id } = {}) {
  return h('select', { name, id: id ?? name },
    empty !== undefined ? h('option', { value: '' }, empty) : null,
    values.map(value => h('option', { value, selected: value === selected }, label(value))));
}

/** A labelled form field; problem violations for `name` are shown in its message element. */
export function field(labelText, control, hint) {
  const id = control.id || control.getAttribute('name');
  control.id = id;
  const message = h('p', { class: 'violation', id: id + '-problem', hidden: true });
  control.setAttribute('aria-describedby', message.id);
  return h('div', { class: 'field', 'data-field': control.getAttribute('name') },
    h('label', { for: id }, labelText), hint ? h('p', { class: 'hint' }, hint) : null, control, message);
}
