using System.Diagnostics;
using System.Text.Json;

namespace CareerPlanner.TestSupport;

/// <summary>
/// The Nu HTML checker (the W3C's validator, from the <c>vnu-jar</c> npm package, on the machine's Java), run once over
/// a folder of saved pages. The README's test command installs both; <c>VNU_JAR</c> names the jar when it lives elsewhere.
/// </summary>
public static class HtmlValidator
{
    public static string JarPath =>
        Environment.GetEnvironmentVariable("VNU_JAR") is { Length: > 0 } path ? path
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "careerplanner-tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>Every error in the .html files of <paramref name="folder"/>, as "file: message (extract)".</summary>
    public static async Task<IReadOnlyList<string>> ErrorsInAsync(string folder)
    {
        if (!File.Exists(JarPath))
        {
            throw new InvalidOperationException($"The Nu HTML checker is not at {JarPath}: run the README's test command (./test.sh), which installs it, or set VNU_JAR.");
        }
        var start = new ProcessStartInfo("java", ["-jar", JarPath, "--errors-only", "--format", "json", folder])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        // The checker writes its JSON report to standard error.
        var json = errors.TrimStart().StartsWith('{') ? errors : await output;
        using var report = JsonDocument.Parse(json);
        return [.. report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{Path.GetFileName(m.TryGetProperty("url", out var url) ? url.GetString() : "?")}: {m.GetProperty("message").GetString()} ({(m.TryGetProperty("extract", out var extract) ? extract.GetString() : "")})")];
    }
}
