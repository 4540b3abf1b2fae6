using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages.Feedback;

public class FeedbackTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    private async Task<(HttpClient Owner, string Email, int RequestId, Uri Link, int StrengthId)> RequestWithStrengthAsync(bool anonymous)
    {
        var (owner, email) = await factory.RegisterNewUserAsync();
        using (await owner.SubmitAsync("/SelfAssessment/Items/Create/Strength", new Dictionary<string, string> { ["Input.Text"] = "Explaining complex ideas" })) { }
        var strengthId = await factory.WithDbAsync(db => db.SelfAssessmentItems.Where(i => i.Text == "Explaining complex ideas").OrderByDescending(i => i.Id).Select(i => i.Id).FirstAsync());
        var (requestId, link) = await owner.CreateFeedbackRequestAsync(anonymous, new Dictionary<string, string> { [$"Input.SelfRatings[{strengthId}]"] = "2" });
        return (owner, email, requestId, link, strengthId);
    }

    /// <summary>Answers through the public page in a client that never signed in, with its own antiforgery token.</summary>
    private async Task<HttpResponseMessage> AnswerAsync(Uri link, string answer, string rating, string? remoteIp = null, string? name = null)
    {
        var respondent = factory.CreateBrowserLikeClient(remoteIp);
        var page = await respondent.GetPageAsync(link.PathAndQuery);
        var values = new Dictionary<string, string>();
        foreach (var field in page.Document.QuerySelectorAll("textarea[name^='Answers']"))
        {
            values[field.GetAttribute("name")!] = answer;
        }
        foreach (var radio in page.Document.QuerySelectorAll($"input[type=radio][value='{rating}']"))
        {
            values[radio.GetAttribute("name")!] = rating;
        }
        if (name is not null)
        {
            values["RespondentName"] = name;
        }
        return await respondent.SubmitAsync(page, page.Form(), values);
    }

    [Fact]
    public async Task Three_people_answer_by_the_link_without_signing_in_and_the_owner_sees_them_beside_their_own_rating()
    {
        var (owner, _, requestId, link, _) = await RequestWithStrengthAsync(anonymous: false);

        foreach (var (answer, rating) in new[] { ("Great at workshops", "4"), ("Clear writer", "4"), ("Calm under pressure", "3") })
        {
            using var sent = await AnswerAsync(link, answer, rating, name: $"Colleague {rating}");
            Assert.Equal("/Feedback/Thanks", sent.Headers.Location!.OriginalString);
        }

        var results = await owner.GetPageAsync($"/Feedback/Requests/{requestId}");
        Assert.Equal(3, results.Document.QuerySelectorAll("[data-testid=response]").Length);
        Assert.Contains("Great at workshops", results.Text("main"), StringComparison.Ordinal);
        var row = results.Document.QuerySelector("[data-testid=self-others] tbody tr")!.Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Explaining complex ideas", "2", "3.7", "3", "Blind spot: others rate you higher"], row);
        Assert.NotNull(results.Document.QuerySelector("svg.self-others-chart title"));

        using (await owner.SubmitAsync(results, results.Form("form[action*='handler=CopyToReflection']"))) { }
        Assert.Contains("Clear writer", (await owner.GetPageAsync("/SelfAssessment")).Text("[data-testid=reflection-what-others-said]"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(true, true, false)]
    public async Task An_answer_saves_with_answers_only_ratings_only_or_both_anonymous_or_named(bool answers, bool ratings, bool anonymous)
    {
        var (_, _, requestId, link, strengthId) = await RequestWithStrengthAsync(anonymous);
        var respondent = factory.CreateBrowserLikeClient();
        var page = await respondent.GetPageAsync(link.PathAndQuery);
        var values = new Dictionary<string, string>();
        if (answers)
        {
            values[page.Document.QuerySelector("textarea[name^='Answers']")!.GetAttribute("name")!] = "Runs a good meeting";
        }
        if (ratings)
        {
            values[$"Ratings[{strengthId}]"] = "4";
        }
        if (!anonymous)
        {
            values["RespondentName"] = "Grace";
        }

        // A browser sends no unchecked radio; a page whose questions were all left out sends no answer field either.
        using var sent = await respondent.SubmitAsync(page, page.Form(), values, omit: answers ? null : ["Answers"]);

        Assert.Equal("/Feedback/Thanks", sent.Headers.Location?.OriginalString);
        var saved = await factory.WithDbAsync(db => db.FeedbackResponses.Where(r => r.FeedbackRequestId == requestId)
            .Select(r => new { r.RespondentName, Answers = r.Answers.Count, Ratings = r.Ratings.Count }).SingleAsync());
        Assert.Equal(anonymous ? null : "Grace", saved.RespondentName);
        Assert.Equal(answers ? 1 : 0, saved.Answers);
        Assert.Equal(ratings ? 1 : 0, saved.Ratings);
    }

    [Fact]
    public async Task With_two_anonymous_responses_the_owner_waits_for_one_more_and_sees_no_answers_or_averages()
    {
        var (owner, _, requestId, link, _) = await RequestWithStrengthAsync(anonymous: true);
        var form = await factory.CreateBrowserLikeClient().GetPageAsync(link.PathAndQuery);
        Assert.Null(form.Document.QuerySelector("[name=RespondentName]"));

        foreach (var answer in new[] { "Secret one", "Secret two" })
        {
            using (await AnswerAsync(link, answer, "5")) { }
        }
        var results = await owner.GetPageAsync($"/Feedback/Requests/{requestId}");

        Assert.Contains("Waiting for 1 more response", results.Text("[data-testid=waiting]"), StringComparison.Ordinal);
        Assert.DoesNotContain("Secret", results.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Null(results.Document.QuerySelector("[data-testid=self-others]"));

        using (await AnswerAsync(link, "Secret three", "5")) { }
        var unlocked = await owner.GetPageAsync($"/Feedback/Requests/{requestId}");
        Assert.Equal(3, unlocked.Document.QuerySelectorAll("[data-testid=response]").Length);
        Assert.All(unlocked.Document.QuerySelectorAll("[data-testid=response] h3"), h => Assert.StartsWith("Someone ·", h.TextContent, StringComparison.Ordinal));
        Assert.Null(await factory.WithDbAsync(db => db.FeedbackResponses.Where(r => r.FeedbackRequestId == requestId).Select(r => r.RespondentName).FirstAsync()));
    }

    [Fact]
    public async Task The_token_is_stored_nowhere_and_logged_nowhere_and_closed_links_say_so_with_410()
    {
        var (owner, _, requestId, link, _) = await RequestWithStrengthAsync(anonymous: false);
        var token = link.Segments[^1];
        using (await AnswerAsync(link, "Fine", "3")) { }

        Assert.Empty(await RowsContainingAsync(token));
        Assert.DoesNotContain(token, factory.Logs.All, StringComparison.Ordinal);

        var anonymous = factory.CreateBrowserLikeClient();
        using var random = await anonymous.GetAsync($"/Feedback/{Web.Domain.LinkTokens.Create()}");
        Assert.Equal(HttpStatusCode.NotFound, random.StatusCode);

        var details = await owner.GetPageAsync($"/Feedback/Requests/{requestId}");
        using (await owner.SubmitAsync(details, details.Form("form[action*='handler=NewLink']"))) { }
        using var revoked = await anonymous.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.Gone, revoked.StatusCode);
        Assert.Contains("has closed", (await revoked.ParseAsync()).Text("h1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_link_answers_410()
    {
        var (_, _, _, link, _) = await RequestWithStrengthAsync(anonymous: true);
        var anonymous = factory.CreateBrowserLikeClient();
        var page = await anonymous.GetPageAsync(link.PathAndQuery);

        factory.Clock.Advance(TimeSpan.FromDays(31));
        using var expired = await anonymous.GetAsync(link.PathAndQuery);
        using var late = await anonymous.SubmitAsync(page, page.Form());

        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
    }

    [Fact]
    public async Task The_eleventh_answer_from_one_ip_in_ten_minutes_is_refused_while_another_ip_is_served()
    {
        var (_, _, _, link, _) = await RequestWithStrengthAsync(anonymous: true);

        for (var n = 1; n <= 10; n++)
        {
            using var allowed = await AnswerAsync(link, $"Answer {n}", "3", remoteIp: "198.51.100.20");
            Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        }
        using var refused = await AnswerAsync(link, "One too many", "3", remoteIp: "198.51.100.20");
        using var other = await AnswerAsync(link, "From elsewhere", "3", remoteIp: "198.51.100.21");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Too many attempts", (await refused.ParseAsync()).Text("h1"));
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.DoesNotContain(link.Segments[^1], factory.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_page_shows_only_the_intro_the_questions_and_the_chosen_name()
    {
        var (owner, email, _, link, _) = await RequestWithStrengthAsync(anonymous: false);
        var planId = await owner.CreatePlanAsync("Secret plan title");
        using (await owner.SubmitAsync("/SelfAssessment/Items/Create/Weakness", new Dictionary<string, string> { ["Input.Text"] = "Secret weakness" })) { }

        var page = await factory.CreateBrowserLikeClient().GetPageAsync(link.PathAndQuery);
        var html = page.Document.DocumentElement.OuterHtml;

        Assert.Equal("Feedback for Ada", page.Text("h1"));
        Assert.Contains("would value your honest view", page.Text("[data-testid=intro]"), StringComparison.Ordinal);
        Assert.Equal(3, page.Document.QuerySelectorAll("[data-testid=question]").Length);
        Assert.Contains("Explaining complex ideas", page.Text("main"), StringComparison.Ordinal);
        foreach (var secret in new[] { email, "Secret plan title", "Secret weakness", "Dashboard", "Sign out" })
        {
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
        }
        Assert.NotEqual(0, planId);
    }

    [Fact]
    public async Task An_answer_over_the_length_limit_is_refused_with_everything_kept()
    {
        var (_, _, requestId, link, _) = await RequestWithStrengthAsync(anonymous: false);

        using var response = await AnswerAsync(link, new string('x', 2001), "3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.NotEmpty(page.SummaryErrors);
        Assert.Equal(2001, page.Document.QuerySelector("textarea[name^='Answers']")!.TextContent.Length);
        Assert.False(await factory.WithDbAsync(db => db.FeedbackResponses.AnyAsync(r => r.FeedbackRequestId == requestId)));
    }

    /// <summary>Every column of every table whose text contains the value, found by asking the database for each column.</summary>
    private Task<List<string>> RowsContainingAsync(string value) => factory.WithDbAsync(async db =>
    {
        var found = new List<string>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        foreach (var table in DatabaseTables.Names(db))
        {
            var columns = DatabaseTables.Columns(db, table);
            foreach (var column in columns)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE CAST(\"{column}\" AS TEXT) LIKE '%' || @value || '%'";
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@value";
                parameter.Value = value;
                command.Parameters.Add(parameter);
                if (Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0)
                {
                    found.Add($"{table}.{column}");
                }
            }
        }
        return found;
    });
}
