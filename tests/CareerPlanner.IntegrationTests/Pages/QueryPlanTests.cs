using System.Data;
using System.Text.RegularExpressions;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages;

/// <summary>
/// A person's page costs the same however many other people the database holds: every query of every page the owner
/// (or, for the shared pages, their mentor) opens finds its rows through an index (SQLite's query plan says <c>SEARCH</c>), and none reads a whole table or a
/// whole index (<c>SCAN</c>), which would grow with everyone's rows. Checked on SQLite, whose planner is deterministic on
/// a small database; the routes are the app's own, so a page added later is covered.
/// </summary>
[Trait(SuiteRuns.Trait, SuiteRuns.Once)]
public partial class QueryPlanTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task No_page_the_owner_or_their_mentor_opens_reads_a_whole_table()
    {
        var (owner, _, _, ids, mentor) = await OwnedData.SeedAsync(factory);
        var pages = (await AppRoutes.AllAsync(factory, ids)).Where(r => r.Method == "GET" && r.IsPage).Select(r => r.Url)
            .SelectMany(url => url.Contains("/Wizard/", StringComparison.Ordinal) ? Enum.GetValues<PlanStage>().Select(s => Regex.Replace(url, "/Wizard/[a-z-]+", "/Wizard/" + s.Slug())) : [url])
            .Distinct().ToList();
        Assert.True(pages.Count >= 80, $"Only {pages.Count} pages found");

        var scans = new List<string>();
        var failed = new List<string>();
        foreach (var url in pages)
        {
            // The shared pages are the mentor's view of the owner's plan.
            var reader = url.StartsWith("/Shared/", StringComparison.Ordinal) ? mentor : owner;
            // A page that fails part-way sends fewer queries than it would, so a failure fails the test (a 404 for a made-up
            // route value, such as a calendar token, is an answer).
            var commands = await factory.SqlCommands.RecordAsync(async () =>
            {
                using var response = await reader.GetAsync(url);
                if ((int)response.StatusCode >= 500)
                {
                    failed.Add($"GET {url} answered {(int)response.StatusCode}");
                }
            });
            foreach (var sql in commands.Where(c => c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).Distinct())
            {
                foreach (var scan in await WholeTableScansAsync(sql))
                {
                    scans.Add($"GET {url}: {scan} in\n{sql}");
                }
            }
        }

        Assert.Empty(failed);
        Assert.True(scans.Count == 0, $"{scans.Count} whole-table reads:\n\n{string.Join("\n\n", scans)}");
    }

    /// <summary>The plan's <c>SCAN</c> steps over a table or index (not over a subquery's own rows, a <c>json_each</c> list, a constant row or a VALUES list written in the query).</summary>
    private Task<List<string>> WholeTableScansAsync(string sql) => factory.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync();
        }
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in Parameter().Matches(sql).Select(m => m.Value).Distinct())
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }
        var steps = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                steps.Add(reader.GetString(3));
            }
        }
        var derived = steps.Select(s => Derived().Match(s)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();
        // The occupation catalogue (O*NET) is everyone's and no one's: its search reads it as a whole.
        var catalog = TableAlias().Matches(sql).Where(m => m.Groups[1].Value.StartsWith("Occupation", StringComparison.Ordinal)).Select(m => m.Groups[2].Value).ToHashSet();
        return steps.Where(s => Scan().Match(s) is { Success: true } m && !derived.Contains(m.Groups[1].Value) && !catalog.Contains(m.Groups[1].Value)
            && !s.Contains("VIRTUAL TABLE", StringComparison.Ordinal) && !s.StartsWith("SCAN CONSTANT ROW", StringComparison.Ordinal)
            && !s.EndsWith("-ROW VALUES CLAUSE", StringComparison.Ordinal)
            && !s.StartsWith("SCAN (subquery", StringComparison.Ordinal)).ToList();
    });

    [GeneratedRegex(@"""(\w+)"" AS ""(\w+)""")]
    private static partial Regex TableAlias();

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"^(?:CO-ROUTINE|MATERIALIZE) (\S+)")]
    private static partial Regex Derived();

    [GeneratedRegex(@"^SCAN (\S+)")]
    private static partial Regex Scan();
}
