import { type Message, say } from '@/lib/content/messages';
import { todayInKyzylorda, writtenDate } from '@/lib/format/written-date';
import { both } from '../both';
import type { Component, Decap, Validity, Value, WidgetProps } from './decap';

/*
 * The editor's own widgets (named by lib/cms/decap-config.ts): each says what is wrong next to its
 * field, in the build's own words, and keeps saying it until it is fixed.
 *  - day: a date typed as the guide writes it (2026-03-05, 2026-03-05 18:30), checked against the
 *    calendar as content:check checks it;
 *  - address: required of a new entry (its file is named by it), not of one already written;
 *  - group: something optional (a lead photo) whose parts are asked for once any part is filled;
 *  - event-status: says, before saving, that a planned event's day has passed.
 */

const error = (message: Message): Validity => ({ error: { type: 'CUSTOM', message: both(message.kk, message.ru) } });

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** Anything filled in a group's value (an Immutable map or list), however deep. */
function filled(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number' || value === true) return true;
  const nested = value as { valueSeq?: () => { some(test: (v: unknown) => boolean): boolean } };
  return typeof nested.valueSeq === 'function' ? nested.valueSeq().some(filled) : false;
}

/** The words the editor's widgets take from the build (lib/cms/editor-words.ts). */
export type WidgetWords = { plannedInPast: Message };

export function registerWidgets(CMS: Decap, words: WidgetWords) {
  const { h, createClass } = window;
  const control = (name: string) => CMS.getWidget(name)!.control;
  const preview = (name: string) => CMS.getWidget(name)!.preview;

  // A date: a plain text box with the form shown in it; no date picker to turn 2026 into 1906.
  const Day = createClass({
    isValid(this: Component): Validity {
      const value = text(this.props.value).trim();
      return value === '' || writtenDate(value) ? true : error(say.date(value));
    },
    render(this: Component) {
      const p = this.props;
      return h('input', {
        type: 'text',
        id: p.forID,
        className: p.classNameWrapper,
        value: text(p.value),
        placeholder: text(p.field.get('placeholder')),
        autoComplete: 'off',
        spellCheck: false,
        onChange: (e: { target: { value: string } }) => p.onChange(e.target.value),
        onFocus: p.setActiveStyle,
        onBlur: p.setInactiveStyle,
      });
    },
  });
  CMS.registerWidget('day', Day, preview('string'));

  // An address: Decap checks that it is there and how it is written; an entry already written keeps
  // its file's name, so its empty address counts as given.
  const Address = createClass({
    getValidateValue(this: Component) {
      const value = text(this.props.value);
      return value || (this.props.entry.get('newRecord') ? '' : 'kept');
    },
    render(this: Component) {
      return h(control('string'), this.props);
    },
  });
  CMS.registerWidget('address', Address, preview('string'));

  // An optional group: its parts are checked (each at its own field) only once one of them is filled.
  const Group = createClass({
    validate(this: Component & { inner?: { validate?: () => void } }) {
      if (filled(this.props.value)) this.inner?.validate?.();
    },
    focus(this: Component & { inner?: { focus?: (path: string) => void } }, path: string) {
      this.inner?.focus?.(path);
    },
    render(this: Component) {
      return h(control('object'), {
        ...this.props,
        ref: (inner: unknown) => {
          this.inner = inner;
        },
      });
    },
  });
  CMS.registerWidget('group', Group, preview('object'));

  // An event's status, with a note when it is still "planned" after its day.
  const EventStatus = createClass({
    // Decap draws a widget again only when its own value changes; this one also follows the dates.
    shouldComponentUpdate: () => true,
    render(this: Component) {
      const p = this.props as WidgetProps & { entry: Value };
      const day = text(p.entry.getIn(['data', 'end']) || p.entry.getIn(['data', 'start'])).slice(0, 10);
      const late = p.value === 'planned' && writtenDate(day) !== undefined && day < todayInKyzylorda();
      return h(
        'div',
        null,
        h(control('select'), p),
        late &&
          h(
            'div',
            {
              role: 'status',
              style: { margin: '8px 0 0', padding: '4px 12px', background: '#fff4d6', borderRadius: 4 },
            },
            h('p', { lang: 'kk' }, words.plannedInPast.kk.replace('{day}', day)),
            h('p', { lang: 'ru' }, words.plannedInPast.ru.replace('{day}', day)),
          ),
      );
    },
  });
  CMS.registerWidget('event-status', EventStatus, preview('select'));
}
