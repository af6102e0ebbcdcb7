// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { externalTarget, readText } from './read-text';

function el(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
}

describe('readText', () => {
  it('turns <br> into line breaks and collapses source whitespace', () => {
    expect(readText(el('\n   Первая   строка<br>вторая\n  строка<br><br>после пустой  '))).toBe('Первая строка\nвторая строка\n\nпосле пустой');
  });

  it('turns block elements into lines without stacking blank lines', () => {
    expect(readText(el('<div>a</div><div><br></div><div>b</div><p>c</p>'))).toBe('a\n\nb\nc');
    expect(readText(el('<div>a<br></div><div>b</div>'))).toBe('a\nb');
    expect(readText(el('<ul><li>один</li><li>два</li></ul>'))).toBe('один\nдва');
  });

  it('reads emoji images from alt and ignores other images', () => {
    expect(readText(el('Спасибо <img class="emoji" alt="😀" src="x.png"> и <img class="Emoji" alt="👍">!'))).toBe('Спасибо 😀 и 👍!');
    expect(readText(el('Фото: <img alt="фотография" src="p.png">конец'))).toBe('Фото: конец');
    expect(readText(el('Без класса <img alt="❤️" src="h.png">'))).toBe('Без класса ❤️');
  });

  it('keeps hostile markup typed by a citizen as literal text', () => {
    const text = '&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; [id1|Иван]';
    expect(readText(el(text))).toBe('<script>alert(1)</script> <img src=x onerror=alert(2)> [id1|Иван]');
  });

  it('never reads script, style or the extension own controls', () => {
    const html = 'до<script>var x = 1;</script><style>.a{}</style><button data-otklik-capture>Взять в работу</button> после';
    expect(readText(el(html))).toBe('до после');
  });

  it('reads the hidden rest of a long text and skips the «Показать полностью» control', () => {
    const html = 'Начало текста <a class="wall_post_more">Показать полностью…</a><span style="display:none">и его окончание.</span>';
    expect(readText(el(html), { skip: '.wall_post_more' })).toBe('Начало текста и его окончание.');
  });

  it('keeps the full URL of shortened external links and the text of internal ones', () => {
    const html =
      'Смотрите <a href="https://vk.com/away.php?to=https%3A%2F%2Fzarechny.ru%2Fnews%2Fsnow%3Fid%3D5&amp;cc_key=">zarechny.ru/news/snow…</a>, ' +
      '<a href="/id1" mention_id="id1">Иван</a> и <a href="/feed?section=search&amp;q=%23снег">#снег</a>.';
    expect(readText(el(html))).toBe('Смотрите https://zarechny.ru/news/snow?id=5, Иван и #снег.');
  });

  it('replaces non-breaking spaces with ordinary ones', () => {
    expect(readText(el('Иван,&nbsp;добрый день'))).toBe('Иван, добрый день');
  });
});

describe('externalTarget', () => {
  it('unwraps VK and OK redirectors', () => {
    expect(externalTarget('https://vk.com/away.php?to=https%3A%2F%2Fa.ru%2Fb')).toBe('https://a.ru/b');
    expect(externalTarget('https://ok.ru/dk?cmd=logExternal&st.link=https%3A%2F%2Fa.ru%2F')).toBe('https://a.ru/');
    expect(externalTarget('https://a.ru/x')).toBe('https://a.ru/x');
  });
  it('ignores relative and script links', () => {
    expect(externalTarget('/id1')).toBeUndefined();
    expect(externalTarget('javascript:alert(1)')).toBeUndefined();
    expect(externalTarget(null)).toBeUndefined();
  });
});
