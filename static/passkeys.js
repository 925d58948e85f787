// Runs the WebAuthn ceremonies of the staff pages with @simplewebauthn/browser.
// Each form with data-passkey-action names the endpoint that returns the
// options and the one that verifies the browser's response; the verifying
// endpoint returns { redirect } on success and { message } on failure.
"use strict";

(function () {
  const webauthn = window.SimpleWebAuthnBrowser;

  function csrfHeaders() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? { "X-CSRF-Token": meta.getAttribute("content") } : {};
  }

  async function postJson(url, body) {
    const response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: Object.assign({ "Content-Type": "application/json", Accept: "application/json" }, csrfHeaders()),
      body: JSON.stringify(body),
    });
    let payload = {};
    try {
      payload = await response.json();
    } catch (error) {
      payload = {};
    }
    return { ok: response.ok, payload };
  }

  function setStatus(form, text, isError) {
    const status = form.querySelector(".passkey-status");
    status.textContent = text;
    status.classList.toggle("passkey-status-error", Boolean(isError));
  }

  function ceremonyErrorMessage(form, error) {
    const name = error && error.name;
    // NotAllowedError is what browsers raise when the user cancels or the prompt times out.
    if (name === "NotAllowedError") return form.dataset.messageCancelled;
    // NOTE: an authenticator that already stores a credential listed in
    // excludeCredentials makes the browser raise InvalidStateError (WebAuthn
    // Level 2, authenticatorMakeCredential step 3): this device has a passkey.
    if (name === "InvalidStateError") return form.dataset.messageAlreadyRegistered;
    return form.dataset.messageFailed;
  }

  async function runCeremony(form) {
    const button = form.querySelector("button[type=submit]");
    const action = form.dataset.passkeyAction;
    button.disabled = true;
    setStatus(form, form.dataset.messageWorking, false);
    try {
      const options = await postJson(form.dataset.optionsUrl, {});
      if (!options.ok) {
        setStatus(form, options.payload.message || form.dataset.messageFailed, true);
        return;
      }
      let response;
      try {
        response =
          action === "register"
            ? await webauthn.startRegistration({ optionsJSON: options.payload })
            : await webauthn.startAuthentication({ optionsJSON: options.payload });
      } catch (error) {
        setStatus(form, ceremonyErrorMessage(form, error), true);
        return;
      }
      const nameInput = form.querySelector('input[name="name"]');
      const verified = await postJson(form.dataset.verifyUrl, { response, name: nameInput ? nameInput.value : undefined });
      if (verified.ok && typeof verified.payload.redirect === "string") {
        window.location.assign(verified.payload.redirect);
        return;
      }
      setStatus(form, verified.payload.message || form.dataset.messageFailed, true);
    } catch (error) {
      setStatus(form, form.dataset.messageFailed, true);
    } finally {
      button.disabled = false;
    }
  }

  function setUp() {
    for (const form of document.querySelectorAll("form[data-passkey-action]")) {
      const button = form.querySelector("button[type=submit]");
      if (!webauthn || !webauthn.browserSupportsWebAuthn()) {
        setStatus(form, form.dataset.messageUnsupported, true);
        continue;
      }
      button.disabled = false;
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        runCeremony(form);
      });
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
