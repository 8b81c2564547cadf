import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { type Locale, routing } from '@/i18n/routing';

/*
 * Share images (Open Graph, 1200×630) drawn at build time with next/og. The font is Noto Sans
 * read from an installed package (@expo-google-fonts/noto-sans: whole TrueType files, since the
 * renderer cannot read WOFF2 and does not fall back between the subset files of one family); it
 * covers the Kazakh letters ә ғ қ ң ө ұ ү һ і.
 */

export const shareImageSize = { width: 1200, height: 630 };
export const shareImageType = 'image/png';
export const shareImageAlt = 'Қызылорда өңірлік коалициясы · Кызылординская региональная коалиция';

const fontDir = join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans');
const fontFiles = [
  { weight: 400, file: '400Regular/NotoSans_400Regular.ttf' },
  { weight: 700, file: '700Bold/NotoSans_700Bold.ttf' },
] as const;

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function loadFonts() {
  fonts ??= Promise.all(
    fontFiles.map(async ({ weight, file }) => ({
      name: 'Noto Sans',
      data: await readFile(join(fontDir, file)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

export type ShareImageText = { kicker?: string; title: string; subtitle?: string };

export async function shareImage(locale: Locale, text: ShareImageText): Promise<ImageResponse> {
  const site = await getTranslations({ locale, namespace: 'Site' });
  const titleSize = text.title.length > 90 ? 48 : text.title.length > 50 ? 58 : 72;
  return new ImageResponse(
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: '100%',
        height: '100%',
        background: '#ffffff',
        fontFamily: 'Noto Sans',
      }}
    >
      <div style={{ display: 'flex', background: '#083a66', color: '#ffffff', padding: '28px 64px', fontSize: 30 }}>
        {site('kind')}
      </div>
      <div
        style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', padding: '0 64px' }}
      >
        {text.kicker && (
          <div style={{ display: 'flex', fontSize: 30, color: '#4a5868', marginBottom: 20 }}>{text.kicker}</div>
        )}
        <div style={{ display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, color: '#14202e' }}>
          {text.title}
        </div>
        {text.subtitle && (
          <div style={{ display: 'flex', fontSize: 32, color: '#0b4f8a', marginTop: 24 }}>{text.subtitle}</div>
        )}
      </div>
      <div
        style={{
          display: 'flex',
          borderTop: '6px solid #c8a02c',
          padding: '24px 64px',
          fontSize: 26,
          color: '#083a66',
          fontWeight: 700,
        }}
      >
        {site('name')}
      </div>
    </div>,
    { ...shareImageSize, fonts: await loadFonts() },
  );
}

/** The locale of an image route, which only ever receives the prerendered ones. */
export async function imageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

type SectionNamespace = 'News' | 'Coalition' | 'People' | 'Parties' | 'Events';

/** The share image of a section page: its title and description. */
export function sectionShareImage(namespace: SectionNamespace) {
  return async function Image({ params }: { params: Promise<{ locale: string }> }) {
    const locale = await imageLocale(params);
    const t = await getTranslations({ locale, namespace });
    return shareImage(locale, { title: t('title'), subtitle: t('description') });
  };
}

/** Image routes under [locale] are prerendered for each locale. */
export function localeParams() {
  return routing.locales.map((locale) => ({ locale }));
}
