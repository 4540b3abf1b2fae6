using System.Diagnostics;

namespace CareerPlanner.BrowserTests.Support;

public static class Pdf
{
    /// <summary>How many pages the PDF has, as Debian's pdfinfo (poppler-utils) reads it.</summary>
    public static int Pages(string pdf)
    {
        using var process = Process.Start(new ProcessStartInfo("pdfinfo", [pdf]) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("pdfinfo did not start: run ./test.sh, which installs poppler-utils.");
        var info = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

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
