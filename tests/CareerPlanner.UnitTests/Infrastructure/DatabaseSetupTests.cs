using CareerPlanner.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CareerPlanner.UnitTests.Infrastructure;

public class DatabaseSetupTests
{
    [Fact]
    public void A_relative_database_file_is_placed_under_the_content_root_whose_folder_is_created()
    {
        var contentRoot = Path.Combine(Path.GetTempPath(), $"cp-root-{Guid.NewGuid():N}");
        try
        {
            var resolved = new SqliteConnectionStringBuilder(
                DatabaseSetup.ResolveConnectionString("Data Source=App_Data/app.db", contentRoot));

            Assert.Equal(Path.Combine(contentRoot, "App_Data", "app.db"), resolved.DataSource);
            Assert.True(Directory.Exists(Path.Combine(contentRoot, "App_Data")));
        }
        finally
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    [Fact]
    public void An_absolute_database_file_is_kept_as_given()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cp-{Guid.NewGuid():N}.db");

        var resolved = new SqliteConnectionStringBuilder(DatabaseSetup.ResolveConnectionString($"Data Source={path}", "/elsewhere"));

        Assert.Equal(path, resolved.DataSource);
    }

    [Fact]
    public void A_postgresql_connection_prepares_the_statements_it_repeats_unless_its_connection_string_says_otherwise()
    {
        Assert.Equal(200, new NpgsqlConnectionStringBuilder(DatabaseSetup.WithPreparedStatements("Host=db;Database=app")).MaxAutoPrepare);
        Assert.Equal(0, new NpgsqlConnectionStringBuilder(DatabaseSetup.WithPreparedStatements("Host=db;Database=app;Max Auto Prepare=0")).MaxAutoPrepare);
        Assert.Equal(20, new NpgsqlConnectionStringBuilder(DatabaseSetup.WithPreparedStatements("Host=db;maxautoprepare=20")).MaxAutoPrepare);
    }

    [Fact]
    public void A_postgresql_connection_plans_a_prepared_statement_once_unless_its_connection_string_says_otherwise()
    {
        Assert.Equal("-c plan_cache_mode=force_generic_plan", new NpgsqlConnectionStringBuilder(DatabaseSetup.WithPreparedStatements("Host=db;Database=app")).Options);
        Assert.Equal("-c statement_timeout=5000 -c plan_cache_mode=force_generic_plan",
            new NpgsqlConnectionStringBuilder(DatabaseSetup.WithPreparedStatements("Host=db;Options=-c statement_timeout=5000")).Options);
        Assert.Equal("-c plan_cache_mode=auto", new NpgsqlConnectionStringBuilder(DatabaseSetup.WithPreparedStatements("Host=db;Options=-c plan_cache_mode=auto")).Options);
    }
}
