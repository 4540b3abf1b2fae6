// A form is sent once: after the first submit, its submit buttons are disabled until the next page (or until the page
// comes back from the browser's history). The server also treats a repeated submission as the first.
(() => {
    document.addEventListener("submit", event => {
        const form = event.target;
        if (!(form instanceof HTMLFormElement) || event.defaultPrevented || (form.method || "").toLowerCase() !== "post") {
            return;
        }
        if (form.dataset.submitted === "true") {
            event.preventDefault();
            return;
        }
        form.dataset.submitted = "true";
        // Disabled after this turn, so the clicked button's own name and value are still sent.
        setTimeout(() => form.querySelectorAll("button[type=submit], button:not([type]), input[type=submit]").forEach(button => {
            button.disabled = true;
            button.setAttribute("aria-disabled", "true");
        }));
    });
    window.addEventListener("pageshow", () => document.querySelectorAll("form[data-submitted]").forEach(form => {
        delete form.dataset.submitted;
        form.querySelectorAll("[aria-disabled=true]").forEach(button => {
            button.disabled = false;
            button.removeAttribute("aria-disabled");
        });
    }));
})();
