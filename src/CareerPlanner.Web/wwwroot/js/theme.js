// Light/dark theme: follows the system setting until the user picks one, which is then remembered.
(function () {
    'use strict';
    var storageKey = 'careerplanner-theme';
    var root = document.documentElement;
    var systemDark = window.matchMedia('(prefers-color-scheme: dark)');

    function stored() {
        try { return localStorage.getItem(storageKey); } catch (e) { return null; }
    }

    function current() {
        return stored() || (systemDark.matches ? 'dark' : 'light');
    }

    function apply(theme) {
        root.setAttribute('data-bs-theme', theme);
        var toggle = document.getElementById('theme-toggle');
        if (toggle) {
            toggle.setAttribute('aria-pressed', theme === 'dark' ? 'true' : 'false');
        }
    }

    apply(current());

    systemDark.addEventListener('change', function () {
        if (!stored()) { apply(current()); }
    });

    document.addEventListener('DOMContentLoaded', function () {
        var toggle = document.getElementById('theme-toggle');
        if (!toggle) { return; }
        apply(current());
        toggle.addEventListener('click', function () {
            var next = root.getAttribute('data-bs-theme') === 'dark' ? 'light' : 'dark';
            try { localStorage.setItem(storageKey, next); } catch (e) { /* private mode: not remembered */ }
            apply(next);
        });
    });
}());
