using System.Reflection;
using CareerPlanner.Web.Data.Postgres;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace CareerPlanner.Web.Infrastructure;

/// <summary>
/// <c>copy-database --to-postgres "&lt;connection string&gt;"</c> on the app's command line: moves a self-hosted instance
/// from its SQLite file to a new, empty PostgreSQL database. The target is migrated with the PostgreSQL migrations, every
/// table of the model is copied in one transaction (parents before children, ids kept, identity sequences moved past
/// them), each table's row count is compared before the commit, and the key ring's files become rows of the database's
/// key table, so nobody is signed out by the move. Nothing is written unless all of it is.
/// </summary>
public static class CopyDatabaseCommand
{
    public const string Name = "copy-database";
    public const string Usage = "Usage: copy-database --to-postgres \"<connection string of a new, empty PostgreSQL database>\"";
    private const int RowsPerSave = 1000;

    public static async Task<int> RunAsync(IConfiguration configuration, IHostEnvironment environment, string targetConnectionString, TextWriter output, TextWriter errors)
    {
        if (DatabaseSetup.Provider(configuration) != DatabaseProvider.Sqlite)
        {
            await errors.WriteLineAsync("copy-database copies from the SQLite database the app is configured with; this configuration is already on PostgreSQL.");
            return 1;
        }
        NpgsqlConnectionStringBuilder target;
        try
        {
            target = new NpgsqlConnectionStringBuilder(targetConnectionString);
        }
        catch (ArgumentException error)
        {
            await errors.WriteLineAsync($"That is not a PostgreSQL connection string ({error.Message}). {Usage}");
            return 2;
        }

        var sourceConnectionString = DatabaseSetup.ConnectionString(configuration, environment);
        var sourceFile = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(sourceConnectionString).DataSource;
        if (!File.Exists(sourceFile))
        {
            await errors.WriteLineAsync($"There is no database to copy at {sourceFile}.");
            return 1;
        }
        await using var from = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(sourceConnectionString).WithAppIdentity().Options);
        await using var to = new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(target.ToString()).WithAppIdentity().Options);
        to.ChangeTracker.AutoDetectChangesEnabled = false;
        if ((await from.Database.GetPendingMigrationsAsync()).Any())
        {
            await errors.WriteLineAsync($"{sourceFile} is not at the app's latest schema: start the app on it once (it migrates at start), then copy.");
            return 1;
        }
        try
        {
            await to.Database.MigrateAsync();
        }
        catch (Exception error) when (error is NpgsqlException or InvalidOperationException)
        {
            await errors.WriteLineAsync($"Could not reach or prepare the PostgreSQL database {target.Database} on {target.Host}: {error.Message}");
            return 1;
        }

        var tables = InDependencyOrder(from.Model);
        foreach (var table in tables)
        {
            if (await CountAsync(to, table) > 0)
            {
                await errors.WriteLineAsync($"The PostgreSQL database {target.Database} already holds data ({table.GetTableName()}); copy into a new, empty database.");
                return 1;
            }
        }

        var rows = 0L;
        await using (var transaction = await to.Database.BeginTransactionAsync())
        {
            foreach (var table in tables)
            {
                try
                {
                    await (Task)CopyTableMethod.MakeGenericMethod(table.ClrType).Invoke(null, [from, to])!;
                }
                catch (DbUpdateException error)
                {
                    await errors.WriteLineAsync($"Copying {table.GetTableName()} failed, so nothing was written: {error.InnerException?.Message ?? error.Message}");
                    return 1;
                }
                await MoveSequencePastAsync(to, table);
            }
            var keyFiles = await CopyKeyRingFilesAsync(from, to, configuration, environment);
            foreach (var table in tables)
            {
                var (copied, original) = (await CountAsync(to, table), await CountAsync(from, table) + (table.ClrType == typeof(DataProtectionKey) ? keyFiles : 0));
                if (copied != original)
                {
                    await errors.WriteLineAsync($"{table.GetTableName()} has {original} rows in {sourceFile} but {copied} in the copy; nothing was written.");
                    return 1;
                }
                rows += copied;
            }
            await transaction.CommitAsync();
        }
        await output.WriteLineAsync($"Copied {sourceFile} to the PostgreSQL database {target.Database} on {target.Host}: {tables.Count} tables, {rows:N0} rows, "
            + "every table's row count checked. Now start the app with Database:Provider=Postgres and this connection string.");
        return 0;
    }

    /// <summary>Every table of the model, each after the tables its foreign keys point to (a table's links to itself aside).</summary>
    public static IReadOnlyList<IEntityType> InDependencyOrder(IModel model) =>
        DependencyOrder.Of(
            model.GetEntityTypes().Where(t => t.BaseType is null && t.GetTableName() is not null && !t.IsOwned()).OrderBy(t => t.GetTableName(), StringComparer.Ordinal),
            t => t.GetForeignKeys().Select(fk => fk.PrincipalEntityType.GetRootType()));

    private static readonly MethodInfo CopyTableMethod = typeof(CopyDatabaseCommand).GetMethod(nameof(CopyTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Reads the table in key order and adds its rows, ids and all, a thousand per save; a table that refers to
    /// itself is saved at once, so that EF Core puts each parent before its children.</summary>
    private static async Task CopyTableAsync<T>(AppDbContext from, AppDbContext to) where T : class
    {
        var type = from.Model.FindEntityType(typeof(T))!;
        if (type.GetProperties().FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
        {
            throw new InvalidOperationException($"{type.GetTableName()}.{shadow.Name} is a shadow property, which this copy does not carry.");
        }
        var selfReferencing = type.GetForeignKeys().Any(fk => fk.PrincipalEntityType == type);
        IQueryable<T> rows = from.Set<T>().AsNoTracking();
        foreach (var (key, index) in type.FindPrimaryKey()!.Properties.Select((p, i) => (p.Name, i)))
        {
            rows = index == 0 ? rows.OrderBy(r => EF.Property<object>(r, key)) : ((IOrderedQueryable<T>)rows).ThenBy(r => EF.Property<object>(r, key));
        }
        var added = 0;
        await foreach (var row in rows.AsAsyncEnumerable())
        {
            // SQLite's moments come without a kind; PostgreSQL's model writes them as the UTC they are (PostgresModel).
            to.Entry(row).State = EntityState.Added;
            if (++added % RowsPerSave == 0 && !selfReferencing)
            {
                await SaveAsync(to);
            }
        }
        await SaveAsync(to);
    }

    private static async Task SaveAsync(AppDbContext to)
    {
        to.ChangeTracker.DetectChanges();
        await to.SaveChangesAsync();
        to.ChangeTracker.Clear();
    }

    /// <summary>Ids were copied as they were, so an identity column's sequence is set past the largest.</summary>
    private static async Task MoveSequencePastAsync(AppDbContext to, IEntityType table)
    {
        if (table.FindPrimaryKey()?.Properties is not [{ ValueGenerated: ValueGenerated.OnAdd } id] || (id.ClrType != typeof(int) && id.ClrType != typeof(long)))
        {
            return;
        }
        var (name, column) = (table.GetTableName()!.Replace("\"", "\"\"", StringComparison.Ordinal), id.GetColumnName().Replace("\"", "\"\"", StringComparison.Ordinal));
#pragma warning disable EF1002 // the names come from the model, quoted, never from input
        await to.Database.ExecuteSqlRawAsync(
            $"SELECT setval(pg_get_serial_sequence('\"{name}\"', '{column}'), max(\"{column}\")) FROM \"{name}\" HAVING count(*) > 0");
#pragma warning restore EF1002
    }

    /// <summary>The key ring's files (SQLite keeps them beside the database) as rows of the key table, which PostgreSQL uses.</summary>
    private static async Task<int> CopyKeyRingFilesAsync(AppDbContext from, AppDbContext to, IConfiguration configuration, IHostEnvironment environment)
    {
        var folder = new DirectoryInfo(WebSetup.KeysFolder(configuration, environment));
        if (!folder.Exists || await from.DataProtectionKeys.AnyAsync())
        {
            return 0;
        }
        var files = folder.GetFiles("*.xml");
        foreach (var file in files)
        {
            to.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = Path.GetFileNameWithoutExtension(file.Name), Xml = await File.ReadAllTextAsync(file.FullName) });
        }
        await SaveAsync(to);
        return files.Length;
    }

    private static Task<int> CountAsync(AppDbContext db, IEntityType table) =>
        (Task<int>)CountMethod.MakeGenericMethod(table.ClrType).Invoke(null, [db])!;

    private static readonly MethodInfo CountMethod = typeof(CopyDatabaseCommand).GetMethod(nameof(CountRowsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Task<int> CountRowsAsync<T>(AppDbContext db) where T : class => db.Set<T>().CountAsync();
}
