// The elevator pitch's length and speaking time, updated as the person types; the same rule as the server's
// (BrandText: words at 150 a minute, rounded to whole seconds), which says it again after saving.
(() => {
    const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
    const describe = seconds => seconds < 60 ? `about ${seconds} seconds` : `about ${Math.floor(seconds / 60)} min ${seconds % 60} s`;
    for (const field of document.querySelectorAll("textarea[data-speaking-time]")) {
        const output = document.getElementById(field.dataset.speakingTime);
        if (!output) {
            continue;
        }
        field.addEventListener("input", () => {
            const text = field.value;
            const words = text.split(/[ \n\r\t]+/).filter(w => w.length > 0).length;
            const seconds = Math.round(words * 60 / 150);
            output.textContent = `${plural(text.length, "character")}, ${plural(words, "word")}: ${describe(seconds)} to say at 150 words a minute. Aim for 30 to 60 seconds.`;
        });
    }
})();
