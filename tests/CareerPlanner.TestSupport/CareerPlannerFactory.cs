using System.Net;
using CareerPlanner.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Serilog.Core;

namespace CareerPlanner.TestSupport;

/// <summary>
/// The app as it really runs, over its own temporary SQLite file (a copy of the run's migrated template; the
/// app's own start-up still checks the migrations).
/// One instance per test class (IClassFixture); every test in it signs in as a fresh user.
/// </summary>
public class CareerPlannerFactory : WebApplicationFactory<Program>
{
    private readonly string databasePath = Path.Combine(TestFolder, $"{Guid.NewGuid():N}.db");

    /// <summary>
    /// Where the test databases live: a folder in memory (/dev/shm) where the machine has one, so that the many
    /// commits of a test run cost no disk flush; they are real SQLite files all the same.
    /// </summary>
    public static string TestFolder { get; } = Path.Combine(
        Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "careerplanner-tests");

    public CareerPlannerFactory()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        ClientOptions.BaseAddress = new Uri("https://localhost");
        ClientOptions.AllowAutoRedirect = false;
    }

    /// <summary>Another instance of the app on <paramref name="first"/>'s database and mail folder (started first).</summary>
    protected CareerPlannerFactory(CareerPlannerFactory first) : this()
    {
        _ = first.Services; // its database exists once it has started
        databasePath = first.databasePath;
        postgresDatabase = first.postgresDatabase;
        sharesDatabase = true;
    }

    private readonly bool sharesDatabase;

    /// <summary>"Development" unless a derived factory says otherwise.</summary>
    protected virtual string EnvironmentName => "Development";

    /// <summary>True: start from a copy of the run's migrated template. False: from no file, as on a fresh machine.</summary>
    protected virtual bool StartsFromMigratedTemplate => true;

    public string DatabasePath => databasePath;

    /// <summary>On PostgreSQL in the suite's second run (<see cref="PostgresDatabases"/>), unless a test is about SQLite itself.</summary>
    public virtual bool OnPostgres => PostgresDatabases.ThisRun;

    private string? postgresDatabase;
    public LogCapture Logs { get; } = new();
    public SqlCommandCounter SqlCommands { get; } = new();

    /// <summary>Starts at the real current moment (so cookies a browser keeps are not already expired) and stands still.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        if (OnPostgres)
        {
            postgresDatabase ??= StartsFromMigratedTemplate ? PostgresDatabases.Create() : PostgresDatabases.CreateEmpty();
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:CareerPlanner", postgresDatabase);
        }
        else
        {
            if (StartsFromMigratedTemplate && !File.Exists(databasePath))
            {
                MigratedTemplate.CopyTo(databasePath);
            }
            builder.UseSetting("ConnectionStrings:CareerPlanner", $"Data Source={databasePath}");
        }
        // EF Core's check against a context used by two threads at once, in Production hosts too (the app leaves it to
        // Development); and all hosts of a run share one EF model only when their options are the same.
        builder.UseSetting("Database:ThreadSafetyChecks", "true");
        builder.UseSetting("Serilog:RollingFile", "");
        // The console sink would format and write every request of every test; the tests read the log through LogCapture.
        builder.UseSetting("Serilog:WriteTo:0:Args:configure:0:Args:restrictedToMinimumLevel", "Fatal");
        builder.UseSetting("DataProtection:KeysPath", databasePath + ".keys");
        builder.UseSetting("Email:PickupDirectory", MailFolder);
        // The hourly reminder service stays off; the tests that need it run one pass by hand (ReviewReminders.RunOnceAsync).
        builder.UseSetting("Reminders:Enabled", "false");
        builder.UseSetting("Reminders:PublicUrl", "https://localhost");
        if (!RealSessionLifetimes)
        {
            // Most tests move the clock by days or months with one client; sessions last through that. SessionTests
            // use the real lifetimes.
            builder.UseSetting("Sessions:IdleMinutes", "5256000");
            builder.UseSetting("Sessions:RememberedDays", "3650");
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Logs);
            services.AddSingleton<IInterceptor>(SqlCommands);
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, RemoteIpStartupFilter>();
            if (!RealPasswordHashing)
            {
                // The app hashes with 210,000 PBKDF2 iterations, about a tenth of a second of CPU per sign-in or
                // registration, and the suites register hundreds of people: tests hash with few. PasswordHashTests keep
                // the app's own count and prove it.
                services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(options => options.IterationCount = 1_000);
            }
        });
    }

    /// <summary>When true, passwords are hashed with the app's real iteration count (PasswordHashTests).</summary>
    protected virtual bool RealPasswordHashing => false;

    /// <summary>When true, sessions end after the app's real idle time and lifetime, by the fake clock.</summary>
    protected virtual bool RealSessionLifetimes => false;

    private int clientCount;

    /// <summary>
    /// A client that keeps cookies and follows no redirect, so each one can be asserted. Each client comes from
    /// its own remote IP (a documentation address) unless one is given, so per-IP limits never couple tests.
    /// </summary>
    public HttpClient CreateBrowserLikeClient(string? remoteIp = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = ClientOptions.BaseAddress,
            HandleCookies = true,
        });
        client.DefaultRequestHeaders.Add(RemoteIpStartupFilter.HeaderName,
            remoteIp ?? $"2001:db8::{Interlocked.Increment(ref clientCount):x}");
        return client;
    }

    /// <summary>
    /// A client that keeps its cookies in <paramref name="cookies"/>: one browser, whose requests a load balancer may send
    /// to any instance of the app, is clients of several factories sharing one jar.
    /// </summary>
    public HttpClient CreateBrowserLikeClient(CookieContainer cookies, string remoteIp)
    {
        var client = CreateDefaultClient(ClientOptions.BaseAddress, new CookieJarHandler(cookies));
        client.DefaultRequestHeaders.Add(RemoteIpStartupFilter.HeaderName, remoteIp);
        return client;
    }

    private sealed class CookieJarHandler(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            if (cookies.GetCookieHeader(uri) is { Length: > 0 } header)
            {
                request.Headers.Add("Cookie", header);
            }
            var response = await base.SendAsync(request, cancellationToken);
            foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                cookies.SetCookies(uri, cookie);
            }
            return response;
        }
    }

    /// <summary>A client whose requests carry no remote IP at all, as under a bare TestServer.</summary>
    public HttpClient CreateClientWithoutRemoteIp() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = ClientOptions.BaseAddress,
        HandleCookies = true,
    });

    /// <summary>Where the app writes e-mails as .eml files (no SMTP host is configured under test).</summary>
    public string MailFolder => databasePath + ".mail";

    /// <summary>Serves the app on real Kestrel at 127.0.0.1 on a free port and returns its address.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await query(db);
    }

    /// <summary>Runs <paramref name="action"/> with the app's services in a scope of its own (a user manager, say).</summary>
    public async Task WithServicesAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public Task WithDbAsync(Func<AppDbContext, Task> action) =>
        WithDbAsync(async db => { await action(db); return true; });

    /// <summary>Takes the database away while the app runs, as when a disk, a volume or the database server goes away:
    /// on PostgreSQL the database is dropped, on SQLite its file deleted.</summary>
    public void LoseDatabase()
    {
        if (postgresDatabase is not null)
        {
            PostgresDatabases.Drop(postgresDatabase);
            return;
        }
        DeleteDatabaseFile();
    }

    private void DeleteDatabaseFile()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(databasePath + suffix);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            DeleteFiles();
        }
    }

    /// <summary>Removes the database, its key ring and its mail folder (also when the process ends with the host running).</summary>
    public void DeleteFiles()
    {
        if (sharesDatabase)
        {
            return; // the first instance's to remove
        }
        if (postgresDatabase is not null)
        {
            PostgresDatabases.Drop(postgresDatabase);
            postgresDatabase = null;
        }
        DeleteDatabaseFile();
        foreach (var folder in new[] { databasePath + ".keys", MailFolder })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}

/// <summary>A host whose sessions end after the app's real idle time (30 minutes) and lifetime (30 days).</summary>
public class RealSessionsCareerPlannerFactory : CareerPlannerFactory
{
    protected override bool RealSessionLifetimes => true;
}

/// <summary>The same app in the Production environment: friendly error pages, HSTS, no developer pages.</summary>
public class ProductionCareerPlannerFactory : CareerPlannerFactory
{
    protected override string EnvironmentName => "Production";
}

/// <summary>A host on SQLite in both runs of the suite: for what is about the SQLite file itself (the backup command, a lost file).</summary>
public class SqliteCareerPlannerFactory : CareerPlannerFactory
{
    public override bool OnPostgres => false;
}

/// <summary>A host on PostgreSQL in both runs of the suite: for what is about PostgreSQL itself.</summary>
public class PostgresCareerPlannerFactory : CareerPlannerFactory
{
    public override bool OnPostgres => true;
}

/// <summary>The app started on no database file at all, so its own start-up creates and migrates it.</summary>
public class FreshDatabaseCareerPlannerFactory : CareerPlannerFactory
{
    protected override bool StartsFromMigratedTemplate => false;
}

/// <summary>A fresh SQLite file in both runs: what the app does to the file itself.</summary>
public class FreshSqliteCareerPlannerFactory : FreshDatabaseCareerPlannerFactory
{
    public override bool OnPostgres => false;
}

/// <summary>
/// Two instances of the app behind one load balancer: this one, and <see cref="CreateSecondInstance"/> on the same
/// database (PostgreSQL in the suite's PostgreSQL run, else one SQLite file) and mail folder. The keys that sign cookies
/// are in the database, and each instance has a key folder of its own, so nothing but the database is shared.
/// </summary>
public sealed class TwoInstancesFactory : CareerPlannerFactory
{
    public TwoInstancesFactory()
    {
    }

    private TwoInstancesFactory(TwoInstancesFactory first) : base(first)
    {
        keysPath = first.DatabasePath + ".keys-second";
    }

    private readonly string? keysPath;

    public TwoInstancesFactory CreateSecondInstance() => new(this);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("DataProtection:KeysInDatabase", "true");
        if (keysPath is not null)
        {
            builder.UseSetting("DataProtection:KeysPath", keysPath);
        }
    }
}

/// <summary>The app's own password hashing (every other host hashes with few iterations, to keep the suites fast).</summary>
public class RealPasswordHashingCareerPlannerFactory : CareerPlannerFactory
{
    protected override bool RealPasswordHashing => true;
}
