using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests;

/// <summary>The README's run command (<c>dotnet run --project src/CareerPlanner.Web</c>) listens where it is told.</summary>
[Trait(SuiteRuns.Trait, SuiteRuns.Once)]
public sealed class RunCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(CareerPlanner.TestSupport.CareerPlannerFactory.TestFolder, "run-" + Guid.NewGuid().ToString("N"));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The address in the environment is the case launchSettings.json used to override; --urls always worked.
    /// The project is built and restored by then, so the run skips both, as a second run of the README's command does.</summary>
    [Theory]
    [InlineData("environment")]
    public async Task The_run_command_honours_the_address_it_is_given(string how)
    {
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var address = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet", ["run", "--no-build", "--no-restore", "--project", CareerPlanner.TestSupport.Repository.WebProject])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (how == "environment")
        {
            start.Environment["ASPNETCORE_URLS"] = address;
        }
        else
        {
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(address);
        }
        start.Environment["ConnectionStrings__CareerPlanner"] = $"Data Source={Path.Combine(folder, "app.db")}";
        start.Environment["DataProtection__KeysPath"] = Path.Combine(folder, "keys");
        start.Environment["Email__PickupDirectory"] = Path.Combine(folder, "mail");
        start.Environment["Serilog__RollingFile"] = "";
        start.Environment["Reminders__Enabled"] = "false";
        using var app = Process.Start(start)!;
        // The output is read as it comes, so a full pipe never blocks the app.
        var errors = new System.Text.StringBuilder();
        app.OutputDataReceived += (_, _) => { };
        app.ErrorDataReceived += (_, line) => errors.AppendLine(line.Data);
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
            HttpStatusCode? status = null;
            for (var started = DateTime.UtcNow; DateTime.UtcNow - started < TimeSpan.FromSeconds(90) && status is null && !app.HasExited;)
            {
                try
                {
                    using var health = await http.GetAsync($"{address}/health");
                    status = health.StatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    await Task.Delay(250);
                }
            }
            Assert.True(status == HttpStatusCode.OK, $"The app did not answer at {address}: {(app.HasExited ? errors.ToString() : "still starting")}");
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
