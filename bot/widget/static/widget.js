/*
 * Lantern chat widget: one <script> tag adds a launcher button and a chat panel.
 *
 *   <script src="https://HOST/widget.js" data-country="GB" data-audience="child"
 *           data-language="en" data-exit-url="https://www.bbc.co.uk/weather" async></script>
 *
 * Optional: data-endpoint (the chat URL; default filled in by the Lantern server).
 * Plain JavaScript, no framework, no build step, no cookies, no third-party
 * requests: it talks only to its own host (UI strings, privacy note) and to the
 * chat URL.  Everything lives in a shadow root so the host page's CSS cannot
 * break it and its CSS cannot leak out.  Bot text is only ever set with
 * textContent; links are made only for tel:, sms: and https: addresses.
 *
 * Sections: 1 configuration, 2 helpers, 3 session, 4 styles, 5 building the
 * panel, 6 messages and cards, 7 talking to the server, 8 input, 9 quick exit,
 * 10 start.
 */
(() => {
  "use strict";

  /* ------------------------------------------------------------------ 1. Configuration */

  // Replaced by the Lantern server with the default chat URL and the English UI strings.
  const BOOT = /*@boot*/ { chatUrl: "", strings: {}, languages: ["en"], rtl: ["ar"] } /*@end*/;

  const DEFAULT_EXIT_URL = "https://www.google.com/";
  const AUDIENCES = ["child", "teen", "parent", "educator"];
  const MAX_LENGTH = 1000;
  const COUNTER_FROM = 800; // show "characters left" from this many characters on
  const STORE_KEY = "lantern.session";
  const ANSWER_TIMEOUT_MS = 30000;
  const STRINGS_TIMEOUT_MS = 3000;
  const LINK_SCHEMES = ["tel:", "sms:", "https:"];
  // The first screen offers two ways to start (the payloads are Lantern intents).
  const STARTERS = [
    ["start_what", "/ask_what_can_you_do"],
    ["start_talk", "/ask_helpline"],
  ];

  if (document.querySelector("lantern-widget")) return; // the tag was added twice

  const script =
    document.currentScript || document.querySelector('script[src*="widget.js"]') || { src: "", dataset: {} };
  const scriptUrl = script.src || location.href;
  const data = script.dataset || {};
  const base = new URL(".", scriptUrl); // the widget's own host (and path prefix, if any)

  /* ------------------------------------------------------------------ 2. Helpers */

  /** An absolute URL with one of the allowed schemes, else the fallback. */
  function safeUrl(value, fallback, schemes) {
    if (typeof value !== "string" || !value.trim()) return fallback;
    try {
      const url = new URL(value.trim(), scriptUrl);
      return schemes.includes(url.protocol) ? url.href : fallback;
    } catch (error) {
      return fallback;
    }
  }

  /** The first supported language among the candidates ("pt-BR" counts as "pt"). */
  function pickLanguage(...candidates) {
    for (const candidate of candidates) {
      const code = String(candidate || "").toLowerCase().split(/[-_]/)[0];
      if (BOOT.languages.includes(code)) return code;
    }
    return "en";
  }

  /** "/webhooks/widget/webhook" -> "/webhooks/widget/end". */
  function endUrlFor(chatUrl) {
    if (!chatUrl) return "";
    const url = new URL(chatUrl);
    url.search = "";
    url.pathname = url.pathname.replace(/\/webhook\/?$/, "").replace(/\/$/, "") + "/end";
    return url.href;
  }

  const config = {
    country: /^[A-Za-z]{2}$/.test(data.country || "") ? data.country.toUpperCase() : "",
    audience: AUDIENCES.includes(data.audience) ? data.audience : "",
    language: pickLanguage(data.language, document.documentElement.lang, navigator.language),
    exitUrl: safeUrl(data.exitUrl, DEFAULT_EXIT_URL, ["https:", "http:"]),
    chatUrl: safeUrl(data.endpoint || BOOT.chatUrl, "", ["https:", "http:"]),
  };
  config.endUrl = endUrlFor(config.chatUrl);

  let strings = BOOT.strings;
  let stringsDir = BOOT.rtl.includes(config.language) ? "rtl" : "ltr";

  const RTL_TEXT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

  /** Keep "0800 1111" in order beside right-to-left words (wrapped in Unicode isolates) in text the widget
   *  builds itself; bot messages arrive isolated by the channel (bot.i18n.isolate_numbers). */
  function isolateNumbers(text) {
    if (!RTL_TEXT.test(text)) return text;
    return text.replace(/\+?\d+(?:[ \u00a0.-]\d+)+/g, (run) => `\u2066${run}\u2069`);
  }

  /** A UI string with {placeholders} filled in. */
  function t(key, values) {
    let text = strings[key] || BOOT.strings[key] || key;
    for (const [name, value] of Object.entries(values || {})) text = text.split(`{${name}}`).join(String(value));
    return isolateNumbers(text);
  }

  /** Create an element; "text" sets textContent (never HTML), other keys are attributes. */
  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = String(value);
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children || []) if (child) node.append(child); // strings become text nodes
    return node;
  }

  /** Text only screen readers hear. */
  function hidden(text) {
    return el("span", { class: "sr", text });
  }

  /** An href we are willing to link (tel:, sms:, https:), else "". */
  function linkable(href) {
    if (typeof href !== "string") return "";
    try {
      const url = new URL(href);
      return LINK_SCHEMES.includes(url.protocol) ? url.href : "";
    } catch (error) {
      return "";
    }
  }

  /** A link; web pages open in a new tab and say so. */
  function link(href, text, className, testId) {
    const external = href.startsWith("https:");
    return el(
      "a",
      {
        href,
        class: className,
        "data-testid": testId,
        target: external ? "_blank" : null,
        rel: external ? "noopener noreferrer" : null,
      },
      [text, external ? hidden(` ${t("new_tab")}`) : null],
    );
  }

  function formatDate(iso) {
    const date = new Date(`${iso}T12:00:00Z`);
    if (Number.isNaN(date.getTime())) return String(iso);
    try {
      return new Intl.DateTimeFormat(config.language, { dateStyle: "medium", timeZone: "UTC" }).format(date);
    } catch (error) {
      return String(iso);
    }
  }

  function hostOf(url) {
    try {
      return new URL(url).host.replace(/^www\./, "");
    } catch (error) {
      return url;
    }
  }

  /* ------------------------------------------------------------------ 3. Session (sessionStorage only) */

  let sessionInMemory = "";

  function store() {
    try {
      return window.sessionStorage; // throws in some sandboxed frames
    } catch (error) {
      return null;
    }
  }

  /** The conversation's random id, if one was made in this tab. */
  function currentSession() {
    if (sessionInMemory) return sessionInMemory;
    try {
      const kept = store() && store().getItem(STORE_KEY);
      if (kept && /^[A-Za-z0-9_-]{1,64}$/.test(kept)) sessionInMemory = kept;
    } catch (error) {
      /* storage refused: the id lives in memory only */
    }
    return sessionInMemory;
  }

  /** The conversation's id, made from 16 random bytes the first time. */
  function sessionId() {
    if (currentSession()) return sessionInMemory;
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    sessionInMemory = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
    try {
      if (store()) store().setItem(STORE_KEY, sessionInMemory);
    } catch (error) {
      /* storage refused: keep it in memory */
    }
    return sessionInMemory;
  }

  function forgetSession() {
    sessionInMemory = "";
    try {
      if (store()) store().removeItem(STORE_KEY);
    } catch (error) {
      /* nothing kept */
    }
  }

  /* ------------------------------------------------------------------ 4. Styles (inside the shadow root) */

  // Colours meet WCAG AA: text >= 4.5:1, controls and focus rings >= 3:1.
  const CSS = `
:host { all: initial; }
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.lantern { font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Tahoma, Arial, sans-serif; color: #1b1b1f; }
.sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
button, textarea { font: inherit; }
button { cursor: pointer; }
:focus-visible { outline: 3px solid #0b0c0c; outline-offset: 2px; box-shadow: 0 0 0 2px #ffffff; }
.launcher { position: fixed; bottom: 16px; right: 16px; z-index: 2147483000; display: flex; align-items: center; gap: 8px; min-height: 48px; max-width: calc(100vw - 32px); padding: 10px 18px; border: 2px solid #ffffff; border-radius: 999px; background: #1d3c8f; color: #ffffff; font-weight: 700; box-shadow: 0 2px 10px rgba(0, 0, 0, 0.35); }
.launcher:hover { background: #162e6e; }
.launcher svg { flex: none; width: 22px; height: 22px; fill: currentColor; }
.panel { position: fixed; bottom: 80px; right: 16px; z-index: 2147483001; display: flex; flex-direction: column; width: min(400px, calc(100vw - 16px)); height: min(640px, calc(100vh - 96px)); background: #ffffff; border: 1px solid #6b6b76; border-radius: 12px; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.3); overflow: hidden; }
.on-left .launcher, .on-left .panel { right: auto; left: 16px; }
@media (max-width: 480px), (max-height: 560px) {
  .panel, .on-left .panel { inset: 0; width: auto; height: auto; border: 0; border-radius: 0; }
}
.head { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding: 8px 10px 8px 14px; background: #1d3c8f; color: #ffffff; }
.titles { flex: 1 1 8em; min-width: 0; }
.title { margin: 0; font-size: 1.125rem; font-weight: 700; }
.subtitle { margin: 0; font-size: 0.875rem; }
.exit { min-height: 44px; padding: 8px 14px; border: 2px solid #ffffff; border-radius: 8px; background: #b3261e; color: #ffffff; font-weight: 700; }
.exit:hover { background: #8c1d18; }
.close { min-width: 44px; min-height: 44px; padding: 0; border: 2px solid transparent; border-radius: 8px; background: transparent; color: #ffffff; font-size: 1.5rem; line-height: 1; }
.close:hover { border-color: #ffffff; }
.log { flex: 1 1 auto; display: flex; flex-direction: column; gap: 10px; padding: 12px; overflow-y: auto; overscroll-behavior: contain; background: #f4f5f9; }
.msg { max-width: 90%; padding: 10px 12px; border-radius: 12px; overflow-wrap: anywhere; }
.msg .text { margin: 0; white-space: pre-wrap; }
.msg .text + .text { margin-top: 8px; }
.bot { align-self: flex-start; background: #ffffff; border: 1px solid #b9bac6; }
.user { align-self: flex-end; background: #1d3c8f; color: #ffffff; }
.notice { align-self: stretch; max-width: none; background: #fff4e0; border: 2px solid #8a5300; }
.msg a { color: #0b4fb3; text-decoration: underline; }
.msg a.action { color: #ffffff; text-decoration: none; }
.privacy { display: inline-block; margin-top: 8px; }
.replies { display: flex; flex-wrap: wrap; gap: 8px; }
.reply { min-height: 44px; padding: 8px 14px; border: 2px solid #1d3c8f; border-radius: 999px; background: #ffffff; color: #1d3c8f; font-weight: 600; text-align: start; overflow-wrap: anywhere; }
.reply:hover { background: #e6ebf8; }
.card { margin-top: 10px; padding: 10px; border: 1px solid #6b6b76; border-radius: 10px; background: #ffffff; }
.card-name { margin: 0 0 4px; font-weight: 700; }
.card-facts, .card-meta { margin: 0 0 8px; color: #3d3d47; font-size: 0.9rem; }
.card-meta { margin: 8px 0 0; }
.card-actions { display: flex; flex-wrap: wrap; gap: 8px; }
.action { display: inline-flex; align-items: center; min-height: 44px; padding: 8px 12px; border-radius: 8px; background: #1d3c8f; color: #ffffff; font-weight: 600; overflow-wrap: anywhere; }
.action:hover { background: #162e6e; }
span.action { background: #e9eaf1; color: #1b1b1f; font-weight: 400; }
.emergency { border: 2px solid #b3261e; background: #fff5f4; }
.emergency .card-name { color: #8c1d18; }
.emergency a.action { background: #b3261e; font-size: 1.125rem; }
.emergency a.action:hover { background: #8c1d18; }
.typing { padding: 4px 14px; min-height: 0; background: #f4f5f9; }
.dot { display: inline-block; width: 8px; height: 8px; margin: 0 2px; border-radius: 50%; background: #5c5c66; animation: lantern-blink 1.2s infinite ease-in-out; }
.dot:nth-child(2) { animation-delay: 0.2s; }
.dot:nth-child(3) { animation-delay: 0.4s; }
@keyframes lantern-blink { 0%, 80%, 100% { opacity: 0.25; } 40% { opacity: 1; } }
.composer { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 8px; padding: 10px 12px; border-top: 1px solid #b9bac6; background: #ffffff; }
.input { flex: 1 1 10em; min-width: 0; min-height: 44px; max-height: 8em; padding: 9px 10px; border: 2px solid #5c5c66; border-radius: 8px; background: #ffffff; color: #1b1b1f; resize: none; }
.input::placeholder { color: #5c5c66; opacity: 1; }
.send { min-width: 64px; min-height: 44px; padding: 8px 16px; border: 2px solid #1d3c8f; border-radius: 8px; background: #1d3c8f; color: #ffffff; font-weight: 700; }
.send:hover { background: #162e6e; }
.counter { flex-basis: 100%; margin: 0; color: #3d3d47; font-size: 0.875rem; }
.counter.low { color: #a0221a; font-weight: 700; }
@media (prefers-reduced-motion: reduce) {
  .dot { animation: none; opacity: 0.7; }
  * { scroll-behavior: auto !important; transition: none !important; }
}
@media (forced-colors: active) {
  .launcher, .exit, .send, .reply, .action, .close { border: 2px solid ButtonText; }
}
`;

  function adoptStyles(root) {
    // Constructed style sheets are not blocked by a host page's strict CSP; <style> is the fallback.
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } catch (error) {
      root.append(el("style", { text: CSS }));
    }
  }

  /* ------------------------------------------------------------------ 5. Building the panel */

  const ui = {};

  function chatIcon() {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    const path = document.createElementNS(ns, "path");
    path.setAttribute("d", "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6v2h2V9H7zm4 0v2h2V9h-2zm4 0v2h2V9h-2z");
    svg.append(path);
    return svg;
  }

  function build() {
    const host = el("lantern-widget", { "data-testid": "lantern-widget" });
    host.style.setProperty("all", "initial", "important");
    const root = host.attachShadow({ mode: "open" });
    adoptStyles(root);
    ui.root = root;

    ui.launcher = el(
      "button",
      { type: "button", class: "launcher", "aria-expanded": "false", "aria-controls": "lantern-panel", "data-testid": "lantern-launcher" },
      [chatIcon(), el("span", { text: t("launcher") })],
    );

    ui.exit = el("button", { type: "button", class: "exit", "aria-describedby": "lantern-exit-hint", "data-testid": "lantern-quick-exit", text: t("quick_exit") });
    ui.close = el("button", { type: "button", class: "close", "aria-label": t("close"), title: t("close"), "data-testid": "lantern-close" }, [el("span", { "aria-hidden": "true", text: "×" })]);
    const head = el("div", { class: "head" }, [
      el("div", { class: "titles" }, [
        el("h2", { class: "title", id: "lantern-title", text: "Lantern" }),
        el("p", { class: "subtitle", id: "lantern-subtitle", text: t("subtitle") }),
      ]),
      ui.exit,
      el("span", { id: "lantern-exit-hint", hidden: true, text: t("quick_exit_hint") }),
      ui.close,
    ]);

    ui.log = el("div", { class: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions", "aria-label": t("log_label"), tabindex: "0", "data-testid": "lantern-log" });
    ui.typing = el("div", { class: "typing", role: "status", "data-testid": "lantern-typing" });

    ui.input = el("textarea", {
      id: "lantern-input",
      class: "input",
      rows: "1",
      maxlength: String(MAX_LENGTH),
      placeholder: t("placeholder"),
      autocomplete: "off",
      "aria-describedby": "lantern-counter",
      "data-testid": "lantern-input",
    });
    ui.send = el("button", { type: "submit", class: "send", "data-testid": "lantern-send", text: t("send") });
    ui.counter = el("p", { id: "lantern-counter", class: "counter", hidden: true, "data-testid": "lantern-counter" });
    ui.form = el("form", { class: "composer", "data-testid": "lantern-composer" }, [
      el("label", { for: "lantern-input", class: "sr", text: t("input_label") }),
      ui.input,
      ui.send,
      ui.counter,
    ]);

    ui.panel = el(
      "section",
      { id: "lantern-panel", class: "panel", role: "dialog", "aria-modal": "false", "aria-labelledby": "lantern-title", "aria-describedby": "lantern-subtitle", hidden: true, "data-testid": "lantern-panel" },
      [head, ui.log, ui.typing, ui.form],
    );

    // The corner is chosen once (by the page's language); the panel's direction then follows the conversation.
    const corner = stringsDir === "rtl" ? "lantern on-left" : "lantern";
    ui.frame = el("div", { class: corner, lang: config.language, dir: stringsDir }, [ui.launcher, ui.panel]);
    root.append(ui.frame);
    welcome();
    wire();
    document.body.append(host);
  }

  function welcome() {
    const privacyUrl = new URL(`privacy?lang=${encodeURIComponent(config.language)}`, base).href;
    const bubble = el("div", { class: "msg bot", dir: stringsDir, "data-testid": "lantern-welcome", "data-from": "bot" }, [
      el("p", { class: "text", text: t("welcome") }),
      el("p", { class: "text", text: t("welcome_private") }),
      el("p", { class: "text", text: t("welcome_danger") }),
      link(privacyUrl, t("privacy_link"), "privacy", "lantern-privacy-link"),
    ]);
    ui.log.append(bubble, quickReplies(STARTERS.map(([key, payload]) => ({ title: t(key), payload })), stringsDir));
  }

  function openPanel() {
    ui.panel.hidden = false;
    ui.launcher.setAttribute("aria-expanded", "true");
    ui.input.focus();
  }

  function closePanel() {
    ui.panel.hidden = true;
    ui.launcher.setAttribute("aria-expanded", "false");
    ui.launcher.focus();
  }

  /** The panel follows the direction of the conversation's latest bot message. */
  function followDirection(dir) {
    ui.panel.setAttribute("dir", dir);
  }

  /* ------------------------------------------------------------------ 6. Messages and cards */

  function scrollTo(node) {
    ui.log.scrollTop = Math.max(0, node.offsetTop - ui.log.offsetTop - 8);
  }

  function addUserMessage(text) {
    const bubble = el("div", { class: "msg user", dir: "auto", "data-testid": "lantern-message", "data-from": "user" }, [
      hidden(`${t("you_said")} `),
      el("p", { class: "text", text }),
    ]);
    ui.log.append(bubble);
    scrollTo(bubble);
  }

  /** A message from the widget itself (errors, refused files); never sent anywhere. */
  function addNotice(text) {
    const bubble = el("div", { class: "msg notice", dir: stringsDir, "data-testid": "lantern-notice", "data-from": "notice" }, [
      el("p", { class: "text", text }),
    ]);
    ui.log.append(bubble);
    scrollTo(bubble);
  }

  function addBotMessage(message) {
    const dir = message.dir === "rtl" ? "rtl" : "ltr";
    const bubble = el("div", { class: "msg bot", dir, "data-testid": "lantern-message", "data-from": "bot" }, [
      hidden(`${t("bot_said")} `),
    ]);
    if (typeof message.text === "string" && message.text) {
      bubble.append(el("p", { class: "text", text: message.text })); // the channel already isolated its numbers
    }
    if (message.custom && typeof message.custom === "object") addCards(message.custom, bubble);
    ui.log.append(bubble);
    if (Array.isArray(message.buttons) && message.buttons.length) ui.log.append(quickReplies(message.buttons, dir));
    followDirection(dir);
    return bubble;
  }

  function quickReplies(buttons, dir) {
    const group = el("div", { class: "replies", role: "group", "aria-label": t("choices"), dir, "data-testid": "lantern-quick-replies" });
    for (const button of buttons.slice(0, 12)) {
      if (!button || typeof button.payload !== "string" || !button.payload) continue;
      const title = typeof button.title === "string" && button.title ? button.title : button.payload;
      const node = el("button", { type: "button", class: "reply", "data-testid": "lantern-quick-reply", "data-payload": button.payload, text: title });
      node.addEventListener("click", () => {
        send(button.payload, title);
        ui.input.focus();
      });
      group.append(node);
    }
    return group;
  }

  /** Helpline cards and emergency numbers from a message's ``custom`` payload. */
  function addCards(custom, bubble) {
    const emergency = custom.type === "emergency" ? custom : custom.emergency;
    if (emergency && typeof emergency === "object" && Array.isArray(emergency.numbers)) bubble.append(emergencyCard(emergency));
    let services = [];
    if (custom.type === "service") services = [custom];
    else if (custom.type === "escalation" && Array.isArray(custom.services)) services = custom.services;
    for (const service of services) if (service && typeof service === "object") bubble.append(serviceCard(service));
  }

  function emergencyCard(emergency) {
    const card = el("div", { class: "card emergency", role: "group", "aria-label": t("emergency"), "data-testid": "lantern-emergency" });
    const heading = el("p", { class: "card-name", text: t("emergency") });
    const actions = el("div", { class: "card-actions" });
    for (const entry of emergency.numbers) {
      if (!entry || typeof entry.number !== "string") continue;
      const purpose = typeof entry.purpose === "string" && entry.purpose ? ` (${entry.purpose})` : "";
      const text = t("call", { number: entry.number }) + purpose;
      const href = linkable(entry.href);
      actions.append(href.startsWith("tel:") ? link(href, text, "action", "lantern-emergency-call") : el("span", { class: "action", text }));
    }
    card.append(heading, actions);
    return card;
  }

  /** How a contact is offered: "Call 0800 1111", "Text 85258", "Chat online". */
  function contactText(contact) {
    const label = typeof contact.label === "string" ? contact.label : "";
    switch (contact.kind) {
      case "phone":
      case "call":
        return t("call", { number: label });
      case "sms":
      case "text":
        return t("text", { number: label });
      case "web_chat":
      case "chat":
        return t("chat");
      case "web":
      case "website":
        return t("website", { site: hostOf(label) });
      default:
        return String(contact.kind || "").replace(/_/g, " ") + (label ? `: ${label}` : "");
    }
  }

  function serviceCard(service) {
    const name = typeof service.name === "string" ? service.name : "";
    const card = el("div", { class: "card", role: "group", "aria-label": name || null, "data-testid": "lantern-card" }, [
      el("p", { class: "card-name", text: name }),
    ]);
    const hours = service.hours && typeof service.hours === "object" ? service.hours : {};
    const facts = [];
    if (hours.always) facts.push(t("open_247"));
    else {
      if (hours.open_now === true) facts.push(t("open_now"));
      if (hours.open_now === false) facts.push(t("closed_now"));
      if (typeof hours.text === "string" && hours.text) facts.push(hours.text);
    }
    if (service.free) facts.push(t("free"));
    if (facts.length) card.append(el("p", { class: "card-facts", text: isolateNumbers(facts.join(" · ")) }));

    const actions = el("div", { class: "card-actions" });
    const contacts = Array.isArray(service.contacts) ? service.contacts : [];
    for (const contact of contacts) {
      if (!contact || typeof contact !== "object") continue;
      const href = linkable(contact.href);
      const text = contactText(contact);
      actions.append(href ? link(href, text, "action", "lantern-contact") : el("span", { class: "action", text }));
    }
    const website = linkable(service.website);
    if (website.startsWith("https:") && !contacts.some((c) => c && linkable(c.href) === website)) {
      actions.append(link(website, t("website", { site: hostOf(website) }), "action", "lantern-contact"));
    }
    if (actions.childNodes.length) card.append(actions);
    if (typeof service.verified_on === "string" && service.verified_on) {
      card.append(el("p", { class: "card-meta", text: t("checked_on", { date: formatDate(service.verified_on) }) }));
    }
    return card;
  }

  /* ------------------------------------------------------------------ 7. Talking to the server */

  let queue = Promise.resolve();
  let waiting = 0;
  let generation = 0; // bumped by quick exit so late answers are dropped

  function showTyping() {
    if (waiting > 0) {
      if (!ui.typing.childNodes.length) {
        ui.typing.append(
          hidden(t("typing")),
          el("span", { class: "dot", "aria-hidden": "true" }),
          el("span", { class: "dot", "aria-hidden": "true" }),
          el("span", { class: "dot", "aria-hidden": "true" }),
        );
      }
    } else {
      ui.typing.textContent = "";
    }
  }

  function metadata() {
    const meta = { language: config.language };
    if (config.country) meta.country = config.country;
    if (config.audience) meta.audience = config.audience;
    return meta;
  }

  async function post(message) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ANSWER_TIMEOUT_MS);
    try {
      const response = await fetch(config.chatUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sender: sessionId(), message, metadata: metadata() }),
        credentials: "omit",
        cache: "no-store",
        referrerPolicy: "no-referrer",
        signal: controller.signal,
      });
      // 429 (too many messages) carries a calm message in the usual shape: show it.
      if (!response.ok && response.status !== 429) throw new Error(`Lantern answered ${response.status}`);
      const answer = await response.json();
      if (!Array.isArray(answer)) throw new Error("Lantern's answer was not a list");
      return answer;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Show the user's words at once, then send them (one at a time, in order). */
  function send(message, shown) {
    const mine = generation;
    addUserMessage(shown);
    waiting += 1;
    showTyping();
    queue = queue
      .then(() => post(message))
      .then(
        (answer) => {
          if (mine !== generation) return;
          let first = null;
          for (const item of answer) {
            if (item && typeof item === "object") first = first || addBotMessage(item);
          }
          if (first) scrollTo(first);
        },
        () => {
          if (mine === generation) addNotice(t("error"));
        },
      )
      .finally(() => {
        waiting -= 1;
        showTyping();
      });
  }

  /* ------------------------------------------------------------------ 8. Input: typing, counter, refusing files */

  function updateCounter() {
    const left = MAX_LENGTH - ui.input.value.length;
    const show = ui.input.value.length >= COUNTER_FROM;
    ui.counter.hidden = !show;
    ui.counter.textContent = show ? t("chars_left", { count: left }) : "";
    ui.counter.classList.toggle("low", left <= 50);
    ui.input.style.height = "auto";
    ui.input.style.height = `${Math.min(ui.input.scrollHeight + 4, 160)}px`;
  }

  function submit() {
    const text = ui.input.value.trim().slice(0, MAX_LENGTH);
    if (!text) return;
    ui.input.value = "";
    updateCounter();
    send(text, text);
  }

  function carriesFiles(transfer) {
    if (!transfer) return false;
    if (transfer.files && transfer.files.length) return true;
    if (Array.from(transfer.items || []).some((item) => item.kind === "file")) return true;
    return Array.from(transfer.types || []).includes("Files");
  }

  function refuseFile(event) {
    event.preventDefault();
    event.stopPropagation();
    addNotice(t("no_files"));
  }

  function wire() {
    ui.launcher.addEventListener("click", () => (ui.panel.hidden ? openPanel() : closePanel()));
    ui.close.addEventListener("click", closePanel);
    ui.exit.addEventListener("click", quickExit);
    ui.form.addEventListener("submit", (event) => {
      event.preventDefault();
      submit();
    });
    ui.input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        submit();
      }
    });
    ui.input.addEventListener("input", updateCounter);
    ui.input.addEventListener("paste", (event) => {
      if (carriesFiles(event.clipboardData)) refuseFile(event);
    });
    ui.panel.addEventListener("dragover", (event) => {
      if (carriesFiles(event.dataTransfer)) event.preventDefault(); // lets "drop" fire so it can be refused
    });
    ui.panel.addEventListener("drop", (event) => {
      if (carriesFiles(event.dataTransfer)) refuseFile(event);
    });
    window.addEventListener("keydown", onEscape, true);
  }

  /* ------------------------------------------------------------------ 9. Quick exit */

  let lastEscape = 0;

  /** Escape closes the panel; Escape twice within a second is a quick exit. */
  function onEscape(event) {
    if (event.key !== "Escape" || event.isComposing) return;
    const inside = Boolean(ui.root.activeElement);
    if (ui.panel.hidden && !inside) return; // the host page's own Escape presses are left alone
    const now = Date.now();
    if (now - lastEscape <= 1000) {
      lastEscape = 0;
      event.preventDefault();
      quickExit();
      return;
    }
    lastEscape = now;
    if (!ui.panel.hidden && inside) closePanel();
  }

  /** Ask the server to delete the conversation, wipe this tab's traces, and leave without a way back. */
  function quickExit() {
    generation += 1;
    const sender = currentSession();
    if (sender && config.endUrl) {
      try {
        // text/plain keeps this a "simple" request: no CORS preflight, so keepalive works while the page unloads.
        fetch(config.endUrl, {
          method: "POST",
          keepalive: true,
          headers: { "Content-Type": "text/plain;charset=UTF-8" },
          body: JSON.stringify({ sender }),
          credentials: "omit",
          referrerPolicy: "no-referrer",
        }).catch(() => {});
      } catch (error) {
        /* leaving matters more than telling the server */
      }
    }
    ui.log.textContent = "";
    ui.input.value = "";
    ui.typing.textContent = "";
    ui.panel.hidden = true;
    forgetSession();
    leave(config.exitUrl);
  }

  function leave(url) {
    try {
      if (window.top && window.top !== window.self) {
        window.top.location.replace(url); // inside an iframe: take the whole tab away
        return;
      }
    } catch (error) {
      /* the embedding page does not allow it: leave the frame instead */
    }
    window.location.replace(url);
  }

  /* ------------------------------------------------------------------ 10. Start */

  async function loadStrings() {
    if (config.language === "en") return;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), STRINGS_TIMEOUT_MS);
    try {
      const url = new URL(`widget/strings.json?language=${encodeURIComponent(config.language)}`, base);
      const response = await fetch(url.href, { credentials: "omit", referrerPolicy: "no-referrer", signal: controller.signal });
      if (!response.ok) return;
      const body = await response.json();
      if (body && body.strings && typeof body.strings === "object") {
        strings = body.strings;
        stringsDir = body.dir === "rtl" ? "rtl" : "ltr";
      }
    } catch (error) {
      /* English it is */
    } finally {
      clearTimeout(timer);
    }
  }

  function start() {
    loadStrings().then(build, build);
  }

  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start, { once: true });
})();
