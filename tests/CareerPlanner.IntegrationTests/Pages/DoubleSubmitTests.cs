using System.Net;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages;

/// <summary>A form sent twice — a double click, overlapping requests — creates one row, and both answers go to the same place.</summary>
public class DoubleSubmitTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task Two_overlapping_posts_of_one_create_form_create_one_row_and_answer_alike()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var page = await client.GetPageAsync($"/Plans/{planId}/Actions/Create");
        Assert.NotNull(page.InputValue("__SubmissionId"));
        var values = new Dictionary<string, string> { ["Input.Title"] = "Book the exam" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.SubmitAsync(page, page.Form(), values)));
        using var later = await client.SubmitAsync(page, page.Form(), values);

        Assert.All(responses.Append(later), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses.Append(later).Select(r => r.Headers.Location!.OriginalString).Distinct());
        Assert.Equal(1, await factory.WithDbAsync(db => db.ActionItems.CountAsync(a => a.PlanId == planId && a.Title == "Book the exam")));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task The_same_form_sent_again_with_other_values_or_opened_again_is_a_new_entry()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var page = await client.GetPageAsync($"/Plans/{planId}/Actions/Create");

        using (await client.SubmitAsync(page, page.Form(), new Dictionary<string, string> { ["Input.Title"] = "Book the exam" })) { }
        using (await client.SubmitAsync(page, page.Form(), new Dictionary<string, string> { ["Input.Title"] = "Ask for the budget" })) { }
        using (await client.SubmitAsync($"/Plans/{planId}/Actions/Create", new Dictionary<string, string> { ["Input.Title"] = "Book the exam" })) { }

        Assert.Equal(3, await factory.WithDbAsync(db => db.ActionItems.CountAsync(a => a.PlanId == planId)));
    }

    [Fact]
    public async Task A_refused_submission_is_not_remembered_so_the_corrected_one_saves()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        var planId = await client.CreatePlanAsync();
        var page = await client.GetPageAsync($"/Plans/{planId}/Actions/Create");

        using var refused = await client.SubmitAsync(page, page.Form(), new Dictionary<string, string> { ["Input.Title"] = "" });
        using var again = await client.SubmitAsync(page, page.Form(), new Dictionary<string, string> { ["Input.Title"] = "" });
        using var corrected = await client.SubmitAsync(page, page.Form(), new Dictionary<string, string> { ["Input.Title"] = "Book the exam" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ActionItems.CountAsync(a => a.PlanId == planId)));
    }
}
