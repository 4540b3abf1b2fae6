using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.TestSupport;

/// <summary>The database's tables and their columns as the app's model names them, so a test reads every table on SQLite and PostgreSQL alike.</summary>
public static class DatabaseTables
{
    public static IReadOnlyList<string> Names(DbContext db) =>
        [.. db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal)];

    public static IReadOnlyList<string> Columns(DbContext db, string table) =>
        [.. db.Model.GetEntityTypes().Where(t => t.GetTableName() == table).SelectMany(t => t.GetProperties()).Select(p => p.GetColumnName()).Distinct()];
}
