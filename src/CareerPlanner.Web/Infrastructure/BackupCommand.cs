using Microsoft.Data.Sqlite;

namespace CareerPlanner.Web.Infrastructure;

/// <summary>
/// <c>backup &lt;file&gt;</c> on the app's command line: a consistent copy of the database the app is configured with,
/// safe while the app serves requests (SQLite's <c>VACUUM INTO</c> reads one snapshot: what was committed when it
/// started, nothing half-written), checked with <c>PRAGMA integrity_check</c> before it is reported. It never
/// overwrites a file. The way back is in the README: stop the app, put the copy in the database's place, start it.
/// </summary>
public static class BackupCommand
{
    public const string Name = "backup";

    /// <summary>Writes the copy and says what it wrote; 0 when the copy is written and whole, 1 with the reason otherwise.</summary>
    public static async Task<int> RunAsync(IConfiguration configuration, IHostEnvironment environment, string target, TextWriter output, TextWriter errors)
    {
        if (DatabaseSetup.Provider(configuration) != DatabaseProvider.Sqlite)
        {
            await errors.WriteLineAsync("backup copies the SQLite database file; on PostgreSQL use the server's own tools (pg_dump).");
            return 1;
        }
        var source = new SqliteConnectionStringBuilder(DatabaseSetup.ConnectionString(configuration, environment));
        var destination = Path.GetFullPath(target);
        if (string.IsNullOrEmpty(source.DataSource) || !File.Exists(source.DataSource))
        {
            await errors.WriteLineAsync($"There is no database to back up at {source.DataSource} (the app creates it when it first starts).");
            return 1;
        }
        if (File.Exists(destination))
        {
            await errors.WriteLineAsync($"{destination} already exists; choose a new file name (a backup never overwrites a file).");
            return 1;
        }
        if (!Directory.Exists(Path.GetDirectoryName(destination)))
        {
            await errors.WriteLineAsync($"The folder {Path.GetDirectoryName(destination)} does not exist.");
            return 1;
        }

        // Read-write (WAL needs it to read beside a running app), but VACUUM INTO only reads the source.
        source.Mode = SqliteOpenMode.ReadWrite;
        source.Pooling = false;
        await using (var connection = new SqliteConnection(source.ToString()))
        {
            await connection.OpenAsync();
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $destination";
            vacuum.Parameters.AddWithValue("$destination", destination);
            await vacuum.ExecuteNonQueryAsync();
        }

        var copy = new SqliteConnectionStringBuilder { DataSource = destination, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using (var connection = new SqliteConnection(copy.ToString()))
        {
            await connection.OpenAsync();
            var check = await ScalarAsync(connection, "PRAGMA integrity_check");
            if (check != "ok")
            {
                await errors.WriteLineAsync($"The copy at {destination} failed SQLite's integrity check ({check}); it is left there for inspection.");
                return 1;
            }
            var tables = int.Parse(await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            var migration = await ScalarAsync(connection, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1");
            await output.WriteLineAsync($"Backed up {source.DataSource} to {destination}: {new FileInfo(destination).Length:N0} bytes, {tables} tables, "
                + $"schema {migration ?? "(none)"}, integrity check ok.");
        }
        return 0;
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
