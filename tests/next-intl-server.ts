import { createTranslator } from 'use-intl/core';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';

/*
 * next-intl's server helpers as a test has them (vi.mock('next-intl/server', () => import(…))): they read
 * the request's configuration, which a test has none of, so the same messages come through use-intl's
 * translator.
 */
const messages = { kk, ru };

export const getTranslations = async ({ locale, namespace }: { locale: 'kk' | 'ru'; namespace: 'Inbox' }) =>
  createTranslator({ locale, messages: messages[locale], namespace });
