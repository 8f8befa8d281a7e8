/*
 * The login page works as a plain form; this script logs in with JSON instead so that a wrong
 * password or too many attempts are explained on the page. Hooks: form#pn-login, #pn-login-error.
 */
(function () {
  "use strict";
  var form = document.getElementById("pn-login");
  var error = document.getElementById("pn-login-error");
  if (/[?&]failed\b/.test(location.search)) error.textContent = "Incorrect username or password";

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    error.textContent = "";
    fetch("login", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify({ username: form.elements.username.value, password: form.elements.password.value })
    }).then(function (response) {
      if (response.ok) {
        location.assign("./");
        return;
      }
      return response.json().catch(function () { return {}; }).then(function (json) {
        error.textContent = json && typeof json.error === "string" ? json.error : "Login failed (HTTP " + response.status + ")";
      });
    }, function () {
      error.textContent = "The server could not be reached";
    });
  });
})();
