using System.Net;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.SelfAssessment;

public class IndexTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private static readonly string[] Lists = ["strength", "weakness", "interest", "value", "motivation"];

    [Fact]
    public async Task Every_section_filled_through_its_form_is_there_after_a_reload_in_the_chosen_order()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var hubUrl = $"/Plans/{await client.CreatePlanAsync()}/Wizard/self-assessment";

        foreach (var list in Lists)
        {
            foreach (var n in new[] { 1, 2, 3 })
            {
                await AddFromHub(client, hubUrl, list, $"{list} {n}");
            }
        }
        using (await client.SubmitAsync($"/SelfAssessment/Items/Create/Strength?returnUrl={hubUrl}", new Dictionary<string, string>
        {
            ["Input.Text"] = "strength with a note",
            ["Input.Note"] = "Led the billing migration",
        })) { }
        using (await client.SubmitAsync("/SelfAssessment/Skills/Create", new Dictionary<string, string>
        {
            ["Input.Name"] = "SQL", ["Input.Category"] = "1", ["Input.Rating"] = "4", ["Input.Evidence"] = "Reporting at work",
        })) { }
        foreach (var reflection in new[] { "ideal-job", "ideal-life", "lessons", "what-others-said" })
        {
            using var saved = await client.SubmitAsync($"/SelfAssessment/Reflections/{reflection}", new Dictionary<string, string> { ["Input.Text"] = $"About {reflection}" });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        using (await client.SubmitAsync("/Profile/InterestTest", InterestAnswers(q => q.Area == InterestArea.Investigative ? 5 : 2))) { }

        var hub = await client.GetPageAsync(hubUrl);

        Assert.Equal(["strength 1", "strength 2", "strength 3", "strength with a note"], ItemTexts(hub, "strength"));
        foreach (var list in Lists.Skip(1))
        {
            Assert.Equal([$"{list} 1", $"{list} 2", $"{list} 3"], ItemTexts(hub, list));
        }
        Assert.Contains("Led the billing migration", hub.Text("[data-testid=list-strength]"), StringComparison.Ordinal);
        Assert.Equal("SQL", hub.Text("[data-testid=skill-name]"));
        Assert.Equal("4 – Proficient", hub.Text("[data-testid=skill-rating]"));
        Assert.Equal("About lessons", hub.Text("[data-testid=reflection-lessons]"));
        Assert.Equal("About what-others-said", hub.Text("[data-testid=reflection-what-others-said]"));
        Assert.Contains("Investigative", hub.Text("#interest-test-title + p"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_an_item_up_or_down_changes_the_order_for_good()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        foreach (var text in new[] { "first", "second", "third" })
        {
            using (await client.SubmitAsync("/SelfAssessment/Items/Create/Value", new Dictionary<string, string> { ["Input.Text"] = text })) { }
        }

        var pressed = await PressAsync(client, "/SelfAssessment", "third", "MoveUp");
        await PressAsync(client, "/SelfAssessment", "first", "MoveDown");

        Assert.Equal(HttpStatusCode.Redirect, pressed.StatusCode);
        // first, second, third → first, third, second → third, first, second
        Assert.Equal(["third", "first", "second"], ItemTexts(await client.GetPageAsync("/SelfAssessment"), "value"));
    }

    [Fact]
    public async Task A_rating_of_nine_is_refused_beside_the_field_and_nothing_else_changes()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        using (await client.SubmitAsync("/SelfAssessment/Items/Create/Strength", new Dictionary<string, string> { ["Input.Text"] = "Kept strength" })) { }

        using var response = await client.SubmitAsync("/SelfAssessment/Skills/Create", new Dictionary<string, string>
        {
            ["Input.Name"] = "Python", ["Input.Rating"] = "9", ["Input.Evidence"] = "Kept evidence",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("from 1 (aware) to 5 (expert)", Assert.Single(page.FieldErrors("Input.Rating")), StringComparison.Ordinal);
        Assert.Equal("Python", page.InputValue("Input.Name"));
        Assert.Equal("Kept evidence", page.Document.QuerySelector("textarea[name='Input.Evidence']")!.TextContent);
        Assert.Equal(0, await CountAsync(email, db => db.Skills));
        Assert.Equal(["Kept strength"], ItemTexts(await client.GetPageAsync("/SelfAssessment"), "strength"));
    }

    [Fact]
    public async Task A_ten_thousand_character_strength_is_refused_and_kept_for_editing()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var text = new string('s', 10_000);

        using var response = await client.SubmitAsync("/SelfAssessment/Items/Create/Strength", new Dictionary<string, string> { ["Input.Text"] = text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("200 characters", Assert.Single(page.FieldErrors("Input.Text")), StringComparison.Ordinal);
        Assert.Equal(text, page.InputValue("Input.Text"));
        Assert.Equal(0, await CountAsync(email, db => db.SelfAssessmentItems));
    }

    [Fact]
    public async Task A_skill_name_already_used_in_another_case_is_refused_beside_the_name()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        using (await client.SubmitAsync("/SelfAssessment/Skills/Create", new Dictionary<string, string> { ["Input.Name"] = "Public speaking", ["Input.Rating"] = "3" })) { }

        using var response = await client.SubmitAsync("/SelfAssessment/Skills/Create", new Dictionary<string, string> { ["Input.Name"] = "  PUBLIC SPEAKING ", ["Input.Rating"] = "5" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("already have a skill", Assert.Single((await response.ParseAsync()).FieldErrors("Input.Name")), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(email, db => db.Skills));
    }

    [Fact]
    public async Task Deleting_an_item_asks_first_and_then_removes_only_it()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        using (await client.SubmitAsync("/SelfAssessment/Items/Create/Interest", new Dictionary<string, string> { ["Input.Text"] = "Chess" })) { }
        using (await client.SubmitAsync("/SelfAssessment/Items/Create/Interest", new Dictionary<string, string> { ["Input.Text"] = "Cooking" })) { }
        var page = await client.GetPageAsync("/SelfAssessment");
        var deleteLink = page.Document.QuerySelectorAll("a").First(a => a.TextContent.Contains("Delete: Chess", StringComparison.Ordinal)).GetAttribute("href")!;

        var confirm = await client.GetPageAsync(deleteLink);
        Assert.Contains("Chess", confirm.Text("main"), StringComparison.Ordinal);
        using var deleted = await client.SubmitAsync(confirm, confirm.Form());

        Assert.Equal(["Cooking"], ItemTexts(await client.GetPageAsync("/SelfAssessment"), "interest"));
        Assert.Equal(1, await CountAsync(email, db => db.SelfAssessmentItems));
    }

    [Fact]
    public async Task The_stage_is_done_exactly_when_its_minimum_is_met()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var add = (string kind, string text) => client.SubmitAsync($"/SelfAssessment/Items/Create/{kind}", new Dictionary<string, string> { ["Input.Text"] = text });
        var skill = (string name) => client.SubmitAsync("/SelfAssessment/Skills/Create", new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Rating"] = "3" });

        foreach (var step in new Func<Task<HttpResponseMessage>>[]
        {
            () => add("Strength", "a"), () => add("Strength", "b"), () => add("Strength", "c"),
            () => add("Weakness", "d"), () => add("Interest", "e"), () => add("Value", "f"),
            () => skill("one"), () => skill("two"),
        })
        {
            (await step()).Dispose();
            Assert.False(await IsDoneAsync(client, planId));
        }

        (await skill("three")).Dispose();

        Assert.True(await IsDoneAsync(client, planId));
        Assert.Contains("1 of 5 stages done", (await client.GetPageAsync("/Plans")).Text("[data-testid=plan-list]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_interest_test_refuses_a_half_answered_sheet_naming_what_is_missing_and_keeping_the_answers()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        var half = InterestAnswers(_ => 4).Where(a => int.Parse(a.Key["Input.Answers[".Length..^1], System.Globalization.CultureInfo.InvariantCulture) <= 15).ToDictionary();

        using var response = await client.SubmitAsync("/Profile/InterestTest", half);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal(15, page.SummaryErrors.Count);
        Assert.StartsWith("Answer statement 16:", page.SummaryErrors[0], StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#error-summary a[href='#Input_Answers_16_']"));
        Assert.NotNull(page.Document.QuerySelector("#Input_Answers_16_"));
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.Document.QuerySelector("input[name='Input.Answers[3]'][value='4']")!).IsChecked);
        Assert.Equal(0, await CountAsync(email, db => db.InterestTestResults));
    }

    [Fact]
    public async Task Retaking_the_interest_test_keeps_the_earlier_result_shows_the_change_and_adds_the_top_areas_to_interests()
    {
        var (client, email) = await factory.RegisterNewUserAsync();
        using (await client.SubmitAsync("/Profile/InterestTest", InterestAnswers(q => q.Area == InterestArea.Helping ? 5 : 2))) { }
        factory.Clock.Advance(TimeSpan.FromDays(1));

        using (await client.SubmitAsync("/Profile/InterestTest", InterestAnswers(q => q.Area switch
        {
            InterestArea.Leading => 5,
            InterestArea.Helping => 4,
            _ => 2,
        }), "#interest-test")) { }
        var page = await client.GetPageAsync("/Profile/InterestTest");

        Assert.Equal(2, await CountAsync(email, db => db.InterestTestResults));
        var ranking = page.Document.QuerySelectorAll("[data-testid=interest-ranking] li").Select(li => li.TextContent).ToList();
        Assert.StartsWith("Leading", ranking[0].Trim(), StringComparison.Ordinal);
        Assert.Contains("+3.0 since", ranking[0], StringComparison.Ordinal);
        Assert.Contains("-1.0 since", ranking[1], StringComparison.Ordinal);
        var assessment = await client.GetPageAsync("/SelfAssessment"); // the latest result, each area's score where it belongs
        Assert.StartsWith("Leading, Helping, ", assessment.Text("section[aria-labelledby=interest-test-title] strong"), StringComparison.Ordinal);

        using (await client.SubmitAsync(page, page.Form("form[action*='handler=AddInterests']"))) { }
        using (await client.SubmitAsync(page, page.Form("form[action*='handler=AddInterests']"))) { }

        Assert.Equal(["Leading work", "Helping work"], ItemTexts(await client.GetPageAsync("/SelfAssessment"), "interest"));
    }

    private static async Task AddFromHub(HttpClient client, string hubUrl, string list, string text)
    {
        var hub = await client.GetPageAsync(hubUrl);
        using var response = await client.SubmitAsync(hub, hub.Form($"[data-testid=list-{list}] form[action*='/Items/Create/']"),
            new Dictionary<string, string> { ["Input.Text"] = text });
        Assert.Equal(hubUrl, response.Headers.Location!.OriginalString);
    }

    private static AngleSharp.Html.Dom.IHtmlFormElement MoveForm(HtmlPage page, string text) =>
        (AngleSharp.Html.Dom.IHtmlFormElement)page.Document.QuerySelectorAll("[data-testid=item-text]")
            .First(e => e.TextContent == text).Closest("li")!.QuerySelector("form")!;

    private static async Task<HttpResponseMessage> PressAsync(HttpClient client, string pageUrl, string text, string handler)
    {
        var page = await client.GetPageAsync(pageUrl);
        var form = MoveForm(page, text);
        var action = new Uri(page.Address, form.GetAttribute("action")!);
        var separator = action.Query.Length == 0 ? "?" : "&";
        return await client.PostAsync($"{action.PathAndQuery}{separator}handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.InputValue("__RequestVerificationToken")!,
        }));
    }

    private static IReadOnlyList<string> ItemTexts(HtmlPage page, string list) =>
        [.. page.Document.QuerySelectorAll($"[data-testid=list-{list}] [data-testid=item-text]").Select(e => e.TextContent)];

    private static Dictionary<string, string> InterestAnswers(Func<InterestQuestion, int> answer) =>
        InterestTest.Questions.ToDictionary(q => $"Input.Answers[{q.Number}]", q => answer(q).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<bool> IsDoneAsync(HttpClient client, int planId) =>
        (await client.GetPageAsync($"/Plans/{planId}/Wizard/self-assessment"))
            .Document.QuerySelectorAll("[data-testid=checklist] li").All(li => li.GetAttribute("data-met") == "true");

    private Task<int> CountAsync<T>(string email, Func<Web.Data.AppDbContext, IQueryable<T>> table) where T : class =>
        factory.WithDbAsync(db =>
        {
            var userId = db.Users.Single(u => u.Email == email).Id;
            return table(db).CountAsync(e => EF.Property<string>(e, "UserId") == userId);
        });
}
