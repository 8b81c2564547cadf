import { useTranslations } from 'next-intl';
import { formStyles } from '@/components/form/styles';
import { ErrorFor } from './ErrorFor';

/*
 * A form that asks for a message's reference: to delete the message (components/feedback/FeedbackForm)
 * or to see what became of it (app/[locale]/feedback/status). Filled per request like the residents'
 * form (lib/feedback/fill.tsx): the number typed and its problem.
 */
export function ReferenceForm({
  slot,
  action,
  intent,
  submit,
  primary = false,
}: {
  slot: string;
  action: string;
  intent?: string;
  submit: string;
  primary?: boolean;
}) {
  const t = useTranslations('Feedback');
  return (
    <form data-slot={slot} action={action} method="post" noValidate className="mt-4 space-y-4">
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <div>
        <label htmlFor="reference" className={formStyles.label}>
          {t('reference')}
        </label>
        <ErrorFor name="reference" />
        <input
          id="reference"
          name="reference"
          type="text"
          autoComplete="off"
          spellCheck={false}
          aria-describedby="reference-error"
          className={`${formStyles.field} mt-2 max-w-xs font-mono uppercase`}
          defaultValue=""
        />
      </div>
      <button type="submit" className={primary ? formStyles.primary : formStyles.secondary}>
        {submit}
      </button>
    </form>
  );
}
