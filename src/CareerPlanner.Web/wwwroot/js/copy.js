// "Copy" buttons: data-copy-target names the input whose value goes to the clipboard.
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-copy-target]');
        if (!button) { return; }
        var field = document.getElementById(button.getAttribute('data-copy-target'));
        if (!field) { return; }
        field.select();
        var done = function () { button.textContent = 'Copied'; };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(done, function () { /* the text stays selected to copy by hand */ });
        } else {
            done();
        }
    });
}());
