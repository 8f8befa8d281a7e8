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
    window.Pennant.postJson("login", { username: form.elements.username.value, password: form.elements.password.value }, "Login failed")
      .then(function () { location.assign("./"); }, function (failure) { error.textContent = failure.message; });
  });
})();
