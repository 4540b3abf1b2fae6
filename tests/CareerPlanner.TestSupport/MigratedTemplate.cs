using CareerPlanner.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.TestSupport;

/// <summary>
/// One SQLite file migrated with the app's real migrations once per test run; every factory starts from a copy
/// of it, so the app's own start-up migration finds nothing left to apply instead of running every migration
/// again for each test class.
/// </summary>
public static class MigratedTemplate
{
    private static readonly Lazy<string> Template = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void CopyTo(string databasePath) => File.Copy(Template.Value, databasePath, overwrite: true);

    private static string Create()
    {
        Directory.CreateDirectory(CareerPlannerFactory.TestFolder);
        var path = Path.Combine(CareerPlannerFactory.TestFolder, $"template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        // No pooling and the default rollback journal: when Migrate returns, the whole database is in this one file.
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString())
            .Options;
        using (var db = new AppDbContext(options))
        {
            db.Database.Migrate();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }
}
