using System.Diagnostics;

namespace CareerPlanner.BrowserTests.Support;

public static class Pdf
{
    /// <summary>The text of a PDF, as Debian's pdftotext (poppler-utils, installed by the test command) reads it.</summary>
    public static string Text(string pdf)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("pdftotext did not start: run ./test.sh, which installs poppler-utils.");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }
}
