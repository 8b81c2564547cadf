'use client';
import { createContext, Fragment, type ReactNode, useActionState, useContext } from 'react';
import { formStyles as styles } from '@/components/form/styles';
import { act } from '../act';
import type { ActState } from '../act-state';
import { Notice } from './notice';

/*
 * The inbox's forms, as the browser has them: each posts to the page it is on (a server action,
 * lib/inbox/act.ts) with its session's token and its intent, and works without JavaScript (the page
 * comes back with the form's state). What the action says is shown at the top of its form; a field
 * shows again what was typed when the action sends it back to be corrected.
 */

const Sent = createContext<ActState>({});

export function ActForm({
  intent,
  csrf,
  locale,
  reference,
  className,
  children,
}: {
  intent: string;
  csrf: string;
  locale: string;
  reference?: string;
  className?: string;
  children: ReactNode;
}) {
  const [state, action] = useActionState(act, {});
  return (
    <form action={action} className={className}>
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="intent" value={intent} />
      {reference ? <input type="hidden" name="reference" value={reference} /> : null}
      {state.notice ? <Notice kind={state.notice.kind}>{state.notice.text}</Notice> : null}
      {/* Drawn anew with what came back: a select keeps its first default through React's form reset. */}
      <Sent value={state}>
        <Fragment key={JSON.stringify(state.draft ?? null)}>{children}</Fragment>
      </Sent>
    </form>
  );
}

type Attributes = Record<string, string | number | boolean>;

/** What a field shows: what was typed, when its form came back to be corrected, or `value`. */
const useShown = (id: string, value: string | undefined) => useContext(Sent).draft?.[id] ?? value ?? '';

function Labelled({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}

/** A labelled select of `options` ([value, words]), with `selected` chosen. */
export function Select({
  id,
  label,
  options,
  selected,
}: {
  id: string;
  label: string;
  options: [string, string][];
  selected: string | undefined;
}) {
  return (
    <Labelled id={id} label={label}>
      <select id={id} name={id} defaultValue={useShown(id, selected)} className={`${styles.field} mt-1`}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

export function Input({
  id,
  label,
  value,
  attributes = {},
}: {
  id: string;
  label: string;
  value: string | undefined;
  attributes?: Attributes;
}) {
  return (
    <Labelled id={id} label={label}>
      <input id={id} name={id} defaultValue={useShown(id, value)} className={`${styles.field} mt-1`} {...attributes} />
    </Labelled>
  );
}

export function TextArea({
  id,
  label,
  value,
  attributes = {},
}: {
  id: string;
  label: string;
  value: string;
  attributes?: Attributes;
}) {
  return (
    <Labelled id={id} label={label}>
      <textarea
        id={id}
        name={id}
        rows={5}
        defaultValue={useShown(id, value)}
        className={`${styles.area} mt-1`}
        {...attributes}
      />
    </Labelled>
  );
}

/** The contact details an administrator asked for, once the form's action has them. */
export function ShownContacts({
  words,
}: {
  words: { name: string; contact: string; consentAt: string; deleteAfter: string };
}) {
  const { contacts } = useContext(Sent);
  if (!contacts) return null;
  const rows: [string, ReactNode][] = [
    [words.name, <bdi key="name">{contacts.name}</bdi>],
    [words.contact, <bdi key="contact">{contacts.contact}</bdi>],
    [words.consentAt, contacts.consentAt],
    [words.deleteAfter, contacts.deleteAfter],
  ];
  return (
    <dl className="mt-2 space-y-1">
      {rows.map(([term, value]) => (
        <div key={term} className="flex flex-wrap gap-x-2">
          <dt className="font-semibold">{term}:</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
