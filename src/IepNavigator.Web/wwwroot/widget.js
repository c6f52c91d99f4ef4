/*
 * IEP Navigator chat widget: add one tag to any page.
 *   <script src="https://HOST/widget.js" defer
 *           data-open="true|false" data-locale="en-US" data-accent="#1f5f8b" data-title="IEP Navigator"
 *           data-transport="websocket|polling" data-uploads="true|false"></script>
 * It loads Bot Framework Web Chat from the same host, gets a Direct Line token from POST /api/widget/token,
 * and opens a chat panel. The browser keeps its user key (and the last conversation) in localStorage so a
 * returning parent is recognised and a reload resumes the conversation.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || window.__iepNavigatorWidget) { return; }
  window.__iepNavigatorWidget = true;

  var hostBase = new URL('.', script.src).href.replace(/\/$/, '');
  // The widget's own words; Web Chat translates its own (send box, "Sending") from the same locale.
  var words = {
    en: { open: 'Chat with IEP Navigator', close: 'Close chat', chat: ' chat', connecting: 'Connecting\u2026',
          failed: 'The chat could not connect. Please try again in a moment.', restarting: 'Starting a new chat\u2026' },
    es: { open: 'Chatear con IEP Navigator', close: 'Cerrar el chat', chat: ' (chat)', connecting: 'Conectando\u2026',
          failed: 'No se pudo conectar el chat. Vuelva a intentarlo en un momento.', restarting: 'Empezando un chat nuevo\u2026' }
  };
  var locale = script.getAttribute('data-locale') || navigator.language || 'en-US';
  var say = words[locale.slice(0, 2).toLowerCase()] || words.en;
  var settings = {
    open: script.getAttribute('data-open') === 'true',
    locale: locale,
    accent: script.getAttribute('data-accent') || '#1f5f8b',
    title: script.getAttribute('data-title') || 'IEP Navigator',
    openLabel: script.getAttribute('data-open-label') || say.open,
    closeLabel: script.getAttribute('data-close-label') || say.close,
    // Polling is for networks whose proxies break WebSockets.
    webSocket: script.getAttribute('data-transport') !== 'polling',
    // Off until the bot reads uploaded files; the channel already accepts them.
    uploads: script.getAttribute('data-uploads') === 'true'
  };
  var storageKey = 'iepNavigator.session';
  var panelId = 'iep-navigator-panel';
  var started = false;
  var tokenKeeper = null;

  function readSession() {
    try { return JSON.parse(window.localStorage.getItem(storageKey) || 'null'); } catch (e) { return null; }
  }

  function saveSession(session) {
    try { window.localStorage.setItem(storageKey, JSON.stringify(session)); } catch (e) { /* private mode: no resume */ }
  }

  function fetchToken() {
    var previous = readSession() || {};
    return fetch(hostBase + '/api/widget/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ conversationToken: previous.token || null, userKey: previous.userKey || null })
    }).then(function (response) {
      if (!response.ok) { throw new Error('token ' + response.status); }
      return response.json();
    }).then(function (issued) {
      saveSession({ token: issued.token, userKey: issued.userKey, conversationId: issued.conversationId });
      return issued;
    });
  }

  function loadWebChat() {
    if (window.WebChat) { return Promise.resolve(window.WebChat); }
    return new Promise(function (resolve, reject) {
      var tag = document.createElement('script');
      tag.src = hostBase + '/lib/webchat/webchat.js';
      tag.async = true;
      tag.onload = function () { resolve(window.WebChat); };
      tag.onerror = function () { reject(new Error('Web Chat bundle failed to load')); };
      document.head.appendChild(tag);
    });
  }

  function addStyles() {
    var css = [
      '.iepn-launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;border:0;border-radius:24px;padding:12px 20px;',
      'font:600 16px/1.2 system-ui,sans-serif;color:#fff;background:' + settings.accent + ';cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.3)}',
      '.iepn-launcher:focus-visible,.iepn-close:focus-visible{outline:3px solid #111;outline-offset:2px}',
      '.iepn-panel{position:fixed;right:20px;bottom:20px;z-index:2147483001;width:min(420px,calc(100vw - 40px));',
      'height:min(640px,calc(100vh - 40px));display:flex;flex-direction:column;background:#fff;border:1px solid #767676;',
      'border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.3);overflow:hidden}',
      '.iepn-panel[hidden]{display:none}',
      '.iepn-header{display:flex;align-items:center;justify-content:space-between;padding:8px 12px;color:#fff;background:' + settings.accent + '}',
      '.iepn-header h2{margin:0;font:600 16px/1.2 system-ui,sans-serif}',
      '.iepn-close{border:0;background:transparent;color:#fff;font:600 22px/1 system-ui,sans-serif;cursor:pointer;padding:4px 8px}',
      '.iepn-chat{flex:1;min-height:0}',
      '.iepn-status{padding:12px;font:14px/1.4 system-ui,sans-serif;color:#222}'
    ].join('');
    var style = document.createElement('style');
    style.textContent = css;
    document.head.appendChild(style);
  }

  function buildDom() {
    var launcher = document.createElement('button');
    launcher.type = 'button';
    launcher.className = 'iepn-launcher';
    launcher.textContent = settings.openLabel;
    launcher.setAttribute('aria-controls', panelId);
    launcher.setAttribute('aria-expanded', 'false');

    var panel = document.createElement('section');
    panel.id = panelId;
    panel.className = 'iepn-panel';
    panel.hidden = true;
    panel.setAttribute('aria-label', settings.title + say.chat);

    var header = document.createElement('div');
    header.className = 'iepn-header';
    var heading = document.createElement('h2');
    heading.textContent = settings.title;
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'iepn-close';
    close.setAttribute('aria-label', settings.closeLabel);
    close.textContent = '\u00d7';
    header.appendChild(heading);
    header.appendChild(close);

    var chat = document.createElement('div');
    chat.className = 'iepn-chat';
    var status = document.createElement('p');
    status.className = 'iepn-status';
    status.setAttribute('role', 'status');
    chat.appendChild(status);

    panel.appendChild(header);
    panel.appendChild(chat);
    document.body.appendChild(launcher);
    document.body.appendChild(panel);
    return { launcher: launcher, panel: panel, close: close, chat: chat, status: status };
  }

  function focusSendBox(dom) {
    var input = dom.chat.querySelector('input[type="text"], textarea');
    if (input) { input.focus(); }
  }

  function start(dom) {
    if (started) { return; }
    started = true;
    dom.status.textContent = say.connecting;
    Promise.all([fetchToken(), loadWebChat()]).then(function (results) {
      var issued = results[0];
      var WebChat = results[1];
      var directLine = WebChat.createDirectLine({
        token: issued.token,
        domain: issued.domain,
        conversationId: issued.resumed ? issued.conversationId : undefined,
        webSocket: settings.webSocket
      });
      // Greet on connect: the bot answers the join event (a returning parent is recognised by user id).
      // A resumed conversation already shows its history, so it is not greeted twice.
      var store = WebChat.createStore({}, function () {
        return function (next) {
          return function (action) {
            // Web Chat only links absolute URLs; the bot's download links are relative to this host.
            if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity) {
              (action.payload.activity.attachments || []).forEach(function (attachment) {
                if (attachment.contentUrl && attachment.contentUrl.charAt(0) === '/') {
                  attachment.contentUrl = new URL(attachment.contentUrl, hostBase + '/').href;
                }
              });
            }
            if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && !issued.resumed) {
              next(action);
              return next({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { locale: settings.locale } } });
            }
            return next(action);
          };
        };
      });
      if (dom.status.parentNode === dom.chat) { dom.chat.removeChild(dom.status); }
      watchForRevokedToken(dom, directLine);
      WebChat.renderWebChat({
        directLine: directLine,
        store: store,
        userID: issued.userId,
        locale: settings.locale,
        styleOptions: {
          accent: settings.accent,
          hideUploadButton: !settings.uploads,
          sendBoxButtonColorOnFocus: settings.accent,
          suggestedActionLayout: 'flow',
          bubbleFromUserBackground: '#e8f0f7'
        }
      }, dom.chat);
      // Keep the saved token fresh: DLJS refreshes its own token every 15 minutes.
      if (tokenKeeper) { window.clearInterval(tokenKeeper); }
      tokenKeeper = window.setInterval(function () {
        var saved = readSession();
        if (saved && directLine.token && saved.token !== directLine.token) {
          saved.token = directLine.token;
          saveSession(saved);
        }
      }, 60000);
      window.setTimeout(function () { focusSendBox(dom); }, 0);
    }).catch(function () {
      started = false;
      dom.status.textContent = say.failed;
    });
  }

  // A token the server refuses for good (403: the parent deleted their data, which revokes every token and key of
  // theirs, or a token that expired past refreshing) leaves Web Chat dead. Start again in a fresh panel instead: the
  // widget asks for a new token with what it kept (a revoked key yields a new visitor), and the bot greets.
  function watchForRevokedToken(dom, directLine) {
    var expiredToken = 3; // DirectLineJS ConnectionStatus.ExpiredToken
    var subscription = directLine.connectionStatus$.subscribe(function (status) {
      if (status !== expiredToken) { return; }
      subscription.unsubscribe();
      directLine.end();
      var fresh = dom.chat.cloneNode(false);
      dom.chat.parentNode.replaceChild(fresh, dom.chat);
      dom.chat = fresh;
      dom.status.textContent = say.restarting;
      dom.chat.appendChild(dom.status);
      started = false;
      start(dom);
    });
  }

  function setOpen(dom, open) {
    dom.panel.hidden = !open;
    dom.launcher.hidden = open;
    dom.launcher.setAttribute('aria-expanded', String(open));
    if (open) {
      start(dom);
      focusSendBox(dom);
    } else {
      dom.launcher.focus();
    }
  }

  function init() {
    addStyles();
    var dom = buildDom();
    dom.launcher.addEventListener('click', function () { setOpen(dom, true); });
    dom.close.addEventListener('click', function () { setOpen(dom, false); });
    dom.panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') { setOpen(dom, false); }
    });
    if (settings.open) { setOpen(dom, true); }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
