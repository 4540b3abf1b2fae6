using System.Net;
using System.Text.Json;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Areas.Identity.Account.Manage;

public class PersonalDataTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task The_download_holds_every_table_a_user_owns_with_their_rows_and_no_password_hash()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var page = await client.GetPageAsync("/Identity/Account/Manage/PersonalData");

        using var response = await client.SubmitAsync(page, page.Form("#download-data"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.DispositionType ?? "", StringComparison.Ordinal);
        var json = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(json);
        var tables = document.RootElement.GetProperty("tables");
        var ownedTables = await factory.WithDbAsync(db => Task.FromResult(
            UserOwnership.OwnedEntityTypes(db.Model).Select(t => t.GetTableName()!).ToList()));
        Assert.All(ownedTables, table => Assert.True(tables.TryGetProperty(table, out _), $"The download leaves out {table}"));
        Assert.Equal(email, tables.GetProperty("AspNetUsers")[0].GetProperty("Email").GetString());
        Assert.DoesNotContain("PasswordHash", json, StringComparison.Ordinal);
        Assert.DoesNotContain("SecurityStamp", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_the_account_with_the_password_removes_the_user_and_every_row_they_own()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await factory.FillEveryOwnedTableAsync(client, userId);
        await factory.WithDbAsync(async db =>
        {
            foreach (var table in UserOwnership.OwnedEntityTypes(db.Model))
            {
                Assert.True(await UserOwnership.CountRowsAsync(db, table, userId) > 0,
                    $"The test put no row in {table.GetTableName()}: fill it in {nameof(OwnedTables.FillEveryOwnedTableAsync)} so its deletion is proven");
            }
        });

        using var deleted = await client.SubmitAsync("/Identity/Account/Manage/DeletePersonalData",
            new Dictionary<string, string> { ["Input.Password"] = Accounts.Password });

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await factory.WithDbAsync(async db =>
        {
            foreach (var table in UserOwnership.OwnedEntityTypes(db.Model))
            {
                Assert.True(await UserOwnership.CountRowsAsync(db, table, userId) == 0, $"{table.GetTableName()} still holds the user's rows");
            }
        });
        using var signIn = await factory.CreateBrowserLikeClient().SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task Deleting_the_account_with_a_wrong_password_keeps_everything()
    {
        var (client, email) = await factory.RegisterNewUserAsync();

        using var refused = await client.SubmitAsync("/Identity/Account/Manage/DeletePersonalData",
            new Dictionary<string, string> { ["Input.Password"] = "not-my-password" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }
}
