using System.Diagnostics;
using System.Globalization;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;

// Measures pages against a static file served by the same app in the same run, so the numbers are ratios that
// mean something on any machine: requests per second, median and 95th-percentile latency, SQL commands per
// request, and the process's memory. Requests go through the whole middleware pipeline in-process (TestServer, so
// no network at all; Kestrel's own cost is not measured), and every loop is bounded in time and count.
var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var goals = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;

// Outside a test project the factory cannot find the web project by itself: point it at the source folder.
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root is not null && !File.Exists(Path.Combine(root.FullName, "CareerPlanner.sln")))
{
    root = root.Parent;
}
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CAREERPLANNER_WEB",
    Path.Combine(root?.FullName ?? Directory.GetCurrentDirectory(), "src", "CareerPlanner.Web"));

using var factory = new CareerPlannerFactory();
using var client = factory.CreateBrowserLikeClient();

// A user with one plan holding `goals` goals, each with three readings, and as many actions.
var register = await client.GetPageAsync("/Identity/Account/Register");
var email = Accounts.NewEmail();
(await client.SubmitAsync(register, register.Form(), new Dictionary<string, string>
{
    ["Input.Email"] = email, ["Input.Password"] = Accounts.Password, ["Input.ConfirmPassword"] = Accounts.Password,
})).Dispose();
var planId = await client.CreatePlanAsync("Benchmark plan");
var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
await factory.WithDbAsync(async db =>
{
    var now = factory.Clock.GetUtcNow().UtcDateTime;
    for (var n = 0; n < goals; n++)
    {
        var goal = new Goal(planId, today, now)
        {
            Title = $"Ship side project number {n}", Description = "Done", MetricType = MetricType.Number, MetricWhat = "features",
            Baseline = 0, Target = 10, Achievable = "Evenings", Horizon = GoalHorizon.OneYear, TargetDate = today.AddMonths(6),
        };
        db.Goals.Add(goal);
        await db.SaveChangesAsync();
        db.ProgressReadings.AddRange(Enumerable.Range(1, 3).Select(r => new ProgressReading(goal.Id, today.AddDays(-r), r, null, now)));
        db.ActionItems.Add(new ActionItem(planId) { Title = $"Step {n}", DueDate = today.AddDays(n % 20 - 10) });
    }
    // A year of weekly check-ins, and as many contacts as goals.
    for (var week = 0; week < 52; week++)
    {
        var held = today.AddDays(-7 * week);
        db.Reviews.Add(new Review(planId, ReviewKind.Weekly, ReviewPeriods.Covering(ReviewKind.Weekly, held, DayOfWeek.Monday), now) { HeldOn = held, Satisfaction = 1 + (week % 10) });
    }
    var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    db.Contacts.AddRange(Enumerable.Range(0, goals).Select(n => new Contact(userId, today.AddDays(-n)) { Name = $"Contact {n}", HowWeKnow = "Work", CadenceDays = 30 }));
    await db.SaveChangesAsync();
});

var pages = new (string Name, string Path)[]
{
    ("static file (baseline)", "/css/site.css"),
    ("dashboard", "/Dashboard"),
    ("plans list", "/Plans"),
    ($"goals list ({goals} goals)", $"/Plans/{planId}/Goals"),
    ($"planning hub ({goals} goals)", $"/Plans/{planId}/Wizard/planning"),
    ($"action hub ({goals} actions)", $"/Plans/{planId}/Wizard/action"),
    ($"quarter page ({goals} goals)", $"/Plans/{planId}/Reviews/Quarterly/{today.Year}/{(today.Month + 2) / 3}"),
    ("evaluation hub (52 reviews)", $"/Plans/{planId}/Wizard/evaluation"),
    ($"network ({goals} contacts)", "/Network"),
};

Console.WriteLine($"CareerPlanner benchmark: {seconds}s per page, sequential requests, {Environment.ProcessorCount} cores");
Console.WriteLine($"{"page",-28} {"rps",8} {"rps/base",9} {"p50 ms",8} {"p95 ms",8} {"p95/base",9} {"SQL/req",8}");
(double Rps, double P95)? baseline = null;
foreach (var (name, path) in pages)
{
    (await client.GetAsync(path)).Dispose(); // warm up
    var latencies = new List<double>();
    var sqlBefore = factory.SqlCommands.Count;
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed.TotalSeconds < seconds && latencies.Count < 100_000)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        _ = await response.Content.ReadAsByteArrayAsync();
        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
    var rps = latencies.Count / clock.Elapsed.TotalSeconds;
    latencies.Sort();
    var p50 = latencies[latencies.Count / 2];
    var p95 = latencies[(int)(latencies.Count * 0.95)];
    var sqlPerRequest = (factory.SqlCommands.Count - sqlBefore) / (double)latencies.Count;
    baseline ??= (rps, p95);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-28} {rps,8:0} {rps / baseline.Value.Rps,9:0.00} {p50,8:0.00} {p95,8:0.00} {p95 / baseline.Value.P95,9:0.0} {sqlPerRequest,8:0.0}"));
}
using var process = Process.GetCurrentProcess();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"memory: working set {process.WorkingSet64 / 1048576.0:0} MiB, managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:0} MiB"));
