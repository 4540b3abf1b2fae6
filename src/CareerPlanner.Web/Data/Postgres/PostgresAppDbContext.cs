using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareerPlanner.Web.Data.Postgres;

/// <summary>
/// The app's model on PostgreSQL. A type of its own only so that EF Core keeps its migrations (Data/Postgres/Migrations)
/// apart from SQLite's (EF's "migrations with multiple providers", one context type per provider).
/// </summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);

/// <summary>For <c>dotnet ef migrations add … --context PostgresAppDbContext</c>: a model, no server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=careerplanner").WithAppIdentity().Options);
}

public static class DesignTimeModel
{
    private static readonly Lazy<IServiceProvider> Identity = new(() =>
    {
        var services = new ServiceCollection();
        services.AddLogging();
        // The identity stores' options shape the model (key lengths, which tables): the app's own registration sets them.
        services.AddDefaultIdentity<AppUser>();
        return services.BuildServiceProvider();
    });

    /// <summary>The model as the running app builds it, whose identity options come from its services.</summary>
    public static DbContextOptionsBuilder<T> WithAppIdentity<T>(this DbContextOptionsBuilder<T> options)
        where T : DbContext => options.UseApplicationServiceProvider(Identity.Value);
}

/// <summary>For <c>dotnet ef migrations add … --context AppDbContext</c>: SQLite's model (without it, EF would take the
/// PostgreSQL factory above for the base type too).</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=careerplanner.db").WithAppIdentity().Options);
}

/// <summary>The one place where the model differs by provider.</summary>
public static partial class PostgresModel
{
    /// <summary>
    /// Check constraints are written for SQLite with bare column names; PostgreSQL folds a bare name to lower case, so
    /// each column name in them is quoted (the same rule on both, since the columns keep their case).
    /// </summary>
    public static void Adapt(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            // Every moment the app keeps is UTC; one that arrives without a kind (read from SQLite's text, say) is
            // written as UTC rather than refused by Npgsql.
            foreach (var moment in entity.GetProperties().Where(p => p.ClrType == typeof(DateTime) || p.ClrType == typeof(DateTime?)))
            {
                moment.SetValueConverter(AsUtc);
            }
            foreach (var check in entity.GetCheckConstraints().ToList())
            {
                var columns = entity.GetProperties().Select(p => p.GetColumnName()).ToHashSet(StringComparer.Ordinal);
                var sql = BareName().Replace(check.Sql, m => columns.Contains(m.Value) ? $"\"{m.Value}\"" : m.Value);
                var name = check.ModelName;
                entity.RemoveCheckConstraint(name);
                entity.AddCheckConstraint(name, sql);
            }
        }
    }

    private static readonly ValueConverter<DateTime, DateTime> AsUtc = new(
        moment => moment.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(moment, DateTimeKind.Utc) : moment.ToUniversalTime(),
        moment => moment);

    [GeneratedRegex("(?<![\"\\w])[A-Z][A-Za-z0-9]*(?![\"\\w])")]
    private static partial Regex BareName();
}
