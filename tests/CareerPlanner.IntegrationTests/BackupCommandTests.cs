using System.Net;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerPlanner.IntegrationTests;

/// <summary>
/// <c>backup &lt;file&gt;</c>: a whole, consistent copy of the running app's database, and the README's way back (stop,
/// put the copy in place, start) gives the person their data again.
/// </summary>
[Trait(SuiteRuns.Trait, SuiteRuns.Once)]
public sealed class BackupCommandTests(SqliteCareerPlannerFactory factory) : IClassFixture<SqliteCareerPlannerFactory>, IDisposable
{
    private readonly string folder = Directory.CreateDirectory(Path.Combine(CareerPlannerFactory.TestFolder, "backup-" + Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public async Task A_backup_taken_while_another_connection_writes_is_whole_and_holds_every_row_committed_before_it()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await factory.PlanWithAsync(client, 20);
        var target = Path.Combine(folder, "copy.db");

        // Another connection keeps committing actions while the backup runs.
        using var stop = new CancellationTokenSource();
        var committed = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await factory.WithDbAsync(async db =>
                {
                    db.ActionItems.Add(new ActionItem(planId) { Title = "Written during the backup", DueDate = new DateOnly(2030, 1, 1) });
                    await db.SaveChangesAsync();
                });
                Interlocked.Increment(ref committed);
            }
        });
        while (Volatile.Read(ref committed) < 5)
        {
            await Task.Delay(10);
        }
        var committedBefore = Volatile.Read(ref committed);
        var (code, output, errors) = await BackupAsync(target);
        var committedAfter = Volatile.Read(ref committed);
        await stop.CancelAsync();
        await writer;

        Assert.True(code == 0, errors);
        Assert.Contains("integrity check ok", output, StringComparison.Ordinal);
        Assert.Contains(target, output, StringComparison.Ordinal);
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await copy.OpenAsync();
        Assert.Equal("ok", await ScalarAsync(copy, "PRAGMA integrity_check"));
        Assert.Equal("20", await ScalarAsync(copy, $"SELECT count(*) FROM Goals WHERE PlanId = {planId}"));
        var written = int.Parse(await ScalarAsync(copy, $"SELECT count(*) FROM ActionItems WHERE PlanId = {planId} AND Title = 'Written during the backup'"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(written, committedBefore, committedAfter);
    }

    [Fact]
    public async Task A_backup_never_overwrites_a_file_and_says_why()
    {
        var target = Path.Combine(folder, "taken.db");
        await File.WriteAllTextAsync(target, "something precious");

        var (code, _, errors) = await BackupAsync(target);

        Assert.Equal(1, code);
        Assert.Contains("already exists", errors, StringComparison.Ordinal);
        Assert.Equal("something precious", await File.ReadAllTextAsync(target));
        Assert.Equal(1, (await BackupAsync(Path.Combine(folder, "no-such-folder", "copy.db"))).Code);
    }

    /// <summary>The README's command line, then its restore: the copy put in place of a database, and the app started on it.</summary>
    [Fact]
    public async Task The_backup_command_of_the_app_writes_a_copy_that_the_app_starts_from_with_the_persons_data()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        await client.CreatePlanAsync("Become a staff engineer");
        var target = Path.Combine(folder, "from-the-command-line.db");

        var (code, output, errors) = await AppCommand.RunAsync(factory.DatabasePath, "backup", target);
        Assert.True(code == 0, errors + output);
        Assert.Contains("integrity check ok", output, StringComparison.Ordinal);

        // Restore: the copy in the place of a (new) server's database, then the server started on it.
        using var restored = new SqliteCareerPlannerFactory();
        File.Copy(target, restored.DatabasePath);
        using var again = restored.CreateBrowserLikeClient();
        using (var signIn = await again.SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        Assert.Contains("Become a staff engineer", (await again.GetPageAsync("/Plans")).Text("main"), StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output, string Errors)> BackupAsync(string target)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await BackupCommand.RunAsync(factory.Services.GetRequiredService<IConfiguration>(), factory.Services.GetRequiredService<IHostEnvironment>(),
            target, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString() ?? "";
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
