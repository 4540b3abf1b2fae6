using System.Diagnostics;

namespace CareerPlanner.TestSupport;

/// <summary>The app's own command line, as the README gives it (<c>dotnet run … -- &lt;command&gt;</c>), against a database file.</summary>
public static class AppCommand
{
    public static async Task<(int Code, string Output, string Errors)> RunAsync(string databasePath, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", ["run", "--no-build", "--no-restore", "--project", Repository.WebProject, "--", .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ConnectionStrings__CareerPlanner"] = $"Data Source={databasePath}";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(90));
        return (process.ExitCode, await output, await errors);
    }
}
