// Light/dark theme: follows the system setting until the user picks one, which is then remembered.
// The two theme buttons each name the theme they switch to; the one in use is pressed (aria-pressed, and looks it).
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
        document.querySelectorAll('[data-theme-choice]').forEach(function (button) {
            var pressed = button.getAttribute('data-theme-choice') === theme;
            button.setAttribute('aria-pressed', pressed ? 'true' : 'false');
            button.classList.toggle('active', pressed);
        });
    }

    apply(current());

    systemDark.addEventListener('change', function () {
        if (!stored()) { apply(current()); }
    });

    document.addEventListener('DOMContentLoaded', function () {
        apply(current());
        document.querySelectorAll('[data-theme-choice]').forEach(function (button) {
            button.addEventListener('click', function () {
                var next = button.getAttribute('data-theme-choice');
                try { localStorage.setItem(storageKey, next); } catch (e) { /* private mode: not remembered */ }
                apply(next);
            });
        });
    });
}());
