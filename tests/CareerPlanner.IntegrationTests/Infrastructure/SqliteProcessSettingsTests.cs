using System.Runtime.InteropServices;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.IntegrationTests.Infrastructure;

/// <summary>
/// SQLite's process-wide settings, made before SQLite starts: no memory statistics (their one process-wide lock on
/// every allocation made queries on different threads wait on each other) and multi-thread mode (no mutex taken by a
/// connection on every call).
/// </summary>
[Trait(SuiteRuns.Trait, SuiteRuns.Once)]
public class SqliteProcessSettingsTests(SqliteCareerPlannerFactory factory) : IClassFixture<SqliteCareerPlannerFactory>
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

    [Fact]
    public async Task A_connection_of_the_app_takes_no_mutex_of_its_own()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync();
        var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;

        // sqlite3_db_mutex is the connection's own mutex, or none in multi-thread mode (https://sqlite.org/c3ref/db_mutex.html).
        Assert.Equal(0, DbMutex(handle.DangerousGetHandle()));
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code in the test project for one call.
    [DllImport("e_sqlite3", EntryPoint = "sqlite3_db_mutex")]
    private static extern nint DbMutex(nint connection);
#pragma warning restore SYSLIB1054
}
