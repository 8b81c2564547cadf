/*
 * The class names of the site's form controls, in one place: the residents' form
 * (components/feedback/FeedbackForm.tsx), the address to copy (components/ShareLinks.tsx) and the
 * inbox's forms (lib/inbox/views) look and size alike (44 px targets, the site's colours).
 */
export const formStyles = {
  field: 'min-h-11 w-full rounded border border-muted bg-paper px-3 text-base text-ink',
  area: 'w-full rounded border border-muted bg-paper p-3 text-base text-ink',
  label: 'block font-semibold',
  primary: 'min-h-11 rounded bg-brand px-6 font-semibold text-white hover:bg-brand-dark',
  secondary: 'min-h-11 rounded border-2 border-brand-dark px-6 font-semibold text-brand-dark',
  danger: 'min-h-11 rounded bg-red-800 px-6 font-semibold text-white',
  box: 'rounded bg-wash p-4',
  muted: 'text-sm text-muted',
} as const;
