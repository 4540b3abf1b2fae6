using System.Diagnostics;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests;

/// <summary>tests/with-postgres.sh, which the test command runs the integration suite in: the throwaway server is there
/// while the command runs and gone after it, also when the command fails.</summary>
[Trait(SuiteRuns.Trait, SuiteRuns.Once)]
public class WithPostgresScriptTests
{
    [Fact]
    public async Task A_failing_command_gets_a_listening_server_and_leaves_no_process_and_no_folder_behind()
    {
        const string Command = """
            port=${CAREERPLANNER_TEST_POSTGRES#*Port=}; port=${port%%;*}
            echo "folder $CAREERPLANNER_TEST_POSTGRES_DIR"
            if exec 3<>"/dev/tcp/127.0.0.1/$port"; then echo "listening on $port"; fi
            exit 7
            """;
        var start = new ProcessStartInfo(Path.Combine(Repository.Root, "tests", "with-postgres.sh"), ["bash", "-c", Command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var script = Process.Start(start)!;
        var output = script.StandardOutput.ReadToEndAsync();
        var errors = script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(script.ExitCode == 7, $"exit {script.ExitCode}: {await errors}");
        var lines = (await output).Split('\n');
        var folder = Assert.Single(lines, l => l.StartsWith("folder /tmp/careerplanner-pg.", StringComparison.Ordinal))["folder ".Length..];
        Assert.Contains(lines, l => l.StartsWith("listening on ", StringComparison.Ordinal));
        Assert.False(Directory.Exists(folder), $"{folder} is left behind");
        Assert.DoesNotContain(Directory.GetDirectories("/proc").Where(p => int.TryParse(Path.GetFileName(p), out _)), p => CommandLine(p).Contains(folder, StringComparison.Ordinal));
    }

    private static string CommandLine(string process)
    {
        try
        {
            return File.ReadAllText(Path.Combine(process, "cmdline")).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return ""; // the process ended meanwhile
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
