using CareerPlanner.TestSupport;
using Microsoft.Data.Sqlite;

namespace CareerPlanner.IntegrationTests.Infrastructure;

/// <summary>
/// SQLite's memory statistics take one process-wide lock on every allocation, which made queries on different threads
/// wait on each other: the app turns them off before SQLite starts, so SQLite reports no memory in use however much
/// it allocates.
/// </summary>
[Trait(SuiteRuns.Trait, SuiteRuns.Once)]
public class SqliteMemoryStatisticsTests(SqliteCareerPlannerFactory factory) : IClassFixture<SqliteCareerPlannerFactory>
{
    [Fact]
    public async Task Sqlite_counts_no_memory_once_the_app_has_started()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        await client.CreatePlanAsync("A plan");
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();

        Assert.Equal(0, SQLitePCL.raw.sqlite3_memory_used());
    }
}
