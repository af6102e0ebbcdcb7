/** The index of demo pages, served at https://vk.com/?otklik-demo and on unknown hosts. */
import type { FixtureRoute } from '../../fixtures/routes';

const HOSTS: Record<FixtureRoute['site'], string> = { vk: 'vk.com', ok: 'ok.ru', other: 'vk.com' };

export function renderDemoIndex(routes: readonly FixtureRoute[]): string {
  const items = routes
    .map((route) => {
      const query = route.query ? `?${new URLSearchParams(route.query).toString()}` : '';
      const href = `https://${route.host ?? HOSTS[route.site]}${route.path}${query}`;
      return `<li><a href="${href}">${escape(route.title)}</a> <code>${escape(href)}</code></li>`;
    })
    .join('\n');
  return `<!doctype html><html lang="ru"><meta charset="utf-8"><title>Отклик — демо-страницы</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:760px;margin:40px auto;padding:0 16px;color:#1d2733}
code{color:#6b7785;font-size:12px}li{margin:6px 0}</style>
<h1>Отклик — демо</h1>
<p>Локальные копии стены ВКонтакте и группы в Одноклассниках. Откройте страницу, нажмите «Взять в работу»
у поста или комментария, затем откройте значок «Отклик» на панели браузера.</p>
<ul>${items}</ul></html>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
