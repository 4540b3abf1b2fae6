using System.Collections;
using System.Globalization;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Data.Postgres;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerPlanner.IntegrationTests.Data;

/// <summary><c>copy-database --to-postgres</c>: a self-hosted SQLite instance moves to PostgreSQL with every row.</summary>
[Trait(SuiteRuns.Trait, SuiteRuns.Once)]
public sealed class CopyDatabaseTests(SqliteCareerPlannerFactory factory) : IClassFixture<SqliteCareerPlannerFactory>
{
    [Fact]
    public async Task A_database_with_rows_in_every_table_moves_to_postgresql_with_the_same_rows_table_by_table_and_its_key_ring()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await factory.FillEveryOwnedTableAsync(client, userId);
        await OnetFixture.ImportAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            // What no form fills: roles and the identity tables' extras.
            var role = new IdentityRole("Coach") { NormalizedName = "COACH" };
            db.Roles.Add(role);
            db.RoleClaims.Add(new IdentityRoleClaim<string> { RoleId = role.Id, ClaimType = "may", ClaimValue = "coach" });
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = userId, RoleId = role.Id });
            db.UserClaims.Add(new IdentityUserClaim<string> { UserId = userId, ClaimType = "team", ClaimValue = "data" });
            db.UserLogins.Add(new IdentityUserLogin<string> { UserId = userId, LoginProvider = "Example", ProviderKey = "123", ProviderDisplayName = "Example" });
            db.UserTokens.Add(new IdentityUserToken<string> { UserId = userId, LoginProvider = "Example", Name = "refresh", Value = "t" });
            await db.SaveChangesAsync();
        });
        var keyFiles = Directory.GetFiles(factory.DatabasePath + ".keys", "*.xml");
        var source = await factory.WithDbAsync(db => Task.FromResult(Rows(db)));
        // On SQLite the key ring is in files; every other table holds at least one row.
        Assert.Equal(["DataProtectionKeys"], source.Where(t => t.Value.Count == 0).Select(t => t.Key));
        Assert.NotEmpty(keyFiles);
        var target = PostgresDatabases.CreateEmpty();
        try
        {
            // In-process with the app's own settings (its database and key folder); the command line itself is the next test's.
            var (code, output, errors) = await CopyAsync(target);

            Assert.True(code == 0, errors + output);
            Assert.Contains("every table's row count checked", output, StringComparison.Ordinal);
            await using var copy = new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(target).WithAppIdentity().Options);
            var copied = Rows(copy);
            Assert.Equal(source.Keys, copied.Keys);
            foreach (var (table, rows) in source.Where(t => t.Key != "DataProtectionKeys"))
            {
                Assert.True(rows.SequenceEqual(copied[table]), $"{table} differs:\n{string.Join('\n', rows)}\n--- copied ---\n{string.Join('\n', copied[table])}");
            }
            Assert.Equal(keyFiles.Length, copied["DataProtectionKeys"].Count);
            // New rows get new ids after the copied ones.
            var plan = new CareerPlanner.Web.Domain.Plan(userId, "After the move", DateTime.UtcNow);
            copy.Plans.Add(plan);
            await copy.SaveChangesAsync();
            Assert.True(plan.Id > await copy.Plans.Where(p => p.Id != plan.Id).MaxAsync(p => p.Id));

            var (again, _, refusal) = await CopyAsync(target);
            Assert.Equal(1, again);
            Assert.Contains("already holds data", refusal, StringComparison.Ordinal);
        }
        finally
        {
            PostgresDatabases.Drop(target);
        }
    }

    [Fact]
    public async Task A_command_line_without_a_target_or_with_a_broken_connection_string_says_how_it_is_used()
    {
        var (missing, _, usage) = await AppCommand.RunAsync(factory.DatabasePath, "copy-database");
        var (broken, _, reason) = await AppCommand.RunAsync(factory.DatabasePath, "copy-database", "--to-postgres", "Host=localhost;Colour=blue");

        Assert.Equal(2, missing);
        Assert.Contains("copy-database --to-postgres", usage, StringComparison.Ordinal);
        Assert.Equal(2, broken);
        Assert.Contains("not a PostgreSQL connection string", reason, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output, string Errors)> CopyAsync(string target)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await CopyDatabaseCommand.RunAsync(factory.Services.GetRequiredService<IConfiguration>(), factory.Services.GetRequiredService<IHostEnvironment>(),
            target, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    /// <summary>Every table's rows as text, each value as the model reads it (moments to the microsecond, PostgreSQL's precision), sorted.</summary>
    private static SortedDictionary<string, List<string>> Rows(DbContext db)
    {
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var tables = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var type in db.Model.GetEntityTypes().Where(t => t.GetTableName() is not null))
        {
            var set = (IEnumerable)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type.ClrType).Invoke(db, null)!;
            var properties = type.GetProperties().ToList();
            tables[type.GetTableName()!] = [.. set.Cast<object>()
                .Select(row => string.Join(" | ", properties.Select(p => $"{p.Name}={Text(p.GetGetter().GetClrValueUsingContainingEntity(row))}")))
                .Order(StringComparer.Ordinal)];
        }
        return tables;
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        DateTime moment => (moment.Ticks / 10).ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
