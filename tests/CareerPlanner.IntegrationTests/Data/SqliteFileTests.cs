using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Data;

/// <summary>What the app sets on its SQLite file (on SQLite in both runs of the suite).</summary>
[Trait(SuiteRuns.Trait, SuiteRuns.Once)]
public class SqliteFileTests(FreshSqliteCareerPlannerFactory factory) : IClassFixture<FreshSqliteCareerPlannerFactory>
{
    [Fact]
    public async Task The_database_file_uses_the_wal_journal_and_a_busy_timeout()
    {
        _ = factory.Server;

        await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                Assert.Equal("wal", await Pragma(db, "journal_mode"));
                Assert.Equal("5000", await Pragma(db, "busy_timeout"));
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
        Assert.True(File.Exists(factory.DatabasePath));
    }

    private static async Task<string> Pragma(Microsoft.EntityFrameworkCore.DbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
