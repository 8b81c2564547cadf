import type { Element, ElementContent } from 'hast';

/*
 * A prerendered form (components/feedback/FeedbackForm.tsx) as one request has it: the values typed
 * put back into their fields, each problem at its field (the element marked `data-error-for`) and in
 * the summary at the top (`data-error-summary`), linked to the field. Values go in as hast text and
 * properties, which hast-util-to-html escapes (lib/templates/page-template.ts).
 */

export type FormState = {
  values: Record<string, string>;
  /** Field name → its problem, in the reader's words. */
  errors: Record<string, string>;
};

const text = (value: string): ElementContent => ({ type: 'text', value });

function mapElements(node: Element, change: (element: Element) => Element): Element {
  const changed = change(node);
  return {
    ...changed,
    children: changed.children.map((child) => (child.type === 'element' ? mapElements(child, change) : child)),
  };
}

function findAll(node: Element, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  if (test(node)) found.push(node);
  for (const child of node.children) if (child.type === 'element') findAll(child, test, found);
  return found;
}

const nameOf = (element: Element) =>
  typeof element.properties.name === 'string' ? element.properties.name : undefined;

/** The form with these values and problems. */
export function fillForm(form: Element, { values, errors }: FormState): Element {
  return mapElements(form, (element) => {
    const properties = { ...element.properties };
    const name = nameOf(element);
    if (name && errors[name] && element.tagName !== 'fieldset') properties.ariaInvalid = 'true';
    if (element.tagName === 'input' && name && name in values) {
      const type = String(properties.type ?? 'text');
      if (type === 'radio' || type === 'checkbox') properties.checked = values[name] === properties.value;
      else if (type !== 'hidden' || name === 'event') properties.value = values[name];
    }
    if (element.tagName === 'option') {
      // Options are chosen by their select's value: set below, where the select is known.
      return element;
    }
    if (element.tagName === 'select' && name && name in values) {
      return {
        ...element,
        properties,
        children: element.children.map((child) =>
          child.type === 'element' && child.tagName === 'option'
            ? { ...child, properties: { ...child.properties, selected: child.properties.value === values[name] } }
            : child,
        ),
      };
    }
    if (element.tagName === 'textarea' && name && name in values) {
      return { ...element, properties, children: [text(values[name]!)] };
    }
    const errorFor = properties.dataErrorFor;
    if (typeof errorFor === 'string' && errors[errorFor]) {
      return { ...element, properties: { ...properties, hidden: false }, children: [text(errors[errorFor]!)] };
    }
    return { ...element, properties };
  });
}

/** The summary of a form's problems: each a link to its field, in the order of the page. */
export function fillSummary(summary: Element, form: Element, errors: Record<string, string>): Element {
  const fields = findAll(form, (e) => nameOf(e) !== undefined && typeof e.properties.id === 'string');
  const items: ElementContent[] = [];
  const seen = new Set<string>();
  for (const element of fields) {
    const name = nameOf(element)!;
    if (!errors[name] || seen.has(name)) continue;
    seen.add(name);
    items.push({
      type: 'element',
      tagName: 'li',
      properties: {},
      children: [
        {
          type: 'element',
          tagName: 'a',
          properties: { href: `#${String(element.properties.id)}` },
          children: [text(errors[name]!)],
        },
      ],
    });
  }
  if (items.length === 0) return summary;
  return mapElements(
    { ...summary, properties: { ...summary.properties, hidden: false, autoFocus: true } },
    (element) => (element.tagName === 'ul' ? { ...element, children: items } : element),
  );
}

/** The event the form is about: shown above it, and sent with it. */
export function fillEvent(form: Element, event: { id: string; title: string }): Element {
  return mapElements(form, (element) => {
    if ('dataEvent' in element.properties) return { ...element, properties: { ...element.properties, hidden: false } };
    if ('dataEventTitle' in element.properties) return { ...element, children: [text(event.title)] };
    if (element.tagName === 'input' && nameOf(element) === 'event')
      return { ...element, properties: { ...element.properties, value: event.id } };
    return element;
  });
}
