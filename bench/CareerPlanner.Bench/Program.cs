using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using CareerPlanner.Bench;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Data;
using CareerPlanner.Web.Data.Postgres;
using Microsoft.EntityFrameworkCore;

// The HTTP benchmark: the published app on Kestrel in Production, as two processes of their own, one over a temporary
// SQLite file and one over a new database on PostgreSQL (bench/run.sh starts a throwaway server), loaded by wrk (32 connections, one thread). Every signed-in page is measured against the app's anonymous
// landing page (a Razor page with the layout and no database) and a static file in the same run, so the ratios
// carry across machines. SQL commands per request are counted in-process (the harness's command counter) over the
// same data. Usage (bench/run.sh publishes the app and passes its folder):
//   CareerPlanner.Bench <published app folder> [seconds per page = 4] [connections = 32]
if (args.Length < 1 || !File.Exists(Path.Combine(args[0], "CareerPlanner.Web.dll")))
{
    Console.Error.WriteLine("Usage: bench/run.sh [seconds per page] [connections]   (it publishes the app and starts this program)");
    return 2;
}
var appFolder = Path.GetFullPath(args[0]);
// "serve" instead of the seconds: seed, print each person's cookie and plan, and keep the app up for a profiler
// ("serve postgres": the app over PostgreSQL instead of SQLite).
var serveOnly = args.Length > 1 && args[1] == "serve";
var servePostgres = serveOnly && args.Length > 2 && args[2] == "postgres";
var seconds = args.Length > 1 && !serveOnly ? int.Parse(args[1], CultureInfo.InvariantCulture) : 4;
var connections = args.Length > 2 && !serveOnly ? int.Parse(args[2], CultureInfo.InvariantCulture) : 32;

// The three people measured: what the targets are stated for (50 goals, 150 actions) and the two ends (1 and 500).
Dataset[] datasets = [new(1, 1, 1, 1), new(50, 150, 52, 50), new(500, 500, 104, 500)];

if (PostgresDatabases.Server is null && (!serveOnly || servePostgres))
{
    Console.Error.WriteLine($"The benchmark measures SQLite and PostgreSQL side by side: run it with bench/run.sh, which starts a throwaway PostgreSQL server (or set {PostgresDatabases.Variable}).");
    return 2;
}

var work = Directory.CreateTempSubdirectory("careerplanner-bench-");
var apps = new List<BenchApp>();
try
{
    if (!servePostgres)
    {
        apps.Add(await BenchApp.StartAsync(appFolder, work.FullName, BenchDatabase.Sqlite(work.FullName)));
    }
    if (!serveOnly || servePostgres)
    {
        apps.Add(await BenchApp.StartAsync(appFolder, work.FullName, BenchDatabase.Postgres()));
    }
    var people = new Dictionary<BenchApp, List<(Dataset Data, Person Person, Seeding.Browser Browser)>>();
    foreach (var app in apps)
    {
        people[app] = [];
        foreach (var data in datasets)
        {
            var (person, browser) = await Seeding.PersonAsync(app.Address, app.Database.Open, data);
            people[app].Add((data, person, browser));
        }
    }
    if (serveOnly)
    {
        var app = apps[0];
        Console.WriteLine($"app pid {app.ProcessId} at {app.Address}");
        foreach (var (data, person, browser) in people[app])
        {
            Console.WriteLine($"{data.Goals} goals: plan {person.PlanId}, header 'Cookie: {await browser.CookieForAsync("/Dashboard")}'");
        }
        await Task.Delay(Timeout.Infinite);
    }
    var sqlCounts = await SqlCounts.MeasureAsync(datasets);

    var load = new Wrk(seconds, connections);
    Console.WriteLine($"CareerPlanner HTTP benchmark: Kestrel in Production, wrk -t1 -c{connections} -d{seconds}s per page, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}");
    Console.WriteLine();
    Console.WriteLine("| page | goals | " + string.Join(" | ", apps.Select(a => $"{a.Database.Name} rps | × landing | p50 ms | p99 ms | CPU µs/request | CPU × landing")) + " | SQL/request |");
    Console.WriteLine("|---|---|" + string.Concat(apps.Select(_ => "---|---|---|---|---|---|")) + "---|");
    // Warm-up: every page once under load, so that what is measured is the steady state, not the JIT.
    foreach (var app in apps)
    {
        foreach (var (_, person, browser) in people[app])
        {
            foreach (var page in Pages.For(person))
            {
                await load.RunAsync(app, page.Path, await browser.CookieForAsync(page.Path), secondsOverride: 1);
            }
        }
    }
    var landing = new List<WrkResult>();
    var staticFile = new List<WrkResult>();
    foreach (var app in apps)
    {
        landing.Add(await load.RunAsync(app, "/", cookie: null));
        staticFile.Add(await load.RunAsync(app, "/css/site.css", cookie: null));
    }
    Print("landing `/` (reference)", "—", landing, landing, "—");
    Print("static file `/css/site.css`", "—", staticFile, landing, "—");
    for (var d = 0; d < datasets.Length; d++)
    {
        var pages = Pages.For(people[apps[0]][d].Person).Select(p => p.Name).ToList();
        foreach (var name in pages)
        {
            var results = new List<WrkResult>();
            var references = new List<WrkResult>();
            foreach (var app in apps)
            {
                var (_, person, browser) = people[app][d];
                var page = Pages.For(person).Single(p => p.Name == name);
                // A B A B: the reference again right before each page, so a machine that slows down shows in both.
                references.Add(await load.RunAsync(app, "/", cookie: null, secondsOverride: Math.Max(1, seconds / 2)));
                results.Add(await load.RunAsync(app, page.Path, await browser.CookieForAsync(page.Path)));
            }
            Print(name, datasets[d].Goals.ToString(CultureInfo.InvariantCulture), results, references,
                sqlCounts[(datasets[d].Goals, name)].ToString(CultureInfo.InvariantCulture));
        }
    }
    var landingAgain = new List<WrkResult>();
    foreach (var app in apps)
    {
        landingAgain.Add(await load.RunAsync(app, "/", cookie: null));
    }
    Print("landing `/` (again, at the end)", "—", landingAgain, landing, "—");
    Console.WriteLine();
    foreach (var (app, index) in apps.Select((a, i) => (a, i)))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{app.Database.Name}: app process after the run, working set {app.WorkingSetMiB():0} MiB; landing page at the start {landing[index].Rps:0} rps, at the end {landingAgain[index].Rps:0} rps."));
    }
    Console.WriteLine("SQL/request is counted on SQLite; the PostgreSQL pages run the same queries.");
    return 0;

    // × landing: the page's requests per second over the landing page's; CPU × landing: the landing page's CPU time per
    // request over the page's, the same ratio measured as the app's own CPU time, which a machine that lends its cores to
    // others (the landing page went from 10,000 to 18,000 rps within one run) disturbs much less.
    static void Print(string name, string goals, IReadOnlyList<WrkResult> results, IEnumerable<WrkResult> references, string sql) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {goals} | {string.Join(" | ", results.Zip(references, (result, reference) => string.Create(CultureInfo.InvariantCulture, $"{result.Rps:0} | {result.Rps / reference.Rps:0.00} | {result.P50Ms:0.0} | {result.P99Ms:0.0} | {result.CpuUsPerRequest:0} | {reference.CpuUsPerRequest / result.CpuUsPerRequest:0.00}")))} | {sql} |"));
}
finally
{
    foreach (var app in apps)
    {
        app.Dispose();
    }
    try { work.Delete(recursive: true); } catch (IOException) { }
}

namespace CareerPlanner.Bench
{
    internal sealed record Dataset(int Goals, int Actions, int Reviews, int Contacts);

    internal sealed record Person(string Email, int PlanId, DateOnly Today);

    internal sealed record Page(string Name, string Path);

    internal static class Pages
    {
        public static IEnumerable<Page> For(Person person)
        {
            var quarter = $"{person.Today.Year}/{(person.Today.Month + 2) / 3}";
            yield return new("dashboard", "/Dashboard");
            yield return new("plan overview", $"/Plans/{person.PlanId}");
            yield return new("goals list", $"/Plans/{person.PlanId}/Goals");
            yield return new("action hub", $"/Plans/{person.PlanId}/Wizard/action");
            yield return new("quarter page", $"/Plans/{person.PlanId}/Reviews/Quarterly/{quarter}");
            yield return new("reviews list", $"/Plans/{person.PlanId}/Reviews");
            yield return new("network list", "/Network");
        }
    }

    /// <summary>The database an app of the benchmark runs on: a new SQLite file, or a new database on the PostgreSQL server.</summary>
    internal sealed record BenchDatabase(string Name, string Provider, string ConnectionString, Func<AppDbContext> Open)
    {
        public static BenchDatabase Sqlite(string work)
        {
            var connectionString = $"Data Source={Path.Combine(work, "bench.db")}";
            return new("SQLite", "Sqlite", connectionString,
                () => new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connectionString).Options));
        }

        public static BenchDatabase Postgres()
        {
            var connectionString = PostgresDatabases.CreateEmpty();
            return new("PostgreSQL", "Postgres", connectionString,
                () => new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).Options));
        }
    }

    /// <summary>The published app started as its own process, in Production, on a free port and a fresh database.</summary>
    internal sealed class BenchApp : IDisposable
    {
        private readonly Process process;

        private BenchApp(Process process, Uri address, BenchDatabase database)
        {
            this.process = process;
            Address = address;
            Database = database;
        }

        public Uri Address { get; }
        public int ProcessId => process.Id;
        public BenchDatabase Database { get; }

        public static async Task<BenchApp> StartAsync(string appFolder, string work, BenchDatabase database)
        {
            var port = FreePort();
            var address = new Uri($"http://127.0.0.1:{port}");
            work = Path.Combine(work, database.Name);
            var start = new ProcessStartInfo("dotnet", [Path.Combine(appFolder, "CareerPlanner.Web.dll")])
            {
                WorkingDirectory = appFolder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["MALLOC_ARENA_MAX"] = "2"; // as the container image runs it (Dockerfile)
            if (Environment.GetEnvironmentVariable("BENCH_PERF") == "1")
            {
                // For `perf` by hand: the JIT writes a map of the code it makes, and without W^X the code runs from the
                // memory the map names (with it, from a double mapping perf cannot name). Never for the table.
                start.Environment["DOTNET_PerfMapEnabled"] = "1";
                start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
            }
            start.Environment["ASPNETCORE_URLS"] = address.ToString();
            start.Environment["Database__Provider"] = database.Provider;
            start.Environment["ConnectionStrings__CareerPlanner"] = database.ConnectionString;
            start.Environment["DataProtection__KeysPath"] = Path.Combine(work, "keys");
            start.Environment["Serilog__RollingFile"] = Path.Combine(work, "logs", "careerplanner-.log");
            start.Environment["Email__PickupDirectory"] = Path.Combine(work, "mail");
            start.Environment["Reminders__Enabled"] = "false";
            start.Environment["Reminders__PublicUrl"] = address.ToString();
            var process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
            // The console log is read and dropped, as a service manager would take it.
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("app: " + e.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var app = new BenchApp(process, address, database);
            using var client = new HttpClient { BaseAddress = address };
            for (var attempt = 0; attempt < 300; attempt++)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The app ended with {process.ExitCode} before answering.");
                }
                try
                {
                    using var response = await client.GetAsync("/health");
                    if (response.IsSuccessStatusCode)
                    {
                        return app;
                    }
                }
                catch (HttpRequestException)
                {
                }
                await Task.Delay(100);
            }
            app.Dispose();
            throw new InvalidOperationException("The app did not answer /health within 30 s.");
        }

        /// <summary>The CPU time the app's process has used so far (user and system; time the machine gave to others is not in it).</summary>
        public TimeSpan CpuTime()
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }

        public double WorkingSetMiB()
        {
            process.Refresh();
            return process.WorkingSet64 / 1048576.0;
        }

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
            process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }

    /// <summary>What wrk measured, and the app's CPU time per request over the same run (microseconds).</summary>
    internal sealed record WrkResult(double Rps, double P50Ms, double P99Ms, double CpuUsPerRequest);

    /// <summary>Runs Debian's wrk against one address and reads its summary (refusing a run with errors or non-2xx answers).</summary>
    internal sealed partial class Wrk(int seconds, int connections)
    {
        /// <summary>What the TLS-terminating proxy in front of a Production server adds to every request.</summary>
        public static readonly (string Name, string Value) ForwardedProto = ("X-Forwarded-Proto", "https");

        public async Task<WrkResult> RunAsync(BenchApp app, string path, string? cookie, int? secondsOverride = null)
        {
            var address = new Uri(app.Address, path);
            var start = new ProcessStartInfo("wrk")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-t1", $"-c{connections}", $"-d{secondsOverride ?? seconds}s", "--latency", "-H", "Accept-Encoding: gzip, deflate, br",
                "-H", $"{ForwardedProto.Name}: {ForwardedProto.Value}" })
            {
                start.ArgumentList.Add(argument);
            }
            if (cookie is not null)
            {
                start.ArgumentList.Add("-H");
                start.ArgumentList.Add("Cookie: " + cookie);
            }
            start.ArgumentList.Add(address.ToString());
            var cpuBefore = app.CpuTime();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var cpu = app.CpuTime() - cpuBefore;
            if (process.ExitCode != 0 || NonSuccess().IsMatch(output) || SocketErrors().IsMatch(output))
            {
                throw new InvalidOperationException($"wrk against {address} did not run cleanly:\n{output}{await process.StandardError.ReadToEndAsync()}");
            }
            return new WrkResult(
                double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
                Percentile(output, "50%"),
                Percentile(output, "99%"),
                cpu.TotalMicroseconds / long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture));
        }

        private static double Percentile(string output, string which)
        {
            var match = Regex.Match(output, $@"^\s*{Regex.Escape(which)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
            var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
        }

        [GeneratedRegex(@"(\d+) requests in")]
        private static partial Regex Requests();

        [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
        private static partial Regex RequestsPerSecond();

        [GeneratedRegex(@"Non-2xx or 3xx responses")]
        private static partial Regex NonSuccess();

        [GeneratedRegex(@"Socket errors")]
        private static partial Regex SocketErrors();
    }

    /// <summary>
    /// SQL commands per request, counted in-process (the harness's counter) for the same pages over the same data, in
    /// Production. A page must answer 200 here too, so a page that fails is never counted as cheap.
    /// </summary>
    internal static class SqlCounts
    {
        public static async Task<Dictionary<(int Goals, string Page), int>> MeasureAsync(IEnumerable<Dataset> datasets)
        {
            // Outside a test project the factory cannot find the web project by itself: point it at the source folder.
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CAREERPLANNER_WEB", Repository.WebProject);
            using var factory = new ProductionCareerPlannerFactory();
            var counts = new Dictionary<(int, string), int>();
            foreach (var data in datasets)
            {
                using var client = factory.CreateBrowserLikeClient();
                var person = await Seeding.PersonAsync(client,
                    () => new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={factory.DatabasePath}").Options), data);
                foreach (var page in Pages.For(person))
                {
                    await client.GetPageAsync(page.Path); // warm up
                    counts[(data.Goals, page.Name)] = await factory.SqlCommands.CountAsync(() => client.GetPageAsync(page.Path));
                }
            }
            return counts;
        }
    }
}
