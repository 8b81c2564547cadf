import { readFile } from 'node:fs/promises';
import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

/*
 * Share images (Open Graph, 1200×630) drawn with next/og when first asked for, then cached. Its
 * renderer reads neither WOFF2 nor variable fonts: scripts/build-fonts.ts writes Noto Sans with the
 * site's letters (Kazakh ә ғ қ ң ө ұ ү һ і included) as TrueType at weights 400 and 700, one file per
 * alphabet; the renderer falls back from one to the next. The build traces them from here.
 */

export const shareImageSize = { width: 1200, height: 630 };

const fontFiles = [
  {
    family: 'Noto Sans Latin',
    weight: 400,
    url: new URL('../../.generated/fonts/noto-sans-latin-400.ttf', import.meta.url),
  },
  {
    family: 'Noto Sans Latin',
    weight: 700,
    url: new URL('../../.generated/fonts/noto-sans-latin-700.ttf', import.meta.url),
  },
  {
    family: 'Noto Sans Cyrillic',
    weight: 400,
    url: new URL('../../.generated/fonts/noto-sans-cyrillic-400.ttf', import.meta.url),
  },
  {
    family: 'Noto Sans Cyrillic',
    weight: 700,
    url: new URL('../../.generated/fonts/noto-sans-cyrillic-700.ttf', import.meta.url),
  },
  {
    family: 'Noto Sans Cyrillic Ext',
    weight: 400,
    url: new URL('../../.generated/fonts/noto-sans-cyrillic-ext-400.ttf', import.meta.url),
  },
  {
    family: 'Noto Sans Cyrillic Ext',
    weight: 700,
    url: new URL('../../.generated/fonts/noto-sans-cyrillic-ext-700.ttf', import.meta.url),
  },
] as const;
const fontFamily = [...new Set(fontFiles.map((f) => f.family))].join(', ');

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Promise<Font[]> | undefined;

function loadFonts() {
  fonts ??= Promise.all(
    fontFiles.map(async ({ family, weight, url }) => ({
      name: family,
      data: await readFile(/* turbopackIgnore: true */ url),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

export type ShareImageText = { kicker?: string; title: string; subtitle?: string };

// Noto Sans has no thin or narrow no-break space, which Intl writes in dates: a no-break space instead
// (the renderer would otherwise go looking for a font on the network).
const drawable = (text: string | undefined) => text?.replace(/[\u2009\u202f]/g, '\u00a0');

export async function shareImage(locale: Locale, input: ShareImageText): Promise<ImageResponse> {
  const site = await getTranslations({ locale, namespace: 'Site' });
  const text = {
    kicker: drawable(input.kicker),
    title: drawable(input.title) ?? '',
    subtitle: drawable(input.subtitle),
  };
  const titleSize = text.title.length > 90 ? 48 : text.title.length > 50 ? 58 : 72;
  return new ImageResponse(
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: '100%',
        height: '100%',
        background: '#ffffff',
        fontFamily,
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
