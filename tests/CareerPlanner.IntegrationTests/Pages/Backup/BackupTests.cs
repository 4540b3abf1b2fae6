using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Data.Backup;
using Json.Schema;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Backup;

/// <summary>The backup file goes out and comes back: every table, the documented schema, merging, plan files, and bad files refused.</summary>
public class BackupTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Repository.Root, "docs", "backup-format.schema.json"))));

    [Fact]
    public async Task Everything_restored_into_a_new_account_is_downloaded_again_as_the_same_file_for_every_table()
    {
        var (ada, adaEmail) = await factory.RegisterNewUserAsync();
        var adaId = await UserIdAsync(adaEmail);
        await factory.FillEveryOwnedTableAsync(ada, adaId);
        var file = await DownloadBackupAsync(ada);
        await AssertValidAndSecretFreeAsync(file);

        var (bea, beaEmail) = await factory.RegisterNewUserAsync();
        var preview = await bea.UploadAsync("/Account/Import", file, "backup.json", "application/json");
        Assert.Contains("restored as it was", preview.Text("[data-testid=restore-summary]"), StringComparison.Ordinal);
        Assert.Contains(preview.Document.QuerySelectorAll("[data-testid=restore-line]"), row => row.TextContent.Contains("plans", StringComparison.Ordinal));
        using (var restored = await bea.SubmitAsync(preview, preview.Form("form[action*=Restore]")))
        {
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        }
        Assert.Contains("Restored from the file: 1 plan", (await bea.GetPageAsync("/Plans")).Text("main"), StringComparison.Ordinal);

        var again = await DownloadBackupAsync(bea);
        Assert.Equal(WithoutExportedAt(file), WithoutExportedAt(again));
        var beaId = await UserIdAsync(beaEmail);
        await factory.WithDbAsync(async db =>
        {
            foreach (var table in UserOwnership.OwnedEntityTypes(db.Model).Where(t => t.ClrType != typeof(Web.Domain.AppUser) && !BackupContract.LeftOut.ContainsKey(t.ClrType)))
            {
                var (mine, restoredRows) = (await UserOwnership.CountRowsAsync(db, table, adaId), await UserOwnership.CountRowsAsync(db, table, beaId));
                Assert.True(mine > 0 && mine == restoredRows, $"{table.GetTableName()}: {mine} rows, {restoredRows} restored");
            }
        });
    }

    [Fact]
    public async Task The_schema_and_the_format_document_in_the_repository_describe_the_format_as_the_app_writes_it()
    {
        var contract = await factory.WithDbAsync(db => Task.FromResult(BackupContract.For(db.Model)));
        var schemaPath = Path.Combine(Repository.Root, "docs", "backup-format.schema.json");
        var docPath = Path.Combine(Repository.Root, "docs", "backup-format.md");
        var schema = BackupSchema.Schema(contract).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        var doc = File.ReadAllText(docPath);
        const string Start = "<!-- the lists, written by BackupSchema.Outline -->\n";
        const string End = "<!-- end of the lists -->";
        var outline = doc[..(doc.IndexOf(Start, StringComparison.Ordinal) + Start.Length)] + BackupSchema.Outline(contract) + doc[doc.IndexOf(End, StringComparison.Ordinal)..];
        if (Environment.GetEnvironmentVariable("CAREERPLANNER_WRITE_DOCS") == "1")
        {
            File.WriteAllText(schemaPath, schema);
            File.WriteAllText(docPath, outline);
        }

        Assert.True(File.ReadAllText(schemaPath) == schema, "docs/backup-format.schema.json is behind the format: run this test with CAREERPLANNER_WRITE_DOCS=1 and commit the file");
        Assert.True(doc == outline, "docs/backup-format.md is behind the format: run this test with CAREERPLANNER_WRITE_DOCS=1 and commit the file");
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "Name,Email\r\nAda,ada@example.com\r\n", "it is not even JSON" },
        { """{"format":"someone-elses-backup","version":1}""", "format: this is not a CareerPlanner backup" },
        { """{"format":"careerplanner-backup","version":2,"plans":[]}""", "made by a newer CareerPlanner (format version 2" },
        { """{"format":"careerplanner-backup","version":1,"plans":[{"id":1,"title":"Mine","currentStage":"Planning","isArchived":false,"createdAtUtc":"2026-01-01T00:00:00Z","checkInCadence":"Monthly","goals":[{"id":1,"title":"Lead","target":"ten"}]}]}""", "plans[0].goals[0].target: must be a number" },
        { """{"format":"careerplanner-backup","version":1,"selfAssessmentItems":[],"plans":[{"id":1,"title":"Mine","currentStage":"Planning","isArchived":false,"createdAtUtc":"2026-01-01T00:00:00Z","checkInCadence":"Monthly","careerOptions":[{"id":1,"title":"PM","fits":[{"selfAssessmentItemId":7}]}]}]}""", "plans[0].careerOptions[0].fits[0].selfAssessmentItemId: refers to self-assessment item 7, which is not in the file" },
        { """{"format":"careerplanner-backup","version":1,"skills":[{"id":1,"name":"SQL","category":"Technical","rating":9,"updatedOn":"2026-01-01"}]}""", "skills[0].rating: must be from 1 to 5" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_with_the_place_of_the_problem_and_nothing_is_written(string file, string message)
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        await client.CreatePlanAsync();
        var before = await RowCountsAsync();

        var page = await client.UploadAsync("/Account/Import", Encoding.UTF8.GetBytes(file), "backup.json", "application/json");

        var errors = string.Join(" | ", page.FieldErrors("Input.File").Concat(page.Document.QuerySelectorAll("[data-testid=restore-problems] li").Select(li => li.TextContent)));
        Assert.Contains(message, errors, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("form[action*=Restore]"));
        Assert.Equal(before, await RowCountsAsync());
    }

    [Fact]
    public async Task A_file_over_20_MB_is_refused_before_it_is_read()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var file = new byte[BackupReader.MaxBytes + 1];
        file.AsSpan().Fill((byte)' ');

        var page = await client.UploadAsync("/Account/Import", file, "backup.json", "application/json");

        Assert.Contains("larger than 20 MB", Assert.Single(page.FieldErrors("Input.File")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_into_an_account_with_plans_adds_the_plans_as_new_and_skips_what_is_already_there_even_twice()
    {
        var (ada, adaEmail) = await factory.RegisterNewUserAsync();
        var planId = await ada.CreatePlanAsync("Become a staff engineer");
        await ada.CreateGoalAsync(planId, Today);
        using (await ada.SubmitAsync("/SelfAssessment/Skills/Create", new Dictionary<string, string> { ["Input.Name"] = "SQL", ["Input.Rating"] = "4" })) { }
        using (await ada.SubmitAsync("/Achievements/Create", new Dictionary<string, string> { ["Input.What"] = "Shipped the billing rewrite" })) { }
        var file = await DownloadBackupAsync(ada);

        for (var time = 1; time <= 2; time++)
        {
            var preview = await ada.UploadAsync("/Account/Import", file, "backup.json", "application/json");
            Assert.Contains("added as new plans", preview.Text("[data-testid=restore-summary]"), StringComparison.Ordinal);
            Assert.Equal("skills 0 1", Line(preview, "skills"));
            using var restored = await ada.SubmitAsync(preview, preview.Form("form[action*=Restore]"));
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        }

        var adaId = await UserIdAsync(adaEmail);
        var titles = await factory.WithDbAsync(db => db.Plans.Where(p => p.OwnerId == adaId).OrderBy(p => p.Id).Select(p => p.Title).ToListAsync());
        Assert.Equal(["Become a staff engineer", "Become a staff engineer (imported)", "Become a staff engineer (imported)"], titles);
        Assert.Equal(3, await factory.WithDbAsync(db => db.Goals.CountAsync(g => db.Plans.Any(p => p.Id == g.PlanId && p.OwnerId == adaId))));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Skills.CountAsync(s => s.UserId == adaId)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Achievements.CountAsync(a => a.UserId == adaId)));
    }

    [Fact]
    public async Task A_plan_exported_and_added_in_another_account_has_the_same_goals_milestones_actions_and_reviews()
    {
        var (ada, adaEmail) = await factory.RegisterNewUserAsync();
        var planId = await ada.CreatePlanAsync("Move into product management");
        var other = await ada.CreatePlanAsync("Something else entirely");
        using (await ada.SubmitAsync("/SelfAssessment/Items/Create/Strength", new Dictionary<string, string> { ["Input.Text"] = "Explaining" })) { }
        using (await ada.SubmitAsync("/SelfAssessment/Items/Create/Strength", new Dictionary<string, string> { ["Input.Text"] = "Not linked" })) { }
        var strengthId = await factory.WithDbAsync(db => db.SelfAssessmentItems.Where(i => i.Text == "Explaining" && db.Users.Any(u => u.Id == i.UserId && u.Email == adaEmail)).Select(i => i.Id).SingleAsync());
        var linked = new Dictionary<string, string> { ["Input.ItemIds"] = strengthId.ToString(CultureInfo.InvariantCulture) };
        var goalId = await ada.CreateGoalAsync(planId, Today, linked);
        await ada.CreateGoalAsync(other, Today, linked);
        using (await ada.SubmitAsync($"/Plans/{planId}/Goals/{goalId}/Milestones/Plan", new Dictionary<string, string> { ["Input.Title"] = "Shadow a PM" })) { }
        using (await ada.SubmitAsync($"/Plans/{planId}/Actions/Create", new Dictionary<string, string> { ["Input.Title"] = "Ask for a PM mentor", ["Input.GoalId"] = goalId.ToString(CultureInfo.InvariantCulture) })) { }
        using (await ada.SubmitAsync($"/Plans/{planId}/Reviews/New/quarterly", new Dictionary<string, string> { ["Input.Satisfaction"] = "7", ["Input.CareerFit"] = "Yes", ["Input.Goals[0].Judgement"] = "OnTrack" })) { }
        var details = await ada.GetPageAsync($"/Plans/{planId}");
        using var download = await ada.GetAsync(details.Document.QuerySelector("a[href$='/Export']")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.StartsWith("careerplanner-plan-move-into-product-management-", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var file = await download.Content.ReadAsByteArrayAsync();
        await AssertValidAndSecretFreeAsync(file);
        var json = Encoding.UTF8.GetString(file);
        Assert.DoesNotContain("Something else entirely", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Not linked", json, StringComparison.Ordinal);

        var (bea, beaEmail) = await factory.RegisterNewUserAsync();
        var preview = await bea.UploadAsync("/Account/Import", file, "plan.json", "application/json");
        Assert.Contains("This file holds one plan", preview.Text("[data-testid=restore-summary]"), StringComparison.Ordinal);
        using (var added = await bea.SubmitAsync(preview, preview.Form("form[action*=Restore]")))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        Assert.Equal(await PlanContentsAsync(adaEmail, "Move into product management"), await PlanContentsAsync(beaEmail, "Move into product management"));
        Assert.Equal(["Explaining"], await factory.WithDbAsync(db => db.SelfAssessmentItems.Where(i => db.Users.Any(u => u.Id == i.UserId && u.Email == beaEmail)).Select(i => i.Text).ToListAsync()));
    }

    [Fact]
    public async Task The_preview_writes_nothing_and_a_second_click_on_restore_restores_once()
    {
        var (ada, _) = await factory.RegisterNewUserAsync();
        await ada.CreatePlanAsync("Only once");
        var file = await DownloadBackupAsync(ada);
        var (bea, beaEmail) = await factory.RegisterNewUserAsync();
        var beaId = await UserIdAsync(beaEmail);

        var preview = await bea.UploadAsync("/Account/Import", file, "backup.json", "application/json");
        Assert.Equal(0, await factory.WithDbAsync(db => db.Plans.CountAsync(p => p.OwnerId == beaId)));
        using (await bea.SubmitAsync(preview, preview.Form("form[action*=Restore]"))) { }
        var form = preview.Form("form[action*=Restore]");
        var values = form.Elements.OfType<AngleSharp.Html.Dom.IHtmlInputElement>().Where(i => i.Name != "__SubmissionId")
            .ToDictionary(i => i.Name!, i => i.Value);
        using var again = await bea.SubmitAsync("/Account/Import", values, "form[enctype]");

        Assert.Equal(1, await factory.WithDbAsync(db => db.Plans.CountAsync(p => p.OwnerId == beaId)));
    }

    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    private static string Line(HtmlPage page, string label) =>
        string.Join(' ', page.Document.QuerySelectorAll("[data-testid=restore-line]")
            .Single(row => row.QuerySelector("th")!.TextContent == label).Children.Select(c => c.TextContent.Trim()));

    private async Task<string> UserIdAsync(string email) =>
        await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static async Task<byte[]> DownloadBackupAsync(HttpClient client)
    {
        var page = await client.GetPageAsync("/Identity/Account/Manage/PersonalData");
        using var response = await client.GetAsync(page.Document.QuerySelector("[data-testid=download-backup]")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("careerplanner-backup-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The file validates against the schema in the repository, and holds no password hash, stamp, token hash or any account's e-mail.</summary>
    private async Task AssertValidAndSecretFreeAsync(byte[] file)
    {
        using var document = JsonDocument.Parse(file);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(20)));
        var json = Encoding.UTF8.GetString(file);
        Assert.DoesNotContain("passwordHash", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securityStamp", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tokenHash", json, StringComparison.OrdinalIgnoreCase);
        var secrets = await factory.WithDbAsync(async db =>
            (await db.Users.Select(u => u.Email!).ToListAsync())
            .Concat(await db.FeedbackRequests.Select(r => r.TokenHash).ToListAsync())
            .Concat(await db.CalendarFeeds.Select(f => f.TokenHash).ToListAsync()).ToList());
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, json, StringComparison.OrdinalIgnoreCase));
    }

    private static string WithoutExportedAt(byte[] file)
    {
        var node = JsonNode.Parse(file)!.AsObject();
        node.Remove("exportedAt");
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private Task<Dictionary<string, long>> RowCountsAsync() => factory.WithDbAsync(async db =>
    {
        var counts = new Dictionary<string, long>();
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct())
        {
            var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\""; // table names from the model, not input
            counts[table] = await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
        }
        return counts;
    });

    private async Task<string> PlanContentsAsync(string email, string title) => await factory.WithDbAsync(async db =>
    {
        var planId = await db.Plans.Where(p => p.Title == title && db.Users.Any(u => u.Id == p.OwnerId && u.Email == email)).Select(p => p.Id).SingleAsync();
        var goals = await db.Goals.Where(g => g.PlanId == planId).Select(g => new { g.Title, g.Target, g.TargetDate, Links = g.ItemLinks.Count }).ToListAsync();
        var milestones = await db.Milestones.Where(m => db.Goals.Any(g => g.Id == m.GoalId && g.PlanId == planId)).Select(m => new { m.Title, m.Date }).ToListAsync();
        var actions = await db.ActionItems.Where(a => a.PlanId == planId).Select(a => new { a.Title, a.DueDate, HasGoal = a.GoalId != null }).ToListAsync();
        var reviews = await db.Reviews.Where(r => r.PlanId == planId).Select(r => new { r.Kind, r.HeldOn, r.Satisfaction, Notes = r.GoalNotes.Count }).ToListAsync();
        return JsonSerializer.Serialize(new { goals, milestones, actions, reviews });
    });
}
