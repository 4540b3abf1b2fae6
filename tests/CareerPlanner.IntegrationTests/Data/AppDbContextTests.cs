using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.IntegrationTests.Data;

public class AppDbContextTests(FreshDatabaseCareerPlannerFactory factory) : IClassFixture<FreshDatabaseCareerPlannerFactory>
{
    [Fact]
    public async Task The_database_is_migrated_at_start_up_with_no_model_change_left_out_of_a_migration()
    {
        _ = factory.Server;

        await factory.WithDbAsync(async db =>
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges());
        });
    }

    [Fact]
    [Trait(SuiteRuns.Trait, SuiteRuns.Once)]
    public void Neither_providers_migrations_leave_a_model_change_out()
    {
        using var sqlite = new CareerPlanner.Web.Data.Postgres.SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new CareerPlanner.Web.Data.Postgres.PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "SQLite: run dotnet ef migrations add <Name> --context AppDbContext");
        Assert.False(postgres.Database.HasPendingModelChanges(), "PostgreSQL: run dotnet ef migrations add <Name> --context PostgresAppDbContext --output-dir Data/Postgres/Migrations");
    }

    [Fact]
    public async Task Every_table_that_belongs_to_a_user_is_deleted_with_its_owner_by_cascade()
    {
        _ = factory.Server;

        await factory.WithDbAsync(db =>
        {
            var owned = UserOwnership.OwnedEntityTypes(db.Model);
            var ownershipKeys = owned
                .SelectMany(e => e.GetForeignKeys())
                .Where(fk => fk.IsRequired && owned.Contains(fk.PrincipalEntityType))
                .ToList();
            Assert.NotEmpty(ownershipKeys);
            Assert.All(ownershipKeys, fk => Assert.True(fk.DeleteBehavior == DeleteBehavior.Cascade,
                $"{fk.DeclaringEntityType.DisplayName()} is not deleted with its owner {fk.PrincipalEntityType.DisplayName()}"));
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Deleting_a_user_removes_the_rows_they_own()
    {
        var (_, email) = await factory.RegisterNewUserAsync();
        string userId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            userId = user.Id;
            await users.AddClaimAsync(user, new System.Security.Claims.Claim("test", "value"));
            await users.SetAuthenticationTokenAsync(user, "test", "token", "value");
            await users.AddLoginAsync(user, new UserLoginInfo("test", "key-" + userId, "Test"));

            Assert.True((await users.DeleteAsync(user)).Succeeded);
        }

        await factory.WithDbAsync(async db =>
        {
            Assert.False(await db.Users.AnyAsync(u => u.Id == userId));
            Assert.False(await db.UserClaims.AnyAsync(c => c.UserId == userId));
            Assert.False(await db.UserTokens.AnyAsync(t => t.UserId == userId));
            Assert.False(await db.UserLogins.AnyAsync(l => l.UserId == userId));
        });
    }

}
