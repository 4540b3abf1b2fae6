// After the first sign-in, tell the app which time zone this browser is in (the person can change it on
// their profile; once they have chosen, the app ignores this).
(function () {
    'use strict';
    var form = document.getElementById('timezone-detect');
    if (!form || !window.fetch || !window.Intl) { return; }
    var zone;
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
    if (!zone) { return; }
    form.elements.timeZone.value = zone;
    fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' });
}());
