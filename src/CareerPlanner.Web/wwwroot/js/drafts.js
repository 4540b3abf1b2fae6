// On a page with several forms (a stage hub), saving one form must not throw away what was typed in another: the
// other forms' changed fields are kept in this tab's session storage when one is sent, and put back when the page
// comes back, with a note that they are not saved yet. A field whose saved value changed meanwhile is left alone.
(() => {
    const key = "careerplanner-drafts:" + location.pathname;
    const postForms = () => [...document.querySelectorAll("main form")].filter(f => (f.method || "").toLowerCase() === "post");
    const skipped = ["hidden", "submit", "button", "reset", "checkbox", "radio", "file", "password", "image"];
    const fieldsOf = form => [...form.elements].filter(e => e.name && !e.name.startsWith("__")
        && (e.tagName === "TEXTAREA" || (e.tagName === "INPUT" && !skipped.includes(e.type))));
    const idOf = form => form.getAttribute("action") || "";

    let drafts = {};
    try {
        drafts = JSON.parse(sessionStorage.getItem(key) || "{}");
        sessionStorage.removeItem(key);
    } catch {
        drafts = {};
    }
    for (const form of postForms()) {
        const kept = drafts[idOf(form)];
        if (!kept) {
            continue;
        }
        let restored = false;
        for (const field of fieldsOf(form)) {
            const draft = kept[field.name];
            if (draft && field.value === draft.original && draft.value !== field.value) {
                field.value = draft.value;
                restored = true;
            }
        }
        if (restored) {
            const note = document.createElement("p");
            note.className = "alert alert-info py-2 small";
            note.setAttribute("role", "status");
            note.dataset.testid = "draft-restored";
            note.textContent = "What you typed here before saving another part of the page is back. It is not saved yet.";
            form.prepend(note);
        }
    }

    document.addEventListener("submit", event => {
        const sent = event.target;
        const changed = {};
        for (const form of postForms().filter(f => f !== sent)) {
            const fields = {};
            for (const field of fieldsOf(form)) {
                if (field.value !== field.defaultValue) {
                    fields[field.name] = { original: field.defaultValue, value: field.value };
                }
            }
            if (Object.keys(fields).length > 0) {
                changed[idOf(form)] = fields;
            }
        }
        try {
            if (Object.keys(changed).length > 0) {
                sessionStorage.setItem(key, JSON.stringify(changed));
            }
        } catch {
            // Storage full or refused: nothing is kept, as before.
        }
    });
})();
