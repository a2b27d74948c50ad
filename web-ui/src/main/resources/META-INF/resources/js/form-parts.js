// The building blocks of the change forms: a labelled field with its hint, inputs, and a form in a
// disclosure. Field names are the API's, so the server's error messages land next to the right field.
import { esc } from './text.js';

let uid = 0;

export function field(label, control, hint) {
  const id = `fld-${++uid}`;
  const hintId = hint ? `${id}-hinweis` : null;
  return `<div class="feld"><label for="${id}">${label}</label>${control.replace('$ID', id).replace('$DESC', hintId ? ` aria-describedby="${hintId}"` : '')}${hint ? `<p class="hinweis" id="${hintId}">${hint}</p>` : ''}</div>`;
}

export const input = (name, attributes = '') => `<input id="$ID" name="${name}"$DESC ${attributes}>`;
export const textarea = (name, attributes = '', text = '') => `<textarea id="$ID" name="${name}"$DESC ${attributes}>${esc(text)}</textarea>`;
export const select = (name, options, attributes = '', selected = null) =>
  `<select id="$ID" name="${name}"$DESC ${attributes}>${options.map(([value, label]) => `<option value="${esc(value)}"${value === selected ? ' selected' : ''}>${esc(label)}</option>`).join('')}</select>`;

/** A form in a disclosure; {@code method} DELETE sends the values as query parameters. */
export function form(key, title, path, body, submit = 'Speichern', method = 'POST') {
  return `<details class="aktion" data-aktion="${key}"><summary>${title}</summary>
    <form data-pfad="${path}" data-methode="${method}" data-titel="${esc(title)}" id="form-${key}" novalidate>${body}
      <button type="submit">${submit}</button></form></details>`;
}

export function today() {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
}

export const REASON = 'Begründung (Pflicht)';
export const OPTIONAL_REASON = 'Begründung (freiwillig)';
