/** @jsxImportSource hastscript */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { fillEvent, fillForm, fillSummary } from '@/lib/feedback/fill';
import { element } from '@/lib/markup';

// The residents' form as the server fills it per request (lib/feedback/fill.tsx), on a form written
// like the prerendered one (components/feedback/FeedbackForm.tsx): its marks, not its looks.
const form = element(
  <form>
    <p data-event hidden>
      <span data-event-title />
    </p>
    <input type="hidden" name="event" value="" />
    <input type="radio" id="kind-question" name="kind" value="question" />
    <input type="radio" id="kind-opinion" name="kind" value="opinion" />
    <select id="topic" name="topic">
      <option value="other">Other</option>
      <option value="values">Values</option>
    </select>
    <textarea id="text" name="text" />
    <p data-error-for="text" hidden />
  </form>,
);
const summary = element(
  <div data-error-summary hidden>
    <h2>Not sent</h2>
    <ul />
  </div>,
);

describe('the residents’ form filled per request', () => {
  it('puts back what was typed, escaped, and marks each problem at its field', () => {
    const values = { kind: 'opinion', topic: 'values', text: '</textarea><script>x</script>' };
    const html = toHtml(fillForm(form, { values, errors: { text: 'Write the text' } }));
    expect(html).toContain('<input type="radio" id="kind-opinion" name="kind" value="opinion" checked>');
    expect(html).toContain('<option value="values" selected>');
    expect(html).toContain(
      '<textarea id="text" name="text" aria-invalid="true">&#x3C;/textarea>&#x3C;script>x&#x3C;/script></textarea>',
    );
    expect(html).toContain('<p data-error-for="text">Write the text</p>');
    // The template itself is left as it was, for the next request.
    expect(toHtml(form)).not.toContain('checked');
  });

  it('lists the problems at the top, one per field, each a link to it, in the order of the page', () => {
    const html = toHtml(fillSummary(summary, form, { text: 'Write the text', kind: 'Choose one' }));
    expect(html).toBe(
      '<div data-error-summary autofocus><h2>Not sent</h2><ul><li><a href="#kind-question">Choose one</a></li><li><a href="#text">Write the text</a></li></ul></div>',
    );
    expect(fillSummary(summary, form, {})).toBe(summary);
    // The deletion's own heading where it is the deletion that failed.
    expect(toHtml(fillSummary(summary, form, { text: 'x' }, 'Not deleted'))).toContain('<h2>Not deleted</h2>');
  });

  it('shows the event the form is about and sends it with the form', () => {
    const html = toHtml(fillEvent(form, { id: '2026-03-14-aral', title: 'Аралдағы <кездесу>' }));
    expect(html).toContain('<p data-event><span data-event-title>Аралдағы &#x3C;кездесу></span></p>');
    expect(html).toContain('<input type="hidden" name="event" value="2026-03-14-aral">');
  });
});
