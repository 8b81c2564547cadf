/** @jsxImportSource hastscript */
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import { STARTED } from './form';
import { element } from '@/lib/markup';

/*
 * A prerendered form (components/feedback/FeedbackForm.tsx) as one request has it: the values typed
 * put back into their fields, each problem at its field (the element marked `data-error-for`) and in
 * the summary at the top (`data-error-summary`), linked to the field. Values go in as hast text and
 * properties, which hast-util-to-html escapes (lib/frames/frame.ts). The template's own
 * tree is never changed: each request fills a copy.
 */

export type FormState = {
  values: Record<string, string>;
  /** Field name → its problem, in the reader's words. */
  errors: Record<string, string>;
};

const nameOf = (node: Element) => (typeof node.properties.name === 'string' ? node.properties.name : undefined);
const text = (value: string) => [{ type: 'text' as const, value }];

/** The form with these values and problems. */
export function fillForm(form: Element, { values, errors }: FormState): Element {
  const filled = structuredClone(form);
  visit(filled, 'element', (node: Element) => {
    const name = nameOf(node);
    const { properties } = node;
    if (name && errors[name] && node.tagName !== 'fieldset') properties.ariaInvalid = 'true';
    if (name && name in values) {
      const value = values[name]!;
      if (node.tagName === 'input') {
        const type = String(properties.type ?? 'text');
        if (type === 'radio' || type === 'checkbox') properties.checked = value === properties.value;
        else if (type !== 'hidden' || name === 'event' || name === STARTED) properties.value = value;
      }
      if (node.tagName === 'select')
        for (const option of selectAll('option', node)) option.properties.selected = option.properties.value === value;
      if (node.tagName === 'textarea') node.children = text(value);
    }
    const errorFor = properties.dataErrorFor;
    if (typeof errorFor === 'string' && errors[errorFor]) {
      properties.hidden = false;
      node.children = text(errors[errorFor]);
    }
  });
  return filled;
}

/**
 * The summary of a form's problems: each a link to its field, in the order of the page; under its own
 * heading, or `title` (the deletion's "not deleted" rather than the message's "not sent").
 */
export function fillSummary(summary: Element, form: Element, errors: Record<string, string>, title?: string): Element {
  const fields = selectAll('[name][id]', form).filter((field) => errors[nameOf(field)!]);
  // A group of radio buttons is one problem, linked to its first.
  const first = fields.filter((field, i) => fields.findIndex((f) => nameOf(f) === nameOf(field)) === i);
  if (first.length === 0) return summary;
  const filled = structuredClone(summary);
  Object.assign(filled.properties, { hidden: false, autoFocus: true });
  const heading = title ? select('h2', filled) : undefined;
  if (heading) heading.children = text(title!);
  const list = select('ul', filled);
  if (list)
    list.children = first.map((field) =>
      element(
        <li>
          <a href={`#${String(field.properties.id)}`}>{errors[nameOf(field)!]}</a>
        </li>,
      ),
    );
  return filled;
}

/** The event the form is about: shown above it, and sent with it. */
export function fillEvent(form: Element, event: { id: string; title: string }): Element {
  const filled = structuredClone(form);
  for (const shown of selectAll('[data-event]', filled)) shown.properties.hidden = false;
  for (const title of selectAll('[data-event-title]', filled)) title.children = text(event.title);
  for (const input of selectAll('input[name="event"]', filled)) input.properties.value = event.id;
  return filled;
}
