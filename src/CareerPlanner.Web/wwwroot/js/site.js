// A form that comes back with errors moves focus to its error summary, so keyboard and
// screen-reader users hear what went wrong and can follow its links to each field.
(function () {
    'use strict';
    var summary = document.getElementById('error-summary') ||
        document.querySelector('.validation-summary-errors');
    if (summary) {
        if (!summary.hasAttribute('tabindex')) { summary.setAttribute('tabindex', '-1'); }
        summary.focus();
    }

    // Links in the summary focus the field itself, not just scroll to it.
    document.addEventListener('click', function (event) {
        var link = event.target.closest('.error-summary a[href^="#"]');
        if (!link) { return; }
        var field = document.getElementById(link.getAttribute('href').substring(1));
        if (field) {
            event.preventDefault();
            field.focus();
        }
    });
}());

// Returning to a section of a page (a hub after saving, "#actions-title"): focus its heading, so keyboard and
// screen-reader users continue where they were rather than at the top of the page. An error summary wins.
(function () {
    'use strict';
    if (!window.location.hash || document.getElementById('error-summary')) { return; }
    var target = document.getElementById(decodeURIComponent(window.location.hash.substring(1)));
    if (!target) { return; }
    if (!target.hasAttribute('tabindex')) { target.setAttribute('tabindex', '-1'); }
    target.focus();
}());
