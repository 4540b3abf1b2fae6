using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerPlanner.Web.Infrastructure;

/// <summary>Which database the app runs on: <c>Database:Provider</c>, SQLite (the default, one file) or PostgreSQL.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseSetup
{
    public const string ConnectionStringName = "CareerPlanner";
    private const string DefaultConnectionString = "Data Source=App_Data/careerplanner.db";

    public static DatabaseProvider Provider(IConfiguration configuration) =>
        configuration["Database:Provider"] is { Length: > 0 } name
            ? Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider) ? provider
                : throw new InvalidOperationException($"Database:Provider is \"{name}\": set it to Sqlite (the default) or Postgres.")
            : DatabaseProvider.Sqlite;

    /// <summary>
    /// Whether EF Core checks that no context is used by two threads at once (<c>Database:ThreadSafetyChecks</c>; by default
    /// in Development only). The check sets an AsyncLocal on every row a query reads, a new map each time: an eighth of
    /// what the quarter page allocated. The tests turn it on in every host they start.
    /// </summary>
    public static bool ThreadSafetyChecks(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>("Database:ThreadSafetyChecks") ?? environment.IsDevelopment();

    /// <summary>The database the app is configured with; for SQLite a relative file resolved under the content root (the app and its commands use this).</summary>
    public static string ConnectionString(IConfiguration configuration, IHostEnvironment environment) =>
        Provider(configuration) == DatabaseProvider.Postgres
            ? configuration.GetConnectionString(ConnectionStringName)
                ?? throw new InvalidOperationException("Database:Provider is Postgres: set ConnectionStrings:CareerPlanner to the PostgreSQL server's connection string.")
            : ResolveConnectionString(configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString, environment.ContentRootPath);

    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = ConnectionString(configuration, environment);
        services.AddSingleton<Time.ProfileChangeInterceptor>();
        // Both providers: every signed-in page opens its connection through KeptSqliteConnections (which keeps it only on SQLite).
        services.AddSingleton<SqliteStatementCache>();
        services.AddSingleton<KeptSqliteConnections>();
        var threadSafetyChecks = ThreadSafetyChecks(configuration, environment);
        if (Provider(configuration) == DatabaseProvider.Postgres)
        {
            // The same model under its own type, so that PostgreSQL's migrations are its own (Data/Postgres/Migrations).
            // A list in a query (ids.Contains(x)) goes as one parameter (= ANY(@ids)), for the reason given for SQLite below.
            services.AddDbContextPool<AppDbContext, Data.Postgres.PostgresAppDbContext>((provider, options) => options
                .UseNpgsql(WithPreparedStatements(connectionString), npgsql => npgsql.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                .EnableThreadSafetyChecks(threadSafetyChecks)
                .AddInterceptors(provider.GetServices<IInterceptor>())
                .AddInterceptors(provider.GetRequiredService<Time.ProfileChangeInterceptor>()));
            return services;
        }

        services.AddSingleton<SqlitePragmaInterceptor>();
        // Pooled contexts: the options are built once, not per request, and a request takes a context ready for use.
        // Interceptors registered in DI (such as a test's SQL command counter) join the context's own.
        // A list in a query (ids.Contains(x)) goes as one parameter read with json_each: EF's default spreads it into one
        // parameter per item, so the SQL depends on the list's length and is generated anew on every request.
        services.AddDbContextPool<AppDbContext>((provider, options) => options
            .UseSqlite(connectionString, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .EnableThreadSafetyChecks(threadSafetyChecks)
            .AddInterceptors(provider.GetServices<IInterceptor>())
            .AddInterceptors(provider.GetRequiredService<SqlitePragmaInterceptor>(), provider.GetRequiredService<SqliteStatementCache>(),
                provider.GetRequiredService<Time.ProfileChangeInterceptor>()));
        return services;
    }

    /// <summary>
    /// A signed-in person's page keeps one database connection open from its first query to its end. Left to itself,
    /// EF Core opens and closes the connection around every query, and with SQLite each open sets the connection up
    /// again (EF's functions registered anew): on a page of a dozen queries that cost more than the queries. On SQLite
    /// the connection stays open after the page too, with the queries it has prepared (<see cref="KeptSqliteConnections"/>).
    /// </summary>
    public static IApplicationBuilder UseOneConnectionPerPage(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true
                && context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null)
            {
                await context.RequestServices.GetRequiredService<KeptSqliteConnections>().OpenForRequestAsync(context.RequestServices.GetRequiredService<AppDbContext>(), context.RequestAborted);
            }
            await next();
        });

    /// <summary>
    /// The statements a connection sends again and again are prepared on the server once and planned once, then only
    /// executed, unless the connection string says otherwise. Npgsql leaves automatic preparation off by default; and
    /// PostgreSQL, left to itself (plan_cache_mode auto), keeps planning a prepared statement anew for its parameters
    /// on every execution whenever it guesses that a plan for the given values beats a generic one — for the pages'
    /// small, indexed queries it always does, and planning then cost several times the execution.
    /// </summary>
    public static string WithPreparedStatements(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var given = builder.Keys.Cast<string>().Any(key => key.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase));
        if (!given)
        {
            builder.MaxAutoPrepare = 200;
        }
        if (builder.Options?.Contains("plan_cache_mode", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? GenericPlans : $"{builder.Options} {GenericPlans}";
        }
        return builder.ToString();
    }

    private const string GenericPlans = "-c plan_cache_mode=force_generic_plan";

    /// <summary>A relative SQLite file is placed under the content root, whose folder is created if missing.</summary>
    public static string ResolveConnectionString(string connectionString, string contentRootPath)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource == ":memory:" || string.IsNullOrEmpty(builder.DataSource))
        {
            return builder.ToString();
        }

        var path = Path.IsPathRooted(builder.DataSource)
            ? builder.DataSource
            : Path.GetFullPath(Path.Combine(contentRootPath, builder.DataSource));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        builder.DataSource = path;
        return builder.ToString();
    }

    public static async Task MigrateDatabaseAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            // WAL is a property of the database file, so setting it once after migrating is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }
}

/// <summary>
/// Gives every connection a busy timeout, so concurrent writers wait instead of failing with SQLITE_BUSY. The setting
/// belongs to the native connection, which the pool keeps open and hands out again: it is set once per native
/// connection, not at every open (each query opens its connection).
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 5000;";
    private static readonly object Configured = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || configured.TryAdd(handle, Configured);
}
