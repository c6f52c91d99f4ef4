/*
 * IEP Navigator chat widget: add one tag to any page.
 *   <script src="https://HOST/widget.js"
 *           data-open="true|false" data-locale="en-US" data-accent="#1f5f8b" data-title="IEP Navigator"
 *           data-transport="websocket|polling" data-uploads="true|false (default true)"></script>
 * It loads Bot Framework Web Chat from the same host, gets a Direct Line token from POST /api/widget/token,
 * and opens a chat panel. The browser keeps its user key (and the last conversation) in localStorage so a
 * returning parent is recognised and a reload resumes the conversation. When the host cannot be reached it
 * says so (and offers to try again) instead of waiting forever. While Web Chat's bundle compiles, it shows the
 * conversation's last messages as the token call returned them (the welcome, on a first visit), then hands over.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || window.__iepNavigatorWidget) { return; }
  window.__iepNavigatorWidget = true;

  var hostBase = new URL('.', script.src).href.replace(/\/$/, '');
  // The host writes the bundle's fingerprinted URL here when it serves this file (cached for a year).
  var bundleUrl = hostBase + '/lib/webchat/webchat.js';
  // The widget's own words; Web Chat translates its own (send box, "Sending") from the same locale.
  var words = {
    en: { open: 'Chat with IEP Navigator', close: 'Close chat', chat: ' chat', connecting: 'Connecting\u2026',
          failed: 'The chat could not connect. Check your internet connection, then try again.', retry: 'Try again',
          restarting: 'Starting a new chat\u2026' },
    es: { open: 'Chatear con IEP Navigator', close: 'Cerrar el chat', chat: ' (chat)', connecting: 'Conectando\u2026',
          failed: 'No se pudo conectar el chat. Revise su conexi\u00f3n a internet y vuelva a intentarlo.', retry: 'Intentar de nuevo',
          restarting: 'Empezando un chat nuevo\u2026' }
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
    // The paper-clip: a parent sends the IEP they hold (PDF or Word), which the bot reads and explains. On unless
    // data-uploads="false".
    uploads: script.getAttribute('data-uploads') !== 'false'
  };
  var storageKey = 'iepNavigator.session';
  var panelId = 'iep-navigator-panel';
  // No answer from the host within this long (token, bundle, or the first activity) means it cannot be reached.
  var connectPatience = 8000;
  // The token call itself may take longer (a slow phone network, a host starting up): the parent is told at
  // connectPatience, and the chat still opens if the answer comes after that. Only a dead request is given up.
  var tokenPatience = 60000;
  var attempt = null;
  var webChatLoading = null;

  function readSession() {
    try { return JSON.parse(window.localStorage.getItem(storageKey) || 'null'); } catch (e) { return null; }
  }

  function saveSession(session) {
    try { window.localStorage.setItem(storageKey, JSON.stringify(session)); } catch (e) { /* private mode: no resume */ }
  }

  function fetchToken() {
    var previous = readSession() || {};
    var abort = window.AbortController ? new AbortController() : null;
    var timer = abort && window.setTimeout(function () { abort.abort(); }, tokenPatience);
    // text/plain keeps this a "simple" cross-origin request: no preflight, one round trip less on a phone.
    return fetch(hostBase + '/api/widget/token', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      // start: the host opens the conversation now and answers its stream URL (one round trip instead of three).
      body: JSON.stringify({ conversationToken: previous.token || null, userKey: previous.userKey || null, start: true, locale: locale }),
      signal: abort ? abort.signal : undefined
    }).then(function (response) {
      if (!response.ok) { throw new Error('token ' + response.status); }
      return response.json();
    }).then(function (issued) {
      saveSession({ token: issued.token, userKey: issued.userKey, conversationId: issued.conversationId });
      return issued;
    }).finally(function () { if (timer) { window.clearTimeout(timer); } });
  }

  // Once the preview has been painted (a frame later; no later than 50 ms should frames be paused in a background tab).
  function afterPaint(run) {
    var done = false;
    var once = function () { if (!done) { done = true; run(); } };
    if (window.requestAnimationFrame) { window.requestAnimationFrame(function () { window.setTimeout(once, 0); }); }
    window.setTimeout(once, 50);
  }

  // Started as early as possible (on load when open, on the first sign of interest otherwise): it is most of the bytes.
  function loadWebChat() {
    if (window.WebChat) { return Promise.resolve(window.WebChat); }
    if (webChatLoading) { return webChatLoading; }
    webChatLoading = new Promise(function (resolve, reject) {
      var tag = document.createElement('script');
      tag.src = bundleUrl;
      tag.async = true;
      tag.onload = function () { resolve(window.WebChat); };
      tag.onerror = function () { webChatLoading = null; tag.remove(); reject(new Error('Web Chat bundle failed to load')); };
      document.head.appendChild(tag);
    });
    return webChatLoading;
  }

  function addStyles() {
    var accent = settings.accent;
    var css = [
      '.iepn-launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;border:0;border-radius:24px;padding:12px 20px;',
      'font:600 16px/1.2 system-ui,sans-serif;color:#fff;background:' + accent + ';cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.3)}',
      '.iepn-panel{position:fixed;right:20px;bottom:20px;z-index:2147483001;width:min(420px,calc(100vw - 40px));',
      'height:min(640px,calc(100vh - 40px));display:flex;flex-direction:column;background:#fff;border:1px solid #767676;',
      'border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.3);overflow:hidden;box-sizing:border-box}',
      '.iepn-panel[hidden],.iepn-launcher[hidden]{display:none}',
      '.iepn-header{display:flex;align-items:center;justify-content:space-between;padding:8px 12px;color:#fff;background:' + accent + '}',
      '.iepn-header h2{margin:0;font:600 16px/1.2 system-ui,sans-serif}',
      '.iepn-close{border:0;background:transparent;color:#fff;font:600 22px/1 system-ui,sans-serif;cursor:pointer;padding:4px 10px;min-width:44px;min-height:44px}',
      '.iepn-chat{flex:1;min-height:0;min-width:0;display:flex;flex-direction:column;position:relative}',
      '.iepn-webchat{flex:1;min-height:0;min-width:0}',
      '.iepn-status{margin:0;padding:12px;font:15px/1.4 system-ui,sans-serif;color:#222}',
      // The preview: the conversation's last messages, shown until Web Chat (laid out unseen meanwhile) has its own.
      '.iepn-preview{flex:1;min-height:0;overflow:auto;padding:10px;display:flex;flex-direction:column;gap:8px}',
      '.iepn-preview p{margin:0;padding:8px 12px;max-width:85%;border-radius:6px;white-space:pre-line;overflow-wrap:break-word;',
      'font:15px/1.4 system-ui,sans-serif;color:#111}',
      '.iepn-preview__bot{align-self:flex-start;background:#f2f2f2}',
      '.iepn-preview__user{align-self:flex-end;background:#e8f0f7}',
      '.iepn-webchat--pending{position:absolute;inset:0;visibility:hidden}',
      '.iepn-problem{margin:8px;padding:12px;border:2px solid #a4262c;border-radius:6px;background:#fdf3f4;color:#1b1b1b;',
      'font:15px/1.4 system-ui,sans-serif}',
      '.iepn-problem p{margin:0 0 8px}',
      '.iepn-retry{border:0;border-radius:4px;padding:10px 16px;min-height:44px;font:600 15px/1.2 system-ui,sans-serif;color:#fff;',
      'background:' + accent + ';cursor:pointer}',
      // A focus ring nobody can miss, on the widget's own buttons and inside Web Chat (its own is a thin dashed line).
      '.iepn-launcher:focus-visible,.iepn-close:focus-visible,.iepn-retry:focus-visible{outline:3px solid #111;outline-offset:2px;',
      'box-shadow:0 0 0 5px #fff}',
      '.iepn-chat button:focus-visible,.iepn-chat a:focus-visible,.iepn-chat input:focus-visible,.iepn-chat textarea:focus-visible,',
      '.iepn-chat [tabindex]:focus-visible{outline:3px solid ' + accent + ' !important;outline-offset:2px}',
      // Long labels wrap instead of ending in "\u2026": suggested actions and Adaptive Card buttons.
      '.iepn-chat .webchat__suggested-action{height:auto !important;min-height:40px;max-width:100%}',
      '.iepn-chat .webchat__suggested-action__text,.iepn-chat .webchat__suggested-actions__button-text{white-space:normal !important;',
      'overflow:visible !important;text-overflow:clip !important;overflow-wrap:anywhere;text-align:start}',
      '.iepn-chat .ac-pushButton{white-space:normal !important;height:auto !important;min-height:36px;overflow:visible !important;',
      'max-width:100%}',
      '.iepn-chat .ac-pushButton > div{white-space:normal !important;overflow:visible !important;text-overflow:clip !important}',
      '.iepn-chat .ac-actionSet{flex-wrap:wrap !important}',
      // The advice fits the width: long words and URLs break instead of pushing the card sideways.
      // (break-word, not anywhere: a short label such as "Rule" must not shrink to one letter per line.)
      '.iepn-chat .webchat__bubble__content,.iepn-chat .ac-textBlock,.iepn-chat .webchat__fileContent{overflow-wrap:break-word;min-width:0}',
      '.iepn-chat .ac-adaptiveCard{max-width:100%}',
      '.iepn-chat .ac-factset td:first-child,.iepn-chat .ac-factset td:first-child *{white-space:nowrap;word-break:normal}',
      // On a phone the open chat is the whole screen.
      '@media (max-width:480px){.iepn-panel{right:0;bottom:0;width:100vw;height:100vh;height:100dvh;border:0;border-radius:0}',
      '.iepn-launcher{right:12px;bottom:12px}}'
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
    panel.setAttribute('lang', locale);

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
    return { launcher: launcher, panel: panel, close: close, chat: chat, status: status, problem: null };
  }

  function focusSendBox(dom) {
    var input = dom.chat.querySelector('input[type="text"], textarea');
    if (input) { input.focus(); }
  }

  // The widget's own message when the host cannot be reached, with a way to try again.
  function showProblem(dom) {
    if (dom.problem) { return; }
    var box = document.createElement('div');
    box.className = 'iepn-problem';
    box.setAttribute('role', 'alert');
    var text = document.createElement('p');
    text.textContent = say.failed;
    var retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'iepn-retry';
    retry.textContent = say.retry;
    retry.addEventListener('click', function () { restart(dom); });
    box.appendChild(text);
    box.appendChild(retry);
    dom.status.textContent = '';
    dom.chat.insertBefore(box, dom.chat.firstChild);
    dom.problem = box;
  }

  // The text as read aloud, not its Markdown: **bold**, __bold__ and [label](link) keep only their words.
  function plain(text) {
    return text.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/(\*\*|__)(.+?)\1/g, '$2');
  }

  // The conversation's last messages (the host's welcome on a first visit) while Web Chat's bundle compiles: what the
  // parent came for, readable at once. Web Chat replaces it as soon as its transcript shows its first message.
  function showPreview(dom, current, issued) {
    var messages = issued && issued.preview;
    if (current.stopped || current.container || !messages || !messages.length) { return; }
    var preview = document.createElement('div');
    preview.className = 'iepn-preview';
    messages.forEach(function (message) {
      if (!message || typeof message.text !== 'string') { return; }
      var line = document.createElement('p');
      line.className = message.from === 'user' ? 'iepn-preview__user' : 'iepn-preview__bot';
      line.textContent = plain(message.text);
      preview.appendChild(line);
    });
    dom.chat.insertBefore(preview, dom.status);
    current.preview = preview;
  }

  // Web Chat's transcript has its first message: it takes the preview's place (and the keyboard focus, as on open).
  function handOver(dom, current, container) {
    if (!current.preview) { return; }
    var reveal = function () {
      if (!current.preview) { return; }
      current.preview.remove();
      current.preview = null;
      container.classList.remove('iepn-webchat--pending');
      dom.status.textContent = '';
      focusSendBox(dom);
    };
    container.classList.add('iepn-webchat--pending');
    var watcher = new MutationObserver(function () {
      if (container.querySelector('.webchat__bubble')) { watcher.disconnect(); reveal(); }
    });
    watcher.observe(container, { childList: true, subtree: true });
    current.reveal = function () { watcher.disconnect(); reveal(); };
  }

  function hideProblem(dom) {
    if (dom.problem) { dom.problem.remove(); dom.problem = null; }
  }

  function restart(dom) {
    hideProblem(dom);
    if (attempt) { attempt.stop(); attempt = null; }
    start(dom);
  }

  // A fresh panel after a refused token: the widget asks for a new token with what it kept (a revoked key yields a
  // new visitor), and the bot greets. Nothing of the old transcript stays on screen.
  function startAfresh(dom) {
    restart(dom);
    dom.status.textContent = say.restarting;
  }

  function start(dom) {
    if (attempt) { return; }
    var current = { stopped: false, directLine: null, container: null, preview: null, watchdog: null, timers: [] };
    current.stop = function () {
      current.stopped = true;
      if (current.preview) { current.preview.remove(); current.preview = null; }
      window.clearTimeout(current.watchdog);
      current.timers.forEach(function (t) { window.clearInterval(t); });
      if (current.directLine) { try { current.directLine.end(); } catch (e) { /* already ended */ } }
      if (current.container) { current.container.remove(); }
    };
    attempt = current;
    dom.status.textContent = say.connecting;
    // Until the first activity arrives, silence means the host is unreachable: say so rather than wait forever.
    // Opened with the page, the parent has been waiting since the page started loading: count from then.
    var waited = settings.open && !dom.attempted && window.performance ? window.performance.now() : 0;
    dom.attempted = true;
    current.watchdog = window.setTimeout(function () { if (!current.stopped) { showProblem(dom); } }, Math.max(1000, connectPatience - waited));

    // A first visit downloads the bundle while the token call runs (its preview is up long before the bundle is in). A
    // returning browser has the bundle in its cache: running it at once would hold the main thread, and the preview,
    // until Web Chat had compiled, so it runs once the preview is on screen.
    var webChat = deferWebChat ? null : loadWebChat();
    if (webChat) { webChat.catch(function () { /* reported below, once the token call is answered */ }); }
    var tokenIssued = fetchToken().then(function (issued) {
      showPreview(dom, current, issued);
      if (webChat || !current.preview) { return Promise.all([issued, webChat || loadWebChat()]); }
      return new Promise(function (resolve) { afterPaint(resolve); }).then(function () { return Promise.all([issued, loadWebChat()]); });
    });
    tokenIssued.then(function (results) {
      if (current.stopped) { return; }
      var issued = results[0];
      var WebChat = results[1];
      var connection = { token: issued.token, domain: issued.domain, webSocket: settings.webSocket };
      if (issued.streamUrl) {
        // Opened by the token call: Web Chat connects its stream at once (no start, no resume call).
        connection.conversationId = issued.conversationId;
        connection.streamUrl = issued.streamUrl;
      } else if (issued.resumed) {
        connection.conversationId = issued.conversationId;
      }
      var directLine = WebChat.createDirectLine(connection);
      current.directLine = directLine;
      if (issued.streamUrl) {
        // DirectLineJS refreshes its token only after its own start call, which was skipped: do it here, as it would.
        current.timers.push(window.setInterval(function () {
          fetch(issued.domain + '/tokens/refresh', { method: 'POST', headers: { Authorization: 'Bearer ' + directLine.token } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (refreshed) { if (refreshed && refreshed.token) { directLine.token = refreshed.token; } })
            .catch(function () { /* the next try, or Web Chat's own reconnect, gets a fresh one */ });
        }, 15 * 60 * 1000));
      }
      // Greet on connect: the bot answers the join event (a returning parent is recognised by user id), unless the
      // token call opened the conversation (the bot greeted then). A resumed conversation already shows its history.
      var store = WebChat.createStore({}, function () {
        return function (next) {
          return function (action) {
            if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity) {
              window.clearTimeout(current.watchdog);
              hideProblem(dom);
              // Should Web Chat draw no bubble for what arrived (a card alone), it still takes over.
              if (current.reveal) { window.setTimeout(current.reveal, 1000); }
              (action.payload.activity.attachments || []).forEach(function (attachment) {
                // Web Chat only links absolute URLs; the bot's download links are relative to this host.
                if (attachment.contentUrl && attachment.contentUrl.charAt(0) === '/') {
                  attachment.contentUrl = new URL(attachment.contentUrl, hostBase + '/').href;
                }
                // Web Chat shows a file by its name: show what it is instead ("Letter: Word document (.docx)").
                // The saved file keeps the host's name (Content-Disposition outranks the link's download name).
                if (typeof attachment.label === 'string' && attachment.label && attachment.contentUrl) {
                  attachment.name = attachment.label;
                }
              });
            }
            // 3 = ExpiredToken: the server refuses this token for good (the parent deleted their data, which revokes
            // every token and key of theirs, or it expired past refreshing). Start a fresh chat rather than a dead one.
            if (action.type === 'DIRECT_LINE/UPDATE_CONNECTION_STATUS' && action.payload && action.payload.connectionStatus === 3) {
              if (!current.stopped) { window.setTimeout(function () { startAfresh(dom); }, 0); }
              return next(action);
            }
            // 4 = FailedToConnect (a 4xx/5xx on start): Web Chat would only say "connecting".
            if (action.type === 'DIRECT_LINE/CONNECT_REJECTED'
                || (action.type === 'DIRECT_LINE/UPDATE_CONNECTION_STATUS' && action.payload && action.payload.connectionStatus === 4)) {
              if (!current.stopped) { showProblem(dom); }
            }
            if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && !issued.resumed && !issued.started) {
              next(action);
              return next({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { locale: settings.locale } } });
            }
            return next(action);
          };
        };
      });
      if (!current.preview) { dom.status.textContent = ''; }
      var container = document.createElement('div');
      container.className = 'iepn-webchat';
      handOver(dom, current, container);
      dom.chat.appendChild(container);
      current.container = container;
      WebChat.renderWebChat({
        directLine: directLine,
        store: store,
        userID: issued.userId,
        locale: settings.locale,
        styleOptions: {
          accent: settings.accent,
          hideUploadButton: !settings.uploads,
          // One IEP at a time, as the file picker offers it: what the bot reads (it sniffs the bytes anyway).
          uploadAccept: '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          uploadMultiple: false,
          sendBoxButtonColorOnFocus: settings.accent,
          suggestedActionLayout: 'flow',
          bubbleFromUserBackground: '#e8f0f7',
          // Keyboard focus drawn solid and thick enough to see on a phone in daylight.
          transcriptActivityVisualKeyboardIndicatorColor: settings.accent,
          transcriptActivityVisualKeyboardIndicatorStyle: 'solid',
          transcriptActivityVisualKeyboardIndicatorWidth: 2,
          transcriptVisualKeyboardIndicatorColor: settings.accent,
          transcriptVisualKeyboardIndicatorStyle: 'solid',
          transcriptVisualKeyboardIndicatorWidth: 3,
          suggestedActionKeyboardFocusIndicatorBorderColor: '#111',
          suggestedActionKeyboardFocusIndicatorBorderStyle: 'solid',
          suggestedActionKeyboardFocusIndicatorBorderWidth: 2,
          sendBoxButtonKeyboardFocusIndicatorBorderColor: '#111',
          sendBoxButtonKeyboardFocusIndicatorBorderWidth: 2
        }
      }, container);
      // Keep the saved token fresh: DLJS refreshes its own token every 15 minutes.
      current.timers.push(window.setInterval(function () {
        var saved = readSession();
        if (saved && directLine.token && saved.token !== directLine.token) {
          saved.token = directLine.token;
          saveSession(saved);
        }
      }, 60000));
      window.setTimeout(function () { focusSendBox(dom); }, 0);
    }).catch(function () {
      if (current.stopped) { return; }
      window.clearTimeout(current.watchdog);
      attempt = null;
      showProblem(dom);
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

  // Escape closes the panel, except inside the transcript: there Web Chat uses it to leave a card or a
  // message (its keyboard help says so), and closing the whole chat would lose the parent's place.
  function closesPanel(event) {
    if (event.key !== 'Escape' || event.defaultPrevented) { return false; }
    var target = event.target;
    return !(target && target.closest && target.closest('.webchat__basic-transcript, .webchat__keyboard-help'));
  }

  function init() {
    addStyles();
    var dom = buildDom();
    dom.launcher.addEventListener('click', function () { setOpen(dom, true); });
    // A parent reaching for the button: start fetching the bundle now, so the chat opens sooner.
    ['pointerenter', 'focus', 'touchstart'].forEach(function (name) {
      dom.launcher.addEventListener(name, function () { loadWebChat().catch(function () { /* shown on open */ }); }, { once: true, passive: true });
    });
    dom.close.addEventListener('click', function () { setOpen(dom, false); });
    dom.panel.addEventListener('keydown', function (event) {
      if (closesPanel(event)) { setOpen(dom, false); }
    });
    if (settings.open) { setOpen(dom, true); }
  }

  // Open on load: fetch the bundle while the page is still parsing, not after it.
  // A returning browser (it kept a session) most likely has the bundle cached: see start().
  var deferWebChat = !!(readSession() || {}).token;
  if (settings.open && !deferWebChat) { loadWebChat().catch(function () { /* shown by start() */ }); }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
