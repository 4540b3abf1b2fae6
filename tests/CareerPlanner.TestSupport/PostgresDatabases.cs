using CareerPlanner.Web.Data.Postgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerPlanner.TestSupport;

/// <summary>
/// The integration suite's second run: with <c>CAREERPLANNER_TEST_PROVIDER=Postgres</c> and <c>CAREERPLANNER_TEST_POSTGRES</c>
/// set (the test command starts a throwaway server and sets both), every factory gets a database of its own on that server, created from one template migrated
/// with the app's PostgreSQL migrations once per run, and dropped when the factory goes.
/// </summary>
public static class PostgresDatabases
{
    public const string Variable = "CAREERPLANNER_TEST_POSTGRES";

    /// <summary>Set to <c>Postgres</c> for the suite's PostgreSQL run.</summary>
    public const string ProviderVariable = "CAREERPLANNER_TEST_PROVIDER";

    /// <summary>The server's connection string (without a database), when one is given.</summary>
    public static string? Server { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>True in the suite's PostgreSQL run: every host is on PostgreSQL, unless a test is about SQLite itself.</summary>
    public static bool ThisRun { get; } = string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>The server, for the tests that need one in either run (the move from SQLite, the PostgreSQL run itself).</summary>
    public static string RequiredServer => Server ?? throw new InvalidOperationException(
        $"This test needs a PostgreSQL server: ./test.sh starts one of its own; or set {Variable} to a server's connection string (without a database), e.g. Host=127.0.0.1;Port=5432;Username=postgres.");

    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A new database from the migrated template; returns its connection string.</summary>
    public static string Create()
    {
        var name = $"cp_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\" TEMPLATE \"{Template.Value}\"");
        return ConnectionString(name);
    }

    /// <summary>A new empty database (the app's start-up migrates it).</summary>
    public static string CreateEmpty()
    {
        var name = $"cp_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\"");
        return ConnectionString(name);
    }

    public static void Drop(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        // Only this database's pool: clearing every pool would make every other running test connect anew.
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(RequiredServer) { Database = database }.ToString();

    private static string CreateTemplate()
    {
        var name = $"cp_template_{Environment.ProcessId}";
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        Execute($"CREATE DATABASE \"{name}\"");
        var options = new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(ConnectionString(name)).WithAppIdentity().Options;
        using (var db = new PostgresAppDbContext(options))
        {
            db.Database.Migrate();
        }
        // A template must have no connection open when a database is created from it.
        NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        return name;
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(RequiredServer) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
