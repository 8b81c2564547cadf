/*
 * Where residents share a page (Telegram and WhatsApp first: that is where links travel in the
 * region), each a plain link with the page's title and canonical address in the page's language: no
 * script, nothing loaded from those sites, no tracking parameters.
 */

export type ShareLink = { key: string; name: string; href: string };

export function shareLinks(title: string, url: string, email: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { key: 'telegram', name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { key: 'whatsapp', name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { key: 'vk', name: 'VK', href: `https://vk.com/share.php?url=${u}&title=${t}` },
    { key: 'facebook', name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { key: 'x', name: 'X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { key: 'email', name: email, href: `mailto:?subject=${t}&body=${u}` },
  ];
}
