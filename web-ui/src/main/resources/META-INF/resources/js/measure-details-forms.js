// The forms that change what a measure is rather than how it is doing: title and texts, the lead
// unit, collaborators, the period. Offered to the lead unit and the strategy office, as the access
// policy allows; prefilled with the current values, so a change starts from what is there.
import { esc } from './text.js';
import { field, input, textarea, select, form, REASON, OPTIONAL_REASON } from './form-parts.js';

const KINDS = [['UNIT', 'Fachbereich / Einheit der Stadt'], ['PARTNER', 'externe Partnerin / externer Partner'], ['GROUP', 'Gruppe von Einheiten']];
const KIND_NAMES = { UNIT: 'Einheit', PARTNER: 'extern', GROUP: 'Gruppe' };
const UNIT_HINT = 'Kürzel wie im Organigramm, z. B. „FB 45“, „FB 11/400“ oder „E 26“.';

/** The detail forms of a measure, as HTML. */
export function detailForms(measure) {
  const parts = [];
  parts.push(form('angaben', 'Titel und Beschreibung überarbeiten', '/details',
    field('Titel', input('title', `required size="60" maxlength="200" value="${esc(measure.title)}"`))
    + field('Arbeitsfeld', input('fieldOfAction', `required size="40" value="${esc(measure.fieldOfAction)}"`))
    + field('Beschreibung', textarea('description', 'rows="5"', measure.description))
    + field('Messbarkeit', textarea('measurability', 'rows="3"', measure.measurability), 'Woran man erkennt, dass die Maßnahme wirkt.')
    + field(OPTIONAL_REASON, textarea('reason'))));
  parts.push(form('federfuehrung', 'Federführung ändern', '/lead-unit',
    field('Neuer federführender Fachbereich', input('leadUnit', 'required size="20" autocomplete="off"'), `Derzeit: ${esc(measure.leadUnit)}. ${UNIT_HINT}`)
    + field(REASON, textarea('reason', 'required'))));
  parts.push(form('mitwirkende-hinzufuegen', 'Mitwirkende hinzufügen', '/collaborators',
    field('Name', input('name', 'required size="40"'), UNIT_HINT)
    + field('Art', select('kind', KINDS, '', 'UNIT'))));
  const collaborators = measure.collaborators || [];
  if (collaborators.length) {
    parts.push(form('mitwirkende-entfernen', 'Mitwirkende entfernen', '/collaborators',
      field('Mitwirkende', select('collaborator', collaborators.map((c) => [`${c.kind}|${c.name}`, `${c.name} (${KIND_NAMES[c.kind] || c.kind})`])))
      + field(OPTIONAL_REASON, textarea('reason')), 'Entfernen', 'DELETE'));
  }
  parts.push(form('zeitraum', 'Zeitraum ändern', '/period',
    field('Zeitraum in Worten', input('period', `required size="40" value="${esc(measure.period?.text || '')}"`), 'Wie im Strategiepapier, z. B. „2025 - 2027“, „Q4/2025“, „Bis Ende 2026“ oder „Schnellstmöglich“; was nicht maschinell lesbar ist, wird wörtlich gespeichert.')
    + field(OPTIONAL_REASON, textarea('reason'))));
  return parts.join('');
}
