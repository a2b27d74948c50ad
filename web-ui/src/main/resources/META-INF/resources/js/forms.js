// Forms: read values, send them, and put the server's German error messages next to their fields.

/** The form's values as an object; empty fields are left out, numbers stay text until the server reads them. */
export function values(form) {
  const result = {};
  for (const element of form.elements) {
    if (!element.name || element.disabled || element.type === 'submit' || element.type === 'button') continue;
    const value = element.value.trim();
    if (value !== '') result[element.name] = element.type === 'number' ? Number(value) : value;
  }
  return result;
}

/** Removes earlier error messages from a form. */
export function clearErrors(form) {
  form.querySelectorAll('.fehler[data-vom-server]').forEach((p) => p.remove());
  form.querySelectorAll('[aria-invalid]').forEach((element) => {
    element.removeAttribute('aria-invalid');
    const described = (element.getAttribute('aria-describedby') || '').split(' ').filter((id) => !id.startsWith('fehler-'));
    if (described.length) element.setAttribute('aria-describedby', described.join(' '));
    else element.removeAttribute('aria-describedby');
  });
}

/** Where a field of the API belongs in this form ("collaborators.name" → "collaborators"). */
function fieldFor(form, name) {
  if (!name) return null;
  const candidates = [name, name.split('.')[0], name.split('.').pop(), { comment: 'reason', reason: 'comment', collaborator: 'name' }[name]];
  for (const candidate of candidates) {
    const element = candidate && form.elements.namedItem(candidate);
    if (element && element.nodeType === 1) return element;
  }
  return null;
}

let counter = 0;

/**
 * Shows a problem+json answer: each error next to its field (linked with aria-describedby), the
 * rest as a message above the submit button. Focus moves to the first field in error.
 */
export function showErrors(form, problem) {
  clearErrors(form);
  const loose = [];
  let first = null;
  for (const error of problem.errors || []) {
    const element = fieldFor(form, error.field);
    if (!element) {
      loose.push(error.message);
      continue;
    }
    const id = `fehler-${++counter}`;
    const message = document.createElement('p');
    message.className = 'fehler';
    message.id = id;
    message.dataset.vomServer = '';
    message.textContent = error.message;
    element.closest('.feld')?.append(message) || element.after(message);
    element.setAttribute('aria-invalid', 'true');
    element.setAttribute('aria-describedby', [element.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
    first = first || element;
  }
  if (loose.length || !first) {
    const message = document.createElement('p');
    message.className = 'fehler';
    message.dataset.vomServer = '';
    message.setAttribute('role', 'alert');
    message.textContent = loose.length ? loose.join(' ') : (problem.detail || problem.title || 'Die Änderung wurde nicht gespeichert.');
    form.querySelector('button[type="submit"]').before(message);
  }
  if (first) first.focus();
}
